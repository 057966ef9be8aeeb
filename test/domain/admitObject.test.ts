// What admission does to each part of an object, case by case: the compiled admitters must keep
// exactly these rules (the fuzz suite checks only that nothing downstream throws).
import { describe, expect, it } from 'vitest';
import { admitList, admitObject } from '../../src/domain/admitObject.js';
import type { Pod } from '../../src/domain/resources.js';

const wire = (object: unknown): Record<string, any> => JSON.parse(JSON.stringify(object));

const validPod = () =>
  wire({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'kilo-meds-7d9f-abcde', namespace: 'kilo-guardian', uid: 'u1', labels: { app: 'kilo-meds' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'kilo-meds-7d9f', uid: 'rs1', controller: true }] },
    spec: { containers: [{ name: 'meds', image: 'python:3.11-slim', ports: [{ containerPort: 8080 }] }] },
    status: { phase: 'Running', containerStatuses: [{ name: 'meds', image: 'python:3.11-slim', ready: false, restartCount: 11, state: { waiting: { reason: 'CrashLoopBackOff' } } }] },
    unknownField: { kept: true },
  });

describe('admitObject', () => {
  it('passes a well-formed object through as the same object (nothing copied)', () => {
    const pod = validPod();
    expect(admitObject('Pod', pod)).toBe(pod);
  });

  it('refuses an object without a required field, or with one of the wrong type', () => {
    for (const broken of [
      (p: any) => delete p.metadata.uid,
      (p: any) => (p.metadata.name = null),
      (p: any) => (p.metadata.name = 42),
      (p: any) => (p.spec = 'x'),
      (p: any) => (p.spec.containers = {}),
      (p: any) => (p.metadata = [p.metadata]),
    ]) {
      const pod = validPod();
      broken(pod);
      expect(admitObject('Pod', pod)).toBeUndefined();
    }
    for (const raw of [null, 42, 'pod', [], undefined]) expect(admitObject('Pod', raw)).toBeUndefined();
  });

  it('drops a wrongly typed or null optional field, copying only the objects on its path', () => {
    const pod = validPod();
    pod.status.phase = 7;
    pod.metadata.namespace = null;
    const admitted = admitObject<Pod>('Pod', pod) as any;
    expect(admitted).not.toBe(pod);
    expect('phase' in admitted.status).toBe(false);
    expect('namespace' in admitted.metadata).toBe(false);
    expect(admitted.spec).toBe(pod.spec);
    expect(admitted.unknownField).toBe(pod.unknownField);
    expect(pod.status.phase).toBe(7);
  });

  it('drops the bad items of an array and the bad entries of a map, keeping the rest in order', () => {
    const pod = validPod();
    pod.metadata.labels = { app: 'kilo-meds', tier: 3, team: 'home' };
    pod.metadata.ownerReferences.unshift({ kind: 'ReplicaSet' });
    pod.status.containerStatuses.push('junk', { name: 'side', image: 'x', ready: true, restartCount: Infinity });
    const admitted = admitObject<Pod>('Pod', pod) as any;
    expect(admitted.metadata.labels).toEqual({ app: 'kilo-meds', team: 'home' });
    expect(admitted.metadata.ownerReferences.map((o: any) => o.uid)).toEqual(['rs1']);
    expect(admitted.status.containerStatuses.map((c: any) => c.name)).toEqual(['meds']);
  });

  it('a required field inside an optional part refuses only that part', () => {
    const pod = validPod();
    delete pod.status.containerStatuses[0].restartCount;
    const admitted = admitObject<Pod>('Pod', pod) as any;
    expect(admitted.status.containerStatuses).toEqual([]);
  });

  it('sets kind and apiVersion from the list an item came from', () => {
    const pod = validPod();
    delete pod.kind;
    pod.apiVersion = 'evil/v9';
    expect(admitObject<Pod>('Pod', pod)).toMatchObject({ kind: 'Pod', apiVersion: 'v1' });
  });

  it('admitList counts what it skips', () => {
    const { items, skipped } = admitList<Pod>('Pod', [validPod(), { metadata: {} }, validPod()]);
    expect(items).toHaveLength(2);
    expect(skipped).toBe(1);
  });

  it('does not read a field through the prototype chain', () => {
    const pod = validPod();
    const labels = Object.create({ inherited: 5 });
    labels.app = 'kilo-meds';
    pod.metadata.labels = labels;
    expect((admitObject<Pod>('Pod', pod) as any).metadata.labels).toBe(labels);
  });
});
