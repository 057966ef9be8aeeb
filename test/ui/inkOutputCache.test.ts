import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { composeRow, rowsComposed, rowsPainted, shareInkOutputCaches } from '../../src/ui/inkOutputCache.js';

const run = promisify(execFile);
const FRAMES = fileURLToPath(new URL('../fixtures/inkFrames.mjs', import.meta.url));

async function frames(mode: 'shared' | 'as-shipped'): Promise<string[]> {
  const { stdout } = await run(process.execPath, [FRAMES, mode], { env: { ...process.env, FORCE_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as string[];
}

describe('Ink output caches shared across frames', () => {
  it('are taken by the installed Ink (a new Ink whose Output changed fails here, not silently)', async () => {
    expect(await shareInkOutputCaches()).toBe(true);
  });

  it('draw every frame exactly as Ink does without them, colours, wide characters and cache trimming included', async () => {
    const [shared, shipped] = await Promise.all([frames('shared'), frames('as-shipped')]);
    expect(shipped.length).toBeGreaterThanOrEqual(500);
    expect(shipped.join('')).toContain('\u001b[31m');
    expect(shared).toEqual(shipped);
    // Two child processes render 500 frames each: ~4 s of CPU, far longer on a loaded 2-core machine.
  }, 120_000);
});

describe('rows kept across frames', () => {
  it('paints only the rows whose content changed (a clock tick in the header paints one row of 30)', async () => {
    expect(await shareInkOutputCaches()).toBe(true);
    const { EventEmitter } = await import('node:events');
    const { Box, Text, render } = await import('ink');
    const { createElement: h } = await import('react');
    const stdout = Object.assign(new EventEmitter(), { columns: 80, rows: 40, isTTY: false, write: () => true });
    const frame = (minute: number) =>
      h(Box, { flexDirection: 'column', width: 80, height: 30, overflow: 'hidden' }, h(Text, { bold: true }, `header 12:${minute}UTC`), ...Array.from({ length: 28 }, (_, i) => h(Text, { key: i, color: i % 2 ? 'red' : 'green' }, `row ${i} of a table`)));
    const instance = render(frame(1), { stdout: stdout as unknown as NodeJS.WriteStream, debug: true, patchConsole: false });
    const before = rowsPainted();
    instance.rerender(frame(2));
    expect(rowsPainted() - before).toBe(1);
    instance.rerender(frame(2));
    expect(rowsPainted() - before).toBe(1);
    instance.unmount();
  });
});

describe('rows composed from runs', () => {
  // Ink's own painting of one row: the reference composeRow must match byte for byte.
  async function inkPainter() {
    const { importInkOutput } = await import('../../src/ui/inkOutputModule.js');
    type Painted = { caches: unknown; operations: unknown[]; get(): { output: string } };
    const Output = (await importInkOutput()).default as new (options: { width: number; height: number }) => Painted;
    const caches = new Output({ width: 1, height: 1 }).caches as Parameters<typeof composeRow>[2];
    const paint = (row: { x: number; line: string }[], width: number): string => {
      const one = new Output({ width, height: 1 });
      one.operations = row.map(({ x, line }) => ({ type: 'write', x, y: 0, text: line, transformers: [] }));
      return one.get().output;
    };
    return { caches, paint };
  }

  it('are the bytes Ink paints, for plain, styled, wide and touching writes, and leave overlaps to Ink', async () => {
    const { caches, paint } = await inkPainter();
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pieces = ['firehose #12 GET /api 200', '', ' ', 'a  b', '\u001b[31m│\u001b[39m', '\u001b[1m\u001b[32mRunning\u001b[39m\u001b[22m', '\u001b[7mmatch\u001b[27m', '日本語', '🙂 ok', 'tab\there', '\u001b[2m12:00:01\u001b[22m x', 'é'];
    let composed = 0;
    let overlapping = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const width = 20 + next(60);
      const row: { x: number; line: string }[] = [];
      let x = next(4);
      for (let write = next(5); write >= 0; write--) {
        const line = pieces[next(pieces.length)];
        // Mostly after the previous write, sometimes into it.
        const at = next(8) === 0 ? Math.max(0, x - next(4)) : x;
        row.push({ x: at, line });
        x = at + caches.getStringWidth(line) + next(3);
      }
      if (next(3) === 0) row.reverse();
      const expected = paint(row, width);
      const ours = composeRow(row, width, caches);
      if (ours === undefined) {
        overlapping++;
        continue;
      }
      composed++;
      expect(ours, JSON.stringify({ row, width })).toBe(expected);
    }
    // Both paths were taken: most rows composed, the overlapping ones (and those past the width) left to Ink.
    expect(composed).toBeGreaterThan(1500);
    expect(overlapping).toBeGreaterThan(100);
  });

  it('paint every changed row of side-by-side panes (a table beside a scrolling log), none left to Ink', async () => {
    expect(await shareInkOutputCaches()).toBe(true);
    const { EventEmitter } = await import('node:events');
    const { Box, Text, render } = await import('ink');
    const { createElement: h } = await import('react');
    const stdout = Object.assign(new EventEmitter(), { columns: 80, rows: 40, isTTY: false, write: () => true });
    const frame = (n: number) =>
      h(Box, { flexDirection: 'row', width: 80, height: 10, overflow: 'hidden' },
        h(Box, { width: 40, borderStyle: 'single', flexDirection: 'column' }, h(Text, { color: 'green' }, `table ${n % 2}`)),
        h(Box, { width: 40, borderStyle: 'single', flexDirection: 'column' }, ...Array.from({ length: 8 }, (_, i) => h(Text, { key: n + i }, `log line ${n + i}`))));
    const instance = render(frame(0), { stdout: stdout as unknown as NodeJS.WriteStream, debug: true, patchConsole: false });
    const [painted, composed] = [rowsPainted(), rowsComposed()];
    for (let n = 1; n <= 10; n++) instance.rerender(frame(n));
    instance.unmount();
    expect(rowsPainted() - painted).toBeGreaterThanOrEqual(80);
    expect(rowsComposed() - composed).toBe(rowsPainted() - painted);
  });
});
