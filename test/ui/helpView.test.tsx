import React from 'react';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { bindingsFor, SCREENS, type Screen } from '../../src/ui/keymap.js';
import { HelpView } from '../../src/ui/views/HelpView.js';
import { tick } from '../helpers/renderWithStore.js';

/** Every frame from the top to the bottom of the help, paging with PgDn (Ctrl-f). */
async function scrollThrough(screen: Screen, width: number, height: number): Promise<string[]> {
  const app = render(<HelpView screen={screen} width={width} height={height} />);
  await tick();
  const frames = [app.lastFrame() ?? ''];
  for (let page = 0; page < 8; page++) {
    app.stdin.write('\u0006');
    await tick(30);
    frames.push(app.lastFrame() ?? '');
  }
  app.unmount();
  return frames;
}

/** The help's rows as `keys description` pairs, wrapped descriptions joined back to their key. */
function listedRows(frames: string[]): string[] {
  const rows: string[] = [];
  const seen = new Set<string>();
  for (const frame of frames) {
    for (const line of frame.split('\n').slice(2, -1)) {
      const body = line.replace(/^│|│$/g, '');
      if (seen.has(body)) continue;
      seen.add(body);
      const keys = body.slice(2, 16).trim();
      const text = body.slice(17).trim();
      if (!body.trim()) continue;
      if (keys) rows.push(`${keys} ${text}`);
      else rows[rows.length - 1] += ` ${text}`;
    }
  }
  return rows;
}

describe('HelpView', () => {
  it.each([
    [80, 20],
    [120, 30],
  ])('at %i columns lists every key of the screen with its whole description, scrolling if needed', async (width, height) => {
    const frames = await scrollThrough('list', width, height);
    const text = frames.join('\n');
    const rows = frames.flatMap((frame) => frame.split('\n'));
    expect(text).not.toContain('…');
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(width);
    const flat = rows.join(' ').replace(/[│┌┐└┘─]/g, ' ').replace(/\s+/g, ' ');
    for (const binding of bindingsFor('list')) {
      expect(text).toContain(binding.keys);
      expect(flat).toContain(binding.help.split(' ').slice(0, 2).join(' '));
    }
  });

  // One column (width 60) so each row is one binding; tall enough that nothing scrolls.
  it.each(SCREENS)('on the %s screen lists exactly the key table rows for that screen, in order', async (screen) => {
    const app = render(<HelpView screen={screen} width={60} height={80} />);
    await tick();
    const frame = app.lastFrame() ?? '';
    app.unmount();
    const expected = bindingsFor(screen).map((binding) => `${binding.keys} ${binding.help}`);
    expect(listedRows([frame]).map((row) => row.replace(/\s+/g, ' '))).toEqual(expected.map((row) => row.replace(/\s+/g, ' ')));
  });
});
