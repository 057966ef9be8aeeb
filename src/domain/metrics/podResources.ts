// A pod's requests and limits, as its usage percentages are measured against: the sum over its
// containers, and only when every container sets it (a missing one makes any total a guess).
import type { Container, Pod } from '../resources.js';
import { cpuNanocores, memoryBytes } from './quantity.js';

export interface PodResources {
  cpuRequest?: number;
  cpuLimit?: number;
  memoryRequest?: number;
  memoryLimit?: number;
}

/** A container's requests or limits entry for a resource, parsed (nanocores or bytes). */
export function containerResource(container: Container, list: 'requests' | 'limits', resource: 'cpu' | 'memory'): number | undefined {
  const entries = container.resources?.[list];
  if (typeof entries !== 'object' || entries === null) return undefined;
  const text = (entries as Record<string, unknown>)[resource];
  return resource === 'cpu' ? cpuNanocores(text) : memoryBytes(text);
}

function total(containers: readonly Container[], list: 'requests' | 'limits', resource: 'cpu' | 'memory'): number | undefined {
  let sum = 0;
  for (const container of containers) {
    const value = containerResource(container, list, resource);
    if (value === undefined) return undefined;
    sum += value;
  }
  return containers.length ? sum : undefined;
}

const CACHE = new WeakMap<readonly Container[], PodResources>();

export function podResources(pod: Pod): PodResources {
  const containers = pod.spec.containers;
  let known = CACHE.get(containers);
  if (!known) {
    known = {
      cpuRequest: total(containers, 'requests', 'cpu'),
      cpuLimit: total(containers, 'limits', 'cpu'),
      memoryRequest: total(containers, 'requests', 'memory'),
      memoryLimit: total(containers, 'limits', 'memory'),
    };
    CACHE.set(containers, known);
  }
  return known;
}
