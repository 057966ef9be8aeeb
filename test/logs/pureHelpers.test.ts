import { describe, expect, it } from 'vitest';
import { compileFilter, lineMatches, matchRanges } from '../../src/logs/logFilter.js';
import { rangeForKey, rangeOptions } from '../../src/logs/logRange.js';
import { LineSplitter } from '../../src/logs/lineSplitter.js';
import { podLabels } from '../../src/logs/podLabels.js';
import { ResumeDedup } from '../../src/logs/resumeDedup.js';
import { compareTimestamps, displayTimestamp, splitTimestamp } from '../../src/logs/timestamps.js';

describe('timestamps', () => {
  it('splits the server timestamp from the text', () => {
    expect(splitTimestamp('2026-01-06T12:00:00.123456789Z hello world')).toEqual({ timestamp: '2026-01-06T12:00:00.123456789Z', text: 'hello world' });
    expect(splitTimestamp('no timestamp here')).toEqual({ text: 'no timestamp here' });
  });

  it('compares timestamps with different fraction lengths exactly', () => {
    expect(compareTimestamps('2026-01-06T12:00:00.5Z', '2026-01-06T12:00:00.500000000Z')).toBe(0);
    expect(compareTimestamps('2026-01-06T12:00:00.000000001Z', '2026-01-06T12:00:00Z')).toBeGreaterThan(0);
    expect(compareTimestamps('2026-01-06T11:59:59.999Z', '2026-01-06T12:00:00Z')).toBeLessThan(0);
  });
});

describe('displayTimestamp', () => {
  it('shows UTC with exactly three fraction digits, cutting rather than rounding', () => {
    expect(displayTimestamp('2026-11-26T05:18:19Z')).toBe('2026-11-26T05:18:19.000Z');
    expect(displayTimestamp('2026-11-26T05:18:19.72Z')).toBe('2026-11-26T05:18:19.720Z');
    expect(displayTimestamp('2026-11-26T05:18:19.999999999Z')).toBe('2026-11-26T05:18:19.999Z');
    expect(displayTimestamp('2026-11-26T06:18:19.5+01:00')).toBe('2026-11-26T05:18:19.500Z');
    expect(displayTimestamp('not a time')).toBe('not a time');
  });
});

describe('ResumeDedup', () => {
  it('skips lines repeated by a resumed stream and passes the new ones', () => {
    const dedup = new ResumeDedup();
    expect(dedup.accept('2026-01-06T12:00:00Z', 'a')).toBe(true);
    expect(dedup.accept('2026-01-06T12:00:01Z', 'b')).toBe(true);
    expect(dedup.accept('2026-01-06T12:00:01Z', 'c')).toBe(true);
    dedup.beginResume();
    expect(dedup.resumeTimestamp).toBe('2026-01-06T12:00:01Z');
    // The server rounded sinceTime down: earlier lines come again, then the same-second ones.
    expect(dedup.accept('2026-01-06T12:00:00Z', 'a')).toBe(false);
    expect(dedup.accept('2026-01-06T12:00:01Z', 'b')).toBe(false);
    expect(dedup.accept('2026-01-06T12:00:01Z', 'c')).toBe(false);
    // Same time, new text: a line written after the drop in the same instant.
    expect(dedup.accept('2026-01-06T12:00:01Z', 'd')).toBe(true);
    expect(dedup.accept('2026-01-06T12:00:02Z', 'a')).toBe(true);
  });
});

describe('LineSplitter', () => {
  it('joins lines across chunks and caps a line that never ends', () => {
    const splitter = new LineSplitter(10);
    expect(splitter.push('one\ntw')).toEqual(['one']);
    expect(splitter.push('o\nthr')).toEqual(['two']);
    expect(splitter.flush()).toEqual(['thr']);
    expect(splitter.push('y'.repeat(25))).toEqual(['y'.repeat(10), 'y'.repeat(10)]);
  });
});

describe('compileFilter', () => {
  it('matches a regular expression, smart case, and inverts with !', () => {
    const filter = compileFilter('error|warn')!;
    expect(lineMatches(filter, 'ERROR: boom')).toBe(true);
    expect(lineMatches(filter, 'info')).toBe(false);
    expect(matchRanges(filter, 'warn then error')).toEqual([[0, 4], [10, 15]]);
    const exact = compileFilter('Error')!;
    expect(lineMatches(exact, 'error')).toBe(false);
    const inverted = compileFilter('!health')!;
    expect(lineMatches(inverted, 'GET /health 200')).toBe(false);
    expect(lineMatches(inverted, 'GET /meds 200')).toBe(true);
    expect(compileFilter('')).toBeUndefined();
    expect(compileFilter('!')).toBeUndefined();
  });

  it('treats an invalid expression as literal text', () => {
    const filter = compileFilter('foo(')!;
    expect(lineMatches(filter, 'call foo( x')).toBe(true);
    expect(lineMatches(filter, 'foo')).toBe(false);
  });
});

describe('rangeForKey', () => {
  it('maps k9s digit keys to tail, head and since ranges', () => {
    expect(rangeForKey('0', 500)).toEqual({ kind: 'tail', lines: 500 });
    expect(rangeForKey('1', 500)).toBe('head');
    expect(rangeForKey('2', 500)).toEqual({ kind: 'since', seconds: 60 });
    expect(rangeForKey('6', 500)).toEqual({ kind: 'since', seconds: 3600 });
    expect(rangeForKey('7', 500)).toBeUndefined();
    expect(rangeOptions({ kind: 'since', seconds: 300 })).toEqual({ sinceSeconds: 300 });
  });
});

describe('podLabels', () => {
  it('uses the distinguishing suffix and a colour slot per pod', () => {
    const labels = podLabels(['kilo-meds-55d9cd8856-x2x9z', 'kilo-meds-7568f7694c-q8w4k']);
    expect(labels.get('kilo-meds-55d9cd8856-x2x9z')).toEqual({ short: 'x2x9z', colourIndex: 0 });
    expect(labels.get('kilo-meds-7568f7694c-q8w4k')?.colourIndex).toBe(1);
    expect(labels.get('kilo-meds-7568f7694c-q8w4k')?.short).toBe('q8w4k');
    const clash = podLabels(['a-1-abc', 'b-2-abc']);
    expect(clash.get('a-1-abc')?.short).toBe('1-abc');
    expect(clash.get('b-2-abc')?.short).toBe('2-abc');
  });
});
