import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/demo/apiErrors.js';
import { applyPatch } from '../../src/demo/http/patch/applyPatch.js';
import { applyJsonPatch } from '../../src/demo/http/patch/jsonPatch.js';
import type { JsonValue } from '../../src/demo/http/patch/json.js';
import { applyMergePatch } from '../../src/demo/http/patch/mergePatch.js';
import { applyStrategicMergePatch } from '../../src/demo/http/patch/strategicMerge.js';

const podTemplate = (): JsonValue => ({
  metadata: { labels: { app: 'web' }, annotations: { keep: 'yes' } },
  spec: {
    containers: [
      { name: 'web', image: 'web:v1', ports: [{ containerPort: 8080, protocol: 'TCP' }], env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] },
      { name: 'sidecar', image: 'proxy:1' },
    ],
    finalizers: ['x', 'y'],
  },
});

describe('JSON merge patch (RFC 7386)', () => {
  it('merges objects recursively, removes keys set to null and replaces lists wholesale', () => {
    const result = applyMergePatch(podTemplate(), { metadata: { annotations: { keep: null, added: 'v' } }, spec: { containers: [{ name: 'only' }] } });
    expect(result).toEqual({
      metadata: { labels: { app: 'web' }, annotations: { added: 'v' } },
      spec: { containers: [{ name: 'only' }], finalizers: ['x', 'y'] },
    });
  });

  it('replaces the whole target when the patch is not an object', () => {
    expect(applyMergePatch({ a: 1 }, ['x'])).toEqual(['x']);
    expect(applyMergePatch({ a: { b: 1 } }, { a: 'flat' })).toEqual({ a: 'flat' });
  });

  it('does not modify its input', () => {
    const target = podTemplate();
    const before = JSON.stringify(target);
    applyMergePatch(target, { spec: { containers: null } });
    expect(JSON.stringify(target)).toBe(before);
  });
});

describe('strategic merge patch', () => {
  it('merges containers by name and their ports and env by key, keeping other entries', () => {
    const result = applyStrategicMergePatch(podTemplate(), {
      spec: { containers: [{ name: 'web', image: 'web:v2', env: [{ name: 'B', value: 'two' }, { name: 'C', value: '3' }], ports: [{ containerPort: 9090 }] }] },
    }) as { spec: { containers: { name: string; image: string; env: unknown[]; ports: unknown[] }[] } };
    const [web, sidecar] = result.spec.containers;
    expect(web.image).toBe('web:v2');
    expect(web.env).toEqual([{ name: 'A', value: '1' }, { name: 'B', value: 'two' }, { name: 'C', value: '3' }]);
    expect(web.ports).toEqual([{ containerPort: 8080, protocol: 'TCP' }, { containerPort: 9090 }]);
    expect(sidecar).toEqual({ name: 'sidecar', image: 'proxy:1' });
  });

  it('deletes a list element with $patch: delete and replaces a list with $patch: replace', () => {
    const deleted = applyStrategicMergePatch(podTemplate(), { spec: { containers: [{ name: 'sidecar', $patch: 'delete' }] } }) as { spec: { containers: { name: string }[] } };
    expect(deleted.spec.containers.map((c) => c.name)).toEqual(['web']);
    const replaced = applyStrategicMergePatch(podTemplate(), { spec: { containers: [{ $patch: 'replace' }, { name: 'new', image: 'n:1' }] } }) as { spec: { containers: unknown[] } };
    expect(replaced.spec.containers).toEqual([{ name: 'new', image: 'n:1' }]);
  });

  it('replaces or deletes a map with $patch and ignores $retainKeys and $setElementOrder', () => {
    const replaced = applyStrategicMergePatch(podTemplate(), { metadata: { annotations: { $patch: 'replace', only: 'this' } } }) as { metadata: { annotations: unknown } };
    expect(replaced.metadata.annotations).toEqual({ only: 'this' });
    const deleted = applyStrategicMergePatch(podTemplate(), { metadata: { annotations: { $patch: 'delete' } } }) as { metadata: Record<string, unknown> };
    expect(deleted.metadata).toEqual({ labels: { app: 'web' } });
    const ordered = applyStrategicMergePatch({ a: { b: 1 } }, { a: { $retainKeys: ['b'], c: 2 }, '$setElementOrder/containers': [{ name: 'x' }] });
    expect(ordered).toEqual({ a: { b: 1, c: 2 } });
  });

  it('removes values from primitive lists with $deleteFromPrimitiveList', () => {
    const result = applyStrategicMergePatch(podTemplate(), { spec: { '$deleteFromPrimitiveList/finalizers': ['x'] } }) as { spec: { finalizers: string[] } };
    expect(result.spec.finalizers).toEqual(['y']);
  });

  it('keys Service ports by port and adds the kubectl restartedAt annotation like a merge patch', () => {
    const svc: JsonValue = { spec: { ports: [{ port: 80, nodePort: 30000 }, { port: 443 }] } };
    expect(applyStrategicMergePatch(svc, { spec: { ports: [{ port: 80, nodePort: 30001 }] } })).toEqual({ spec: { ports: [{ port: 80, nodePort: 30001 }, { port: 443 }] } });
    const restarted = applyStrategicMergePatch(podTemplate(), { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': 't' } } }) as { metadata: { annotations: Record<string, string> } };
    expect(restarted.metadata.annotations).toEqual({ keep: 'yes', 'kubectl.kubernetes.io/restartedAt': 't' });
  });
});

describe('JSON patch (RFC 6902)', () => {
  const doc = (): JsonValue => ({ spec: { replicas: 1, list: ['a', 'b'] }, 'a/b': { '~k': 1 } });

  it('applies add, remove, replace, move and copy in order', () => {
    const result = applyJsonPatch(doc(), [
      { op: 'replace', path: '/spec/replicas', value: 3 },
      { op: 'add', path: '/spec/list/-', value: 'c' },
      { op: 'add', path: '/spec/list/0', value: 'z' },
      { op: 'remove', path: '/spec/list/1' },
      { op: 'copy', from: '/spec/replicas', path: '/spec/copied' },
      { op: 'move', from: '/a~1b/~0k', path: '/moved' },
    ]);
    expect(result).toEqual({ spec: { replicas: 3, list: ['z', 'b', 'c'], copied: 3 }, 'a/b': {}, moved: 1 });
  });

  it('fails a test operation that does not match and leaves the input alone', () => {
    const target = doc();
    expect(() => applyJsonPatch(target, [{ op: 'replace', path: '/spec/replicas', value: 9 }, { op: 'test', path: '/spec/replicas', value: 1 }])).toThrow(/test failed/);
    expect(target).toEqual(doc());
    expect(applyJsonPatch(target, [{ op: 'test', path: '/spec/list', value: ['a', 'b'] }])).toEqual(doc());
  });

  it('rejects a replace or remove of a missing path', () => {
    expect(() => applyJsonPatch(doc(), [{ op: 'replace', path: '/spec/missing', value: 1 }])).toThrow(/missing/);
    expect(() => applyJsonPatch(doc(), [{ op: 'remove', path: '/nope/deeper' }])).toThrow(/missing/);
    expect(() => applyJsonPatch(doc(), [{ op: 'add', path: '/spec/list/7', value: 1 }])).toThrow(/out of bounds/);
  });
});

describe('applyPatch by media type', () => {
  const statusOf = (fn: () => unknown): number | undefined => {
    try {
      fn();
    } catch (error) {
      return error instanceof ApiError ? error.code : -1;
    }
    return undefined;
  };

  it('answers 400 for malformed patches and 422 for patches that cannot apply', () => {
    expect(statusOf(() => applyPatch('application/merge-patch+json', {}, '{not json'))).toBe(400);
    expect(statusOf(() => applyPatch('application/json-patch+json', {}, '{"op":"add"}'))).toBe(400);
    expect(statusOf(() => applyPatch('application/json-patch+json', {}, '[{"op":"remove","path":"/x"}]'))).toBe(422);
    expect(applyPatch('application/strategic-merge-patch+json', { a: 1 }, '{"b":2}')).toEqual({ a: 1, b: 2 });
  });
});
