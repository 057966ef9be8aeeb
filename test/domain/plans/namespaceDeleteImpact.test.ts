import { describe, expect, it } from 'vitest';
import { namespaceDeleteImpact } from '../../../src/domain/plans/namespaceDeleteImpact.js';
import type { Namespace } from '../../../src/domain/resources.js';
import { deployment, NS, pod, service, snapshot } from '../builders.js';

const namespace = (name: string, terminating = false): Namespace => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, uid: `uid-${name}`, ...(terminating ? { deletionTimestamp: '2026-01-06T12:00:00Z' } : {}) },
});

describe('what deleting a namespace means', () => {
  it('names what kilo-tui has loaded of it, counts its pods and always asks twice', () => {
    const loaded = snapshot({
      deployments: [deployment({ name: 'web' }), deployment({ name: 'api' })],
      pods: [pod({ name: 'web-1' }), pod({ name: 'api-1' }), pod({ name: 'api-2' })],
      services: [service('web', { app: 'web' })],
    });
    expect(namespaceDeleteImpact(namespace(NS), loaded)).toEqual({
      impact: `everything in namespace ${NS} is deleted with it: 2 deployments, 3 pods, 1 service, … (what kilo-tui has loaded)`,
      dangerous: true,
      podsTerminated: 3,
    });
  });

  it('says when its contents are not loaded (another namespace is watched, or no snapshot)', () => {
    const elsewhere = snapshot({ pods: [pod({ name: 'web-1' })] });
    expect(namespaceDeleteImpact(namespace('kilo-data'), elsewhere)).toMatchObject({
      impact: 'everything in namespace kilo-data is deleted with it (its contents are not loaded here)',
      dangerous: true,
      podsTerminated: 0,
    });
    expect(namespaceDeleteImpact(namespace('kilo-data')).impact).toContain('(its contents are not loaded here)');
  });

  it('says the API server refuses the system namespaces, and names one already being deleted', () => {
    for (const name of ['default', 'kube-system', 'kube-public']) {
      expect(namespaceDeleteImpact(namespace(name)).impact).toBe(`the API server refuses to delete namespace ${name}`);
    }
    expect(namespaceDeleteImpact(namespace('kilo-data', true)).impact).toBe('namespace kilo-data is already being deleted');
  });
});
