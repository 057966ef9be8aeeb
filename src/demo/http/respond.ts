// Writing responses and reading request bodies; every answer is JSON, errors are Status objects.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../apiErrors.js';

export const sendJson = (res: ServerResponse, code: number, body: unknown): void => {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-cache, private' });
  res.end(text);
};

/** Answers with the error's Status; anything that is not an ApiError becomes a 500 without details. */
export const sendError = (res: ServerResponse, error: unknown): void => {
  const apiError = error instanceof ApiError ? error : new ApiError(500, 'InternalError', 'Internal error occurred: the demo server failed to handle the request');
  sendJson(res, apiError.code, apiError.toStatus());
};

const MAX_BODY_BYTES = 8 * 1024 * 1024;

export const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError(413 as number, 'BadRequest', 'request entity too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/** Parses a JSON body, answering 400 the way the API server words it for malformed input. */
export const parseJsonBody = (text: string): unknown => {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, 'BadRequest', `the request body could not be decoded: ${(error as Error).message}`);
  }
};

/** The media type of Content-Type without parameters, lower-cased. */
export const mediaTypeOf = (req: IncomingMessage): string => (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
