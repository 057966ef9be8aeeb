// Turns HTTP failures and socket errors into KubeError so callers branch on status and reason,
// never on error strings. Network failures use status 0.
import { STATUS_CODES } from 'node:http';
import { KubeError } from './types.js';

export const NETWORK_ERROR_STATUS = 0;

/** Retry-After as the API server sends it: whole seconds (an HTTP date is also allowed by HTTP). */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** A KubeError from an API response: the server's Status message and reason when it sent one. */
export function kubeErrorFromResponse(status: number, bodyText: string, retryAfterHeader?: string): KubeError {
  const fallbackReason = (STATUS_CODES[status] ?? 'Unknown').replace(/\s+/g, '');
  let retryAfterSeconds = parseRetryAfter(retryAfterHeader);
  try {
    const parsed = JSON.parse(bodyText) as { kind?: string; message?: string; reason?: string; details?: { retryAfterSeconds?: unknown; causes?: unknown } };
    if (parsed && typeof parsed === 'object' && (parsed.kind === 'Status' || parsed.message)) {
      const fromDetails = parsed.details?.retryAfterSeconds;
      if (retryAfterSeconds === undefined && typeof fromDetails === 'number' && fromDetails >= 0) retryAfterSeconds = fromDetails;
      const causes = parsed.details?.causes;
      const causeFields = Array.isArray(causes) ? causes.map((c: { field?: unknown }) => c?.field).filter((f): f is string => typeof f === 'string') : [];
      return new KubeError(status, parsed.reason || fallbackReason, parsed.message || `${status} ${STATUS_CODES[status] ?? ''}`.trim(), {
        retryAfterSeconds,
        ...(causeFields.length > 0 ? { causeFields } : {}),
      });
    }
  } catch {
    // Not JSON: proxies and load balancers answer with text or HTML.
  }
  const text = bodyText.trim().split('\n')[0]?.slice(0, 200);
  return new KubeError(status, fallbackReason, text || `${status} ${STATUS_CODES[status] ?? ''}`.trim(), { retryAfterSeconds });
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

/**
 * A one-line KubeError (status 0) for a failure below HTTP: refused, reset, DNS, TLS, timeout.
 * `requestSent` says whether the whole request had been written when it failed.
 */
export function networkError(error: unknown, server: string, requestSent?: boolean): KubeError {
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
        return `cannot reach ${server}: timed out`;
      case 'KILO_TIMEOUT':
        return `no answer from ${server} in ${message}`;
      case 'KILO_CLOSED':
        return `the connection to ${server} was closed by kilo-tui before an answer`;
      case 'EHOSTUNREACH':
      case 'ENETUNREACH':
        return `cannot reach ${server}: no route to host`;
      default:
        if (TLS_CODES.has(code)) return `TLS error talking to ${server}: ${message}`;
        return `${server}: ${message}`;
    }
  })();
  return new KubeError(NETWORK_ERROR_STATUS, code || 'NetworkError', cause, requestSent === undefined ? {} : { requestSent });
}

/** Seconds as the messages say them: "0.3 s", "10 s". */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** Failures worth retrying for a read (idempotent): throttling, server errors and dropped connections. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof KubeError)) return false;
  if (error.reason === 'KILO_CLOSED') return false;
  if (error.status === NETWORK_ERROR_STATUS) return !TLS_CODES.has(error.reason);
  return error.status === 429 || error.status >= 500;
}

/**
 * Failures after which a write may be sent again because the server provably did not act on it:
 * 429 (rate limit, API priority and fairness) and 503 reject before anything is applied, a
 * 5xx with Retry-After asks to come back, and a request that never fully left cannot have been
 * applied. Anything else (a reset after sending, a timeout, a 500) may have been applied.
 */
export function isSafeToResend(error: unknown): boolean {
  if (!(error instanceof KubeError)) return false;
  if (error.status === NETWORK_ERROR_STATUS) return error.detail.requestSent === false && error.reason !== 'KILO_CLOSED' && !TLS_CODES.has(error.reason);
  return error.status === 429 || error.status === 503 || (error.status >= 500 && error.detail.retryAfterSeconds !== undefined);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
