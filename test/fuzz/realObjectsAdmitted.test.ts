// Admission must never skip a real object: every object of the bundled kilo-guardian fixtures
// (written as `kubectl get -o yaml` prints them) is admitted unchanged.
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../src/demo/fixtures.js';
import { BUNDLED_FIXTURES } from '../../src/demo/startDemo.js';
import { admitObject } from '../../src/domain/admitObject.js';

describe('admission of real objects', () => {
  it('admits every bundled fixture object as it is', () => {
    const { objects } = loadFixtures(BUNDLED_FIXTURES, Date.parse('2026-01-06T12:00:00Z'));
    expect(objects.length).toBeGreaterThan(100);
    for (const object of objects) {
      const admitted = admitObject(object.kind, object);
      expect(admitted, `${object.kind} ${object.metadata.name}`).toBeDefined();
      expect(JSON.stringify(admitted)).toBe(JSON.stringify(object));
    }
  });
});
