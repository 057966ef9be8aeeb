import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { KEY_GAP_MS, KeyStream, splitKeys } from '../../src/ui/keyStream.js';

describe('splitKeys', () => {
  it.each([
    [':rs\r', [':', 'r', 's', '\r']],
    ['\u001b[A\u001b[B', ['\u001b[A', '\u001b[B']],
    ['\u001b[Zj', ['\u001b[Z', 'j']],
    ['\u001b[5~x', ['\u001b[5~', 'x']],
    ['\u001bOA', ['\u001bOA']],
    ['\u001b\u001b[A', ['\u001b\u001b[A']],
    ['\u001b', ['\u001b']],
    ['\u001b\u001b', ['\u001b', '\u001b']],
    ['\u001bx', ['\u001bx']],
    ['é🙂\u0000\u001c', ['é', '🙂', '\u0000', '\u001c']],
  ])('splits %j into keys', (input, keys) => {
    expect(splitKeys(input)).toEqual(keys);
  });
});

class Source extends EventEmitter {
  isTTY = true;
  raw: boolean[] = [];
  private pending: (string | Buffer)[] = [];
  write(chunk: string | Buffer) {
    this.pending.push(chunk);
    this.emit('readable');
  }
  read() {
    return this.pending.shift() ?? null;
  }
  setRawMode(mode: boolean) {
    this.raw.push(mode);
  }
}

describe('KeyStream', () => {
  it('releases one key per read, decoding UTF-8 split across chunks', async () => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20 * KEY_GAP_MS));
    const source = new Source();
    const keys = new KeyStream(source as unknown as NodeJS.ReadStream);
    const seen: string[] = [];
    keys.on('readable', () => {
      let key: string | null;
      while ((key = keys.read() as string | null) !== null) seen.push(key);
    });
    await settle();
    source.write(':rs\r');
    const smile = Buffer.from('🙂');
    source.write(smile.subarray(0, 2));
    source.write(Buffer.concat([smile.subarray(2), Buffer.from('q')]));
    keys.setRawMode(true);
    // Polled rather than one fixed pause: the keys come out on a chain of 5 ms timers, and a worker
    // that stalls for longer than the pause would wake with the pause and only part of the chain due.
    await vi.waitFor(() => expect(seen).toEqual([':', 'r', 's', '\r', '🙂', 'q']), { timeout: 5_000, interval: KEY_GAP_MS });
    expect(source.raw).toEqual([true]);
    expect(keys.isTTY).toBe(true);
    keys.detach();
    source.write('x');
    await settle();
    expect(seen.at(-1)).toBe('q');
  });
});
