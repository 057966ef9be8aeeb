import React from 'react';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { KEYMAP } from '../../src/ui/keymap.js';
import { HelpView } from '../../src/ui/views/HelpView.js';
import { tick } from '../helpers/renderWithStore.js';

/** Every frame from the top to the bottom of the help, paging with PgDn (Ctrl-f). */
async function scrollThrough(width: number, height: number): Promise<string[]> {
  const app = render(<HelpView width={width} height={height} />);
  await tick();
  const frames = [app.lastFrame() ?? ''];
  for (let page = 0; page < 8; page++) {
    app.stdin.write('\u0006');
    await tick(50);
    frames.push(app.lastFrame() ?? '');
  }
  app.unmount();
  return frames;
}

describe('HelpView', () => {
  it.each([
    [80, 20],
    [120, 30],
  ])('at %i columns lists every key with its whole description, scrolling if needed', async (width, height) => {
    const frames = await scrollThrough(width, height);
    const text = frames.join('\n');
    // Descriptions may wrap onto the next line; compare with whitespace collapsed per frame row.
    const rows = frames.flatMap((frame) => frame.split('\n'));
    expect(text).not.toContain('…');
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(width);
    const flat = rows.join(' ').replace(/[│┌┐└┘─]/g, ' ').replace(/\s+/g, ' ');
    for (const binding of KEYMAP) {
      expect(text).toContain(binding.keys);
      expect(flat).toContain(binding.help.split(' ').slice(0, 2).join(' '));
    }
  });
});
