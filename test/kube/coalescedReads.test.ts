// A chatty log stream is read in batches (src/kube/coalescedReads.ts): lines written one TCP segment
// each reach the client in a few reads, not one read per line, and nothing is lost or reordered.
// A line after a quiet spell is read at once, and a stream that ends lets its socket read again.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canCoalesceReads, coalesceReads } from '../../src/kube/coalescedReads.js';
import { startHarness, type Harness } from './harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const LINES = 100;

/** Writes `LINES` numbered lines, each its own segment (no Nagle), 2 ms apart. */
/** Reads the socket through coalesceReads, keeping each chunk as it arrives. */
function readChunks(client: Socket, pauseMs: number) {
  const reads = coalesceReads(client, pauseMs);
  const chunks: string[] = [];
  client.setEncoding('utf8');
  client.on('data', (chunk: string) => {
    chunks.push(chunk);
    reads.afterChunk(chunk.length);
  });
  return { reads, chunks };
}

async function writeLines(write: (text: string) => void): Promise<string> {
  let all = '';
  for (let i = 0; i < LINES; i++) {
    const line = `line ${i}\n`;
    all += line;
    write(line);
    await sleep(2);
  }
  return all;
}

describe('coalesceReads on a TCP socket', () => {
  let server: Server | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  async function connected(): Promise<{ client: Socket; peer: Socket }> {
    let peer: Socket | undefined;
    server = createServer((socket) => {
      socket.setNoDelay(true);
      peer = socket;
      sockets.push(socket);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { createConnection } = await import('node:net');
    const client = createConnection((server.address() as AddressInfo).port, '127.0.0.1');
    sockets.push(client);
    await new Promise((resolve) => client.once('connect', resolve));
    await vi.waitFor(() => expect(peer).toBeDefined());
    return { client, peer: peer! };
  }

  it('takes a hundred lines written 2 ms apart in a few reads, all of them in order', async () => {
    const { client, peer } = await connected();
    expect(canCoalesceReads(client)).toBe(true);
    const { chunks } = readChunks(client, 100);
    const sent = await writeLines((line) => peer.write(line));
    await vi.waitFor(() => expect(chunks.join('')).toBe(sent));
    // ~200 ms of writing, one read, then at most one per 100 ms pause (with slack for a slow host);
    // read as they come, that is a read per line or close to it.
    expect(chunks.length).toBeLessThanOrEqual(8);
  });

  it('reads a line after a quiet spell at once, and reads freely once stopped', async () => {
    const { client, peer } = await connected();
    const { reads, chunks } = readChunks(client, 10_000);
    peer.write('first\n');
    await vi.waitFor(() => expect(chunks).toEqual(['first\n']));
    // Reading now rests for 10 s: the next line waits in the kernel...
    peer.write('second\n');
    await sleep(100);
    expect(chunks).toEqual(['first\n']);
    // ...until the stream's reader stops pausing it.
    reads.stop();
    await vi.waitFor(() => expect(chunks).toEqual(['first\n', 'second\n']));
    peer.write('third\n');
    await vi.waitFor(() => expect(chunks.join('')).toBe('first\nsecond\nthird\n'));
  });

  it('keeps reading a flood: after a bulk read no pause is taken', async () => {
    const { client, peer } = await connected();
    // A pause would hold the rest for 10 s, far past waitFor's second.
    const reads = coalesceReads(client, 10_000);
    let received = 0;
    client.on('data', (chunk: Buffer) => {
      received += chunk.length;
      reads.afterChunk(chunk.length);
    });
    const flood = Buffer.alloc(4 * 1024 * 1024, 'x');
    peer.write(flood);
    await vi.waitFor(() => expect(received).toBe(flood.length));
    reads.stop();
  });
});

describe('a followed log stream', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.cleanup();
    h = undefined;
  });

  it('hands over a chatty container\'s lines in a few batches, every line once and in order', async () => {
    h = await startHarness();
    const texts: string[] = [];
    const ended = vi.fn();
    h.gateway.followLogs('p', {}, (text) => texts.push(text), ended);
    await vi.waitFor(() => expect(h!.server.logFollowerCount('p')).toBe(1));
    const sent = await writeLines((line) => h!.server.appendLog('p', line));
    await vi.waitFor(() => expect(texts.join('')).toBe(sent));
    expect(texts.length).toBeLessThanOrEqual(8);
    h.server.endLogStreams('p');
    await vi.waitFor(() => expect(ended).toHaveBeenCalledWith(undefined));
  });
});
