// A seeded generator of hostile variants of valid objects: any field (at any depth) removed, set
// to null, or replaced by a value of another JSON type. Starts from realistic objects of every
// kind so the fields kilo-tui reads are all present to be broken.
import type { KubeObject, Namespace } from '../../src/domain/resources.js';
import { DAY, MIN, NOW, deployment, kubeEvent, pod, replicaSet, service } from '../render/objectBuilders.js';

/** mulberry32: tiny, fast and good enough to pick mutations reproducibly from a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WRONG_VALUES: readonly unknown[] = [
  null, 0, -1, 42, 1.5, 1e308, '', 'x', 'True', true, false, [], [42], [null], {}, { a: 1 }, { metadata: null },
  '\u001b]0;pwned\u0007\u001b[2J', '\u202egnp.exe', '\u009b31mred',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (value === null || typeof value !== 'object') return out;
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const key of keys) {
    const path = [...prefix, key];
    out.push(path);
    pathsOf((value as Record<string | number, Json>)[key], path, out);
  }
  return out;
}

function mutateAt(root: Json, path: Path, random: () => number): void {
  let parent = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (random() < 0.4 && !Array.isArray(parent)) delete parent[last];
  else parent[last] = structuredClone(WRONG_VALUES[Math.floor(random() * WRONG_VALUES.length)]) as Json;
}

/** A copy of `object` with 1–3 random fields missing or of the wrong type (or, rarely, not an object at all). */
export function hostileVariant(object: KubeObject, random: () => number): unknown {
  if (random() < 0.03) return structuredClone(WRONG_VALUES[Math.floor(random() * WRONG_VALUES.length)]);
  const copy = structuredClone(object) as unknown as Json;
  const mutations = 1 + Math.floor(random() * 3);
  for (let i = 0; i < mutations; i++) {
    const paths = pathsOf(copy);
    if (paths.length === 0) break;
    mutateAt(copy, paths[Math.floor(random() * paths.length)], random);
  }
  return copy;
}

export function namespaceObject(name: string): Namespace {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, uid: `ns-${name}`, resourceVersion: '1', creationTimestamp: new Date(NOW - 30 * DAY).toISOString(), labels: { 'kubernetes.io/metadata.name': name } },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

/** A small namespace with a stuck rollout, stale history, a crash loop, a service and events: every rule has something to say. */
export function realisticObjects(): KubeObject[] {
  const dep = deployment('kilo-meds', { revision: 3, replicas: 1, ready: 0, image: 'kilo-meds:ai-brain-ocr-v2', stuck: 'ProgressDeadlineExceeded' });
  const stale = replicaSet(dep, 1, { replicas: 0, image: 'python:3.11-slim', age: 3 * DAY });
  const old = replicaSet(dep, 2, { replicas: 1, image: 'kilo-meds:cb1', age: DAY });
  const current = replicaSet(dep, 3, { replicas: 1, ready: 0, image: 'kilo-meds:ai-brain-ocr-v2', age: 7 * MIN });
  const crashing = pod(current, { waiting: 'CrashLoopBackOff', restarts: 11, lastRestartAgo: 45_000, exitCode: 1 });
  const running = pod(old);
  const other = deployment('kilo-cam', { revision: 1, replicas: 1, ready: 1, image: 'kilo-cam:latest' });
  const otherRs = replicaSet(other, 1, { replicas: 1 });
  return [
    dep, other, stale, old, current, otherRs, crashing, running, pod(otherRs),
    service('kilo-meds', { type: 'NodePort', port: 8080, nodePort: 30080 }),
    kubeEvent(crashing, 'BackOff', 'Back-off restarting failed container', { type: 'Warning' }),
    kubeEvent(current, 'SuccessfulCreate', 'Created pod'),
    namespaceObject('kilo-guardian'),
  ];
}
