import { describe, expect, it } from 'vitest';
import { compileRowFilter } from '../../src/render/rowFilter.js';

const row = (text: string) => ({ cells: text.split(' '), uid: text, problem: false });

describe('compileRowFilter', () => {
  it('matches a case-insensitive regex, inverts with !, and survives half-typed regexes', () => {
    expect(compileRowFilter('MEDS')(row('kilo-meds Running'), {})).toBe(true);
    expect(compileRowFilter('^kilo-(cam|meds)')(row('kilo-cam x'), {})).toBe(true);
    expect(compileRowFilter('!meds')(row('kilo-meds Running'), {})).toBe(false);
    expect(compileRowFilter('!meds')(row('kilo-cam Running'), {})).toBe(true);
    expect(compileRowFilter('meds(')(row('kilo-meds( x'), {})).toBe(true);
    expect(compileRowFilter('')(row('anything'), {})).toBe(true);
  });

  it('filters by label with -l', () => {
    const byApp = compileRowFilter('-l app=kilo-meds');
    expect(byApp(row('x'), { app: 'kilo-meds' })).toBe(true);
    expect(byApp(row('x'), { app: 'kilo-cam' })).toBe(false);
    expect(byApp(row('x'), undefined)).toBe(false);
  });
});
