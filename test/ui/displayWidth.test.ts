import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, sliceToWidth } from '../../src/render/displayWidth.js';
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
