// Container logs: one-shot reads and followed streams over GET .../pods/{name}/log.
import { StringDecoder } from 'node:string_decoder';
import { coalesceReads } from './coalescedReads.js';
import { errorMessage, networkError } from './errors.js';
import type { HttpClient, QueryValue } from './httpClient.js';
import { resourcePath } from './resourcePaths.js';
import type { LogOptions } from './types.js';

export function logQuery(options: LogOptions, follow: boolean): Record<string, QueryValue> {
  return {
    container: options.container,
    previous: options.previous ? 'true' : undefined,
    tailLines: options.tailLines,
    sinceSeconds: options.sinceSeconds,
    sinceTime: options.sinceTime,
    timestamps: options.timestamps ? 'true' : undefined,
    follow: follow ? 'true' : undefined,
  };
}

export function readLogs(client: HttpClient, namespace: string, pod: string, options: LogOptions): Promise<string> {
  return client.text({ method: 'GET', path: resourcePath('Pod', namespace, pod, 'log'), query: logQuery(options, false) });
}

/**
 * How long a followed log stream's socket rests after each chunk (coalescedReads.ts): at most ~10
 * reads a second however fast the container logs. The logs pane draws new lines at most every
 * 333 ms anyway (logSession.ts), and a line after a quiet spell is read at once.
 */
export const LOG_READ_PAUSE_MS = 100;

/**
 * Streams text as it arrives (multi-byte characters split across chunks are kept whole). onEnd
 * is called once: with no argument when the server ends the stream, with the error otherwise,
 * and never after the returned stop function was called.
 */
export function followLogs(
  client: HttpClient,
  namespace: string,
  pod: string,
  options: LogOptions,
  onText: (text: string) => void,
  onEnd: (error?: Error) => void,
): () => void {
  const controller = new AbortController();
  let finished = false;
  const finish = (error?: Error): void => {
    if (finished) return;
    finished = true;
    if (!controller.signal.aborted) onEnd(error);
    controller.abort();
  };

  client
    .stream({ method: 'GET', path: resourcePath('Pod', namespace, pod, 'log'), query: logQuery(options, true), signal: controller.signal })
    .then((response) => {
      const decoder = new StringDecoder('utf8');
      const reads = coalesceReads(response.socket, LOG_READ_PAUSE_MS);
      // Node's HTTP parser emits a data event per chunk (a line each, from a kubelet), all of one
      // read at once: they are handed over together, once the read is parsed.
      let pending = '';
      const deliver = (): void => {
        const text = pending;
        pending = '';
        if (text && !finished && !controller.signal.aborted) onText(text);
      };
      response.on('data', (chunk: Buffer) => {
        const text = decoder.write(chunk);
        if (text) {
          if (!pending) queueMicrotask(deliver);
          pending += text;
        }
        reads.afterChunk(chunk.length);
      });
      // A kept-alive socket goes back to the agent reading.
      response.once('close', () => reads.stop());
      response.on('end', () => {
        reads.stop();
        deliver();
        const rest = decoder.end();
        if (rest && !finished && !controller.signal.aborted) onText(rest);
        finish();
      });
      response.on('error', (error) => finish(networkError(error, client.server)));
      response.on('close', () => {
        if (!response.complete) finish(networkError(Object.assign(new Error('log stream closed'), { code: 'ECONNRESET' }), client.server));
      });
    })
    .catch((error: unknown) => finish(error instanceof Error ? error : new Error(errorMessage(error))));

  return () => {
    finished = true;
    controller.abort();
  };
}
