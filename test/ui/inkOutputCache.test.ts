import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { rowsPainted, shareInkOutputCaches } from '../../src/ui/inkOutputCache.js';

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
