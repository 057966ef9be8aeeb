import { describe, expect, it } from 'vitest';
import { createClusterStore } from '../../src/store/clusterStore.js';

describe('marks', () => {
  it('toggles, marks ranges from the last toggled uid, marks all and clears', () => {
    const store = createClusterStore();
    const { actions } = store.getState();
    const order = ['a', 'b', 'c', 'd', 'e'];
    actions.toggleMark('b');
    expect(store.getState().marks).toEqual({ b: true });
    actions.markRange(order, 'd');
    expect(Object.keys(store.getState().marks).sort()).toEqual(['b', 'c', 'd']);
    actions.toggleMark('c');
    expect(Object.keys(store.getState().marks).sort()).toEqual(['b', 'd']);
    actions.markAll(['a', 'e']);
    expect(Object.keys(store.getState().marks).sort()).toEqual(['a', 'b', 'd', 'e']);
    actions.clearMarks();
    expect(store.getState().marks).toEqual({});
  });
});
