// Turns HTTP failures and socket errors into KubeError so callers branch on status and reason,
// never on error strings. Network failures use status 0.
import { STATUS_CODES } from 'node:http';
import { KubeError } from './types.js';

export const NETWORK_ERROR_STATUS = 0;

/** A KubeError from an API response: the server's Status message and reason when it sent one. */
export function kubeErrorFromResponse(status: number, bodyText: string): KubeError {
  const fallbackReason = (STATUS_CODES[status] ?? 'Unknown').replace(/\s+/g, '');
  try {
    const parsed = JSON.parse(bodyText) as { kind?: string; message?: string; reason?: string };
    if (parsed && typeof parsed === 'object' && (parsed.kind === 'Status' || parsed.message)) {
      return new KubeError(status, parsed.reason || fallbackReason, parsed.message || `${status} ${STATUS_CODES[status] ?? ''}`.trim());
    }
  } catch {
    // Not JSON: proxies and load balancers answer with text or HTML.
  }
  const text = bodyText.trim().split('\n')[0]?.slice(0, 200);
  return new KubeError(status, fallbackReason, text || `${status} ${STATUS_CODES[status] ?? ''}`.trim());
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
]);

/** A one-line KubeError (status 0) for a failure below HTTP: refused, reset, DNS, TLS, timeout. */
export function networkError(error: unknown, server: string): KubeError {
  if (error instanceof KubeError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const cause = ((): string => {
    switch (code) {
      case 'ECONNREFUSED':
        return `cannot reach ${server}: connection refused`;
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return `cannot reach ${server}: host not found`;
      case 'ECONNRESET':
      case 'EPIPE':
        return `connection to ${server} was reset`;
      case 'ETIMEDOUT':
      case 'KILO_TIMEOUT':
        return `cannot reach ${server}: timed out`;
      case 'EHOSTUNREACH':
      case 'ENETUNREACH':
        return `cannot reach ${server}: no route to host`;
      default:
        if (TLS_CODES.has(code)) return `TLS error talking to ${server}: ${message}`;
        return `${server}: ${message}`;
    }
  })();
  return new KubeError(NETWORK_ERROR_STATUS, code || 'NetworkError', cause);
}

/** Failures worth retrying: throttling, server errors and dropped connections. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof KubeError)) return false;
  if (error.status === NETWORK_ERROR_STATUS) return !TLS_CODES.has(error.reason);
  return error.status === 429 || error.status >= 500;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
