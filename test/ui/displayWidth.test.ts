import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, isOneCellEach, ONE_CELL_GLYPHS, sliceToWidth } from '../../src/render/displayWidth.js';
import { cutIntoRows, type Segment } from '../../src/ui/views/logs/rowSegments.js';

const text = (rows: Segment[][]) => rows.map((row) => row.map((segment) => segment.text).join(''));

describe('display width', () => {
  it('counts cells as the terminal (and Ink) does', () => {
    expect(displayWidth('kilo-meds')).toBe(9);
    expect(displayWidth('日本語')).toBe(6);
    expect(displayWidth('ok 🙂')).toBe(5);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('slices to a width without splitting a grapheme', () => {
    expect(sliceToWidth('kilo-meds', 4)).toBe('kilo');
    expect(sliceToWidth('日本語', 5)).toBe('日本');
    expect(sliceToWidth('a🙂b', 2)).toBe('a');
    expect(sliceToWidth('👍🏽ok', 3)).toBe('👍🏽o');
  });
});

/** Every character ONE_CELL_GLYPHS names (ranges spelled out). */
const oneCellGlyphs = ONE_CELL_GLYPHS.flatMap((glyph) => {
  if (typeof glyph === 'string') return [glyph];
  const chars: string[] = [];
  for (let code = glyph[0].charCodeAt(0); code <= glyph[1].charCodeAt(0); code++) chars.push(String.fromCharCode(code));
  return chars;
});

describe('the one-cell glyphs measured without string-width', () => {
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const neighbours = [...oneCellGlyphs, 'a', ' ', '~', '0', '>'];

  it('are one cell each, as string-width says', () => {
    expect(oneCellGlyphs.length).toBeGreaterThan(150);
    expect(oneCellGlyphs.filter((glyph) => glyph.length !== 1 || stringWidth(glyph) !== 1)).toEqual([]);
  });

  it('never join a neighbour into one grapheme, so a text of them is as wide as it is long', () => {
    const joined: string[] = [];
    for (const a of neighbours) for (const b of neighbours) if ([...graphemes.segment(a + b)].length !== 2) joined.push(a + b);
    expect(joined).toEqual([]);
  });

  it('measure as string-width does, alone and mixed with ASCII, and anything else still goes through it', () => {
    const texts = ['▶ Deployments (14) 1/14', 'kilo-ai-brain-c679fb7f9…', '╭──┬──╮', '✔ ok · 3↑ 2↓ ≥ 5 µs', '⚠\ufe0f warning', 'e\u0301 ─', '▶👩‍👩‍👧', '日本·語'];
    for (const text of texts) expect(displayWidth(text), text).toBe(stringWidth(text));
    expect(isOneCellEach('▶ Deployments (14) 1/14')).toBe(true);
    expect(isOneCellEach('⚠\ufe0f warning')).toBe(false);
    expect(isOneCellEach('e\u0301')).toBe(false);
    expect(isOneCellEach('tab\there')).toBe(false);
    expect(sliceToWidth('kilo-ai-brain…', 5)).toBe('kilo-');
    expect(sliceToWidth('▶ ──', 3)).toBe('▶ ─');
  });
});

describe('log rows', () => {
  it('wrap wide characters by cells: no row is wider than the pane, and nothing is lost', () => {
    const line = 'エラー: 接続できません 🙂 retry in 5s 🔁 日本語のログ';
    const segments: Segment[] = [{ text: 'ab12c ', style: 'prefix' }, { text: line, style: 'text' }];
    for (const width of [7, 10, 13]) {
      const rows = text(cutIntoRows(segments, width, true));
      for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(width);
      expect(rows.join('')).toBe(`ab12c ${line}`);
      expect(rows.join('')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('cut a wide line to one row without wrap, and keep the segments and their styles', () => {
    const rows = cutIntoRows([{ text: '日本', style: 'timestamp' }, { text: '語のログ', style: 'match' }], 7, false);
    expect(rows).toEqual([[{ text: '日本', style: 'timestamp' }, { text: '語', style: 'match' }]]);
  });

  it('keep plain ASCII lines as before', () => {
    expect(text(cutIntoRows([{ text: 'abcdefghij', style: 'text' }], 4, true))).toEqual(['abcd', 'efgh', 'ij']);
    expect(text(cutIntoRows([{ text: 'abcdefghij', style: 'text' }], 4, false))).toEqual(['abcd']);
  });
});
