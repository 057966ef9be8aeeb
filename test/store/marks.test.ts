import { describe, expect, it } from 'vitest';
import { createClusterStore } from '../../src/store/clusterStore.js';

describe('marks', () => {
  it('toggles, marks ranges from the last toggled uid, marks all and clears', () => {
    const store = createClusterStore();
    const { mutators } = store.getState();
    const order = ['a', 'b', 'c', 'd', 'e'];
    mutators.toggleMark('b');
    expect(store.getState().marks).toEqual({ b: true });
    mutators.markRange(order, 'd');
    expect(Object.keys(store.getState().marks).sort()).toEqual(['b', 'c', 'd']);
    mutators.toggleMark('c');
    expect(Object.keys(store.getState().marks).sort()).toEqual(['b', 'd']);
    mutators.markAll(['a', 'e']);
    expect(Object.keys(store.getState().marks).sort()).toEqual(['a', 'b', 'd', 'e']);
    mutators.clearMarks();
    expect(store.getState().marks).toEqual({});
  });
});
