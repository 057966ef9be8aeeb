// The live audit's root-cause reads (the crashed container's previous log), without Ink.
import { describe, expect, it, vi } from 'vitest';
import type { RootCauseTarget } from '../../src/domain/audit/rootCauseTargets.js';
import { RootCauseCache, rootCauseKey, type ReadLogs } from '../../src/app/audit/rootCauseCache.js';
import { kiloCluster } from '../ui/kiloCluster.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const crashing = kiloCluster().crashing;

function target(restarts: number): RootCauseTarget {
  const pod = structuredClone(crashing);
  pod.status!.containerStatuses![0].restartCount = restarts;
  return { pod, container: pod.spec.containers[0].name, previous: true };
}

describe('RootCauseCache', () => {
  it('reads each pod once per restart count and keeps the same logs object until a line changes', async () => {
    const readLogs = vi.fn<ReadLogs>(async () => 'Traceback (most recent call last):\nValueError: bad config');
    const cache = new RootCauseCache(readLogs);
    const listener = vi.fn();
    cache.subscribe(listener);
    const first = target(6);
    cache.update([first]);
    cache.update([first]);
    await settle();
    expect(readLogs).toHaveBeenCalledTimes(1);
    expect(readLogs).toHaveBeenCalledWith(first.pod.metadata.name, { container: first.container, previous: true, tailLines: 200, namespace: first.pod.metadata.namespace });
    expect(cache.current().rootCauseLines).toEqual({ [first.pod.metadata.uid]: 'ValueError: bad config' });
    expect(listener).toHaveBeenCalledTimes(1);
    const logs = cache.current();
    // A new crash with the same cause: read again, nothing new to tell.
    cache.update([target(7)]);
    await settle();
    expect(readLogs).toHaveBeenCalledTimes(2);
    expect(cache.current()).toBe(logs);
    expect(rootCauseKey(target(7))).not.toBe(rootCauseKey(first));
  });

  it('a failed read leaves the finding without a line and is not retried at the same restart count', async () => {
    const readLogs = vi.fn<ReadLogs>(async () => Promise.reject(new Error('forbidden')));
    const cache = new RootCauseCache(readLogs);
    cache.update([target(6)]);
    await settle();
    cache.update([target(6)]);
    await settle();
    expect(readLogs).toHaveBeenCalledTimes(1);
    expect(cache.current().rootCauseLines).toEqual({});
  });

  it('ignores reads that finish after close', async () => {
    let resolve: (text: string) => void = () => {};
    const cache = new RootCauseCache(() => new Promise((r) => (resolve = r)));
    cache.update([target(6)]);
    cache.close();
    resolve('Error: late');
    await settle();
    expect(cache.current().rootCauseLines).toEqual({});
  });
});
