import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/render/types.js';
import { cursorIndexFor, resolveCursor } from '../../src/store/selectors.js';

const row = (uid: string, problem = false): Row => ({ uid, problem, cells: [uid] });
const rows = [row('healthy-a'), row('crashing', true), row('healthy-b')];

describe('cursor resolution', () => {
  it('keeps the cursor on its uid wherever that row moved', () => {
    expect(resolveCursor([rows[2], rows[0], rows[1]], { cursorUid: 'healthy-a', cursorIndex: 0, filter: '' })).toBe(1);
  });

  it('falls back to the last index when the row is gone', () => {
    expect(resolveCursor(rows, { cursorUid: 'deleted', cursorIndex: 7, filter: '' })).toBe(2);
  });

  it('lands the Pods cursor on the first crashing pod until the user picks one', () => {
    expect(cursorIndexFor('pods', rows, { cursorIndex: 0, filter: '' })).toBe(1);
    expect(cursorIndexFor('pods', rows, { cursorUid: 'healthy-b', cursorIndex: 2, filter: '' })).toBe(2);
  });

  it('starts other panes on the top row, as k9s does', () => {
    expect(cursorIndexFor('deploy', rows, { cursorIndex: 0, filter: '' })).toBe(0);
    expect(cursorIndexFor('rs', rows, { cursorIndex: 0, filter: '' })).toBe(0);
  });
});
