// HTTP helpers for the demo server's tests: JSON requests and line-by-line streams.
import { request } from 'node:http';

export interface JsonResponse {
  status: number;
  contentType: string | undefined;
  body: any;
  text: string;
}

export const call = (base: string, method: string, path: string, options: { body?: unknown; contentType?: string; accept?: string } = {}): Promise<JsonResponse> =>
  new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    const req = request(`${base}${path}`, {
      method,
      headers: {
        // Node sends DELETE bodies unframed unless the length is given.
        ...(payload !== undefined ? { 'Content-Type': options.contentType ?? 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) } : {}),
        ...(options.accept ? { Accept: options.accept } : {}),
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], body, text });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });

/** An open streaming response whose lines can be awaited one count at a time. */
export interface LineStream {
  lines: string[];
  status: Promise<number>;
  /** Resolves once at least `count` lines arrived (the test timeout bounds the wait). */
  waitForLines(count: number): Promise<string[]>;
  /** Resolves when the server ends the response. */
  ended: Promise<void>;
  close(): void;
}

export const openStream = (url: string, headers: Record<string, string> = {}): LineStream => {
  const lines: string[] = [];
  const waiters: { count: number; resolve: (l: string[]) => void }[] = [];
  let buffer = '';
  let resolveStatus!: (code: number) => void;
  let resolveEnded!: () => void;
  const status = new Promise<number>((r) => (resolveStatus = r));
  const ended = new Promise<void>((r) => (resolveEnded = r));
  const check = (): void => {
    for (const w of [...waiters]) if (lines.length >= w.count) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(lines.slice());
    }
  };
  const req = request(url, { headers });
  req.on('response', (res) => {
    resolveStatus(res.statusCode ?? 0);
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
      check();
    });
    res.on('end', resolveEnded);
    res.on('close', resolveEnded);
  });
  req.on('error', () => resolveEnded());
  req.end();
  return {
    lines,
    status,
    ended,
    waitForLines: (count) => new Promise((resolve) => {
      waiters.push({ count, resolve });
      check();
    }),
    close: () => req.destroy(),
  };
};
