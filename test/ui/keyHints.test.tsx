import React from 'react';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { KeyHints } from '../../src/ui/components/KeyHints.js';

describe('KeyHints', () => {
  it("shows the screen's own keys first and keeps <?> help visible however narrow", () => {
    const narrow = render(<KeyHints screen="list" width={80} />).lastFrame() ?? '';
    expect(narrow.startsWith('<Enter> open  <Esc> back')).toBe(true);
    expect(narrow.trimEnd().endsWith('<?> help')).toBe(true);
    expect(narrow.length).toBeLessThanOrEqual(80);
    const describe = render(<KeyHints screen="describe" width={100} />).lastFrame() ?? '';
    expect(describe).toBe(`${'<Esc> back  <y> yaml  <Ctrl-c :q> quit  <:> command'.padEnd(90)}  <?> help`);
  });

  it('shows nothing while the modal prints its own keys', () => {
    expect(render(<KeyHints screen={undefined} width={80} />).lastFrame()).toBe('');
  });
});
