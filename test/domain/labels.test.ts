import { describe, expect, it } from 'vitest';
import { matchesSelector, parseLabelSelector } from '../../src/domain/labels.js';

const labels = { app: 'kilo-meds', tier: 'backend', 'pod-template-hash': 'abc' };

describe('matchesSelector', () => {
  it('treats a plain record as matchLabels', () => {
    expect(matchesSelector(labels, { app: 'kilo-meds' })).toBe(true);
    expect(matchesSelector(labels, { app: 'kilo-cam' })).toBe(false);
    expect(matchesSelector(undefined, { app: 'kilo-meds' })).toBe(false);
  });
  it('requires every matchLabels pair', () => {
    expect(matchesSelector(labels, { matchLabels: { app: 'kilo-meds', tier: 'backend' } })).toBe(true);
    expect(matchesSelector(labels, { matchLabels: { app: 'kilo-meds', tier: 'frontend' } })).toBe(false);
  });
  it('evaluates In, NotIn, Exists, DoesNotExist', () => {
    const sel = (operator: string, values?: string[], key = 'tier') => ({ matchExpressions: [{ key, operator, values }] });
    expect(matchesSelector(labels, sel('In', ['backend', 'db']))).toBe(true);
    expect(matchesSelector(labels, sel('In', ['db']))).toBe(false);
    expect(matchesSelector(labels, sel('NotIn', ['db']))).toBe(true);
    expect(matchesSelector(labels, sel('NotIn', ['backend']))).toBe(false);
    expect(matchesSelector(labels, sel('NotIn', ['x'], 'missing'))).toBe(true);
    expect(matchesSelector(labels, sel('Exists'))).toBe(true);
    expect(matchesSelector(labels, sel('Exists', undefined, 'missing'))).toBe(false);
    expect(matchesSelector(labels, sel('DoesNotExist', undefined, 'missing'))).toBe(true);
    expect(matchesSelector(labels, sel('DoesNotExist'))).toBe(false);
    expect(matchesSelector(labels, sel('Bogus', ['backend']))).toBe(false);
  });
  it('combines matchLabels and matchExpressions', () => {
    const selector = { matchLabels: { app: 'kilo-meds' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['db'] }] };
    expect(matchesSelector(labels, selector)).toBe(false);
  });
  it('an undefined selector matches nothing, an empty one everything', () => {
    expect(matchesSelector(labels, undefined)).toBe(false);
    expect(matchesSelector(labels, {})).toBe(true);
  });
});

describe('parseLabelSelector', () => {
  it('parses equality, inequality, set and existence requirements', () => {
    expect(parseLabelSelector('app=kilo-meds')(labels)).toBe(true);
    expect(parseLabelSelector('app==kilo-meds,tier=backend')(labels)).toBe(true);
    expect(parseLabelSelector('app!=kilo-meds')(labels)).toBe(false);
    expect(parseLabelSelector('tier in (db, backend)')(labels)).toBe(true);
    expect(parseLabelSelector('tier notin (db,backend)')(labels)).toBe(false);
    expect(parseLabelSelector('app,tier in (backend),!gone')(labels)).toBe(true);
    expect(parseLabelSelector('!app')(labels)).toBe(false);
    expect(parseLabelSelector('')(labels)).toBe(true);
  });
  it('rejects malformed requirements', () => {
    expect(() => parseLabelSelector('a b c')).toThrow(/invalid label selector/);
  });
});
