// Reads a watch response: one JSON event per line, possibly split across chunks.
import type { IncomingMessage } from 'node:http';
import { StringDecoder } from 'node:string_decoder';

export interface RawWatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: Record<string, unknown>;
}

/** Splits a byte stream into lines; the tail without a newline is kept for the next chunk. */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';

  push(chunk: Buffer | string): string[] {
    this.pending += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    return lines.filter((line) => line.trim().length > 0);
  }

  /** Whatever is left when the stream ends (a last line without a newline). */
  flush(): string[] {
    const rest = (this.pending + this.decoder.end()).trim();
    this.pending = '';
    return rest ? [rest] : [];
  }
}

export function parseWatchLine(line: string): RawWatchEvent | undefined {
  try {
    const parsed = JSON.parse(line) as RawWatchEvent;
    return parsed && typeof parsed.type === 'string' && parsed.object && typeof parsed.object === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Calls onEvent per event and onActivity per chunk; resolves when the server ends the response,
 * rejects when the connection fails. A throwing onEvent aborts the stream with that error.
 */
export function readWatchEvents(response: IncomingMessage, onEvent: (event: RawWatchEvent) => void, onActivity: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const splitter = new LineSplitter();
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      response.destroy();
      reject(error);
    };
    const deliver = (lines: string[]): void => {
      for (const line of lines) {
        const event = parseWatchLine(line);
        if (event) onEvent(event);
      }
    };
    response.on('data', (chunk: Buffer) => {
      if (settled) return;
      onActivity();
      try {
        deliver(splitter.push(chunk));
      } catch (error) {
        fail(error);
      }
    });
    response.on('end', () => {
      if (settled) return;
      try {
        deliver(splitter.flush());
      } catch (error) {
        fail(error);
        return;
      }
      settled = true;
      resolve();
    });
    response.on('error', fail);
    // A socket closed before the chunked body finished: no 'end', sometimes no 'error' either.
    response.on('close', () => {
      if (!settled && !response.complete) fail(Object.assign(new Error('watch connection closed'), { code: 'ECONNRESET' }));
    });
  });
}
