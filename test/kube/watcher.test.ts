import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay } from '../../src/kube/backoff.js';
import { listRequests, startHarness, watchRequests } from './harness.js';
import type { Harness } from './harness.js';
import { NS, pod, replicaSet } from './objects.js';
import { recordWatch } from './watchRecorder.js';

describe('backoffDelay', () => {
  it('doubles from 0.5 s up to 30 s', () => {
    const schedule = [1, 2, 3, 4, 5, 6, 7, 8, 20].map((attempt) => backoffDelay(attempt, undefined, () => 0));
    expect(schedule).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('takes up to 20% off for jitter', () => {
    expect(backoffDelay(3, undefined, () => 1)).toBe(1600);
    expect(backoffDelay(3, undefined, () => 0.5)).toBe(1800);
  });
});

describe('watch against a fake API server', () => {
  let h: Harness;
  afterEach(async () => {
    await h?.cleanup();
  });

  it('lists, reports connected, then streams ADDED/MODIFIED/DELETED', async () => {
    h = await startHarness();
    h.server.store.create(replicaSet('kilo-meds-55d9cd8856', 1));
    const rec = recordWatch();
    h.gateway.watch('ReplicaSet', rec);
    await vi.waitFor(() => expect(h.server.openWatchCount()).toBe(1));
    expect(rec.statuses()).toEqual(['connecting', 'connected']);
    expect(rec.syncs).toHaveLength(1);
    expect(rec.syncs[0].map((o) => [o.kind, o.apiVersion, o.metadata.name])).toEqual([['ReplicaSet', 'apps/v1', 'kilo-meds-55d9cd8856']]);

    h.server.store.create(replicaSet('kilo-meds-7568f7694c', 1, '6'));
    h.server.store.mutate('ReplicaSet', NS, 'kilo-meds-7568f7694c', (rs) => void ((rs as { spec: { replicas: number } }).spec.replicas = 0));
    h.server.store.delete('ReplicaSet', NS, 'kilo-meds-55d9cd8856');
    h.server.store.create(pod('not-a-replicaset'));
    await vi.waitFor(() => expect(rec.events).toHaveLength(3));
    expect(rec.events.map((e) => `${e.type} ${e.name}`)).toEqual(['ADDED kilo-meds-7568f7694c', 'MODIFIED kilo-meds-7568f7694c', 'DELETED kilo-meds-55d9cd8856']);
    expect(listRequests(h.server, 'replicasets')).toHaveLength(1);
  });

  it('re-watches from the last resourceVersion (bookmarks included) when the server ends the watch', async () => {
    h = await startHarness();
    const rec = recordWatch();
    h.gateway.watch('Pod', rec);
    await vi.waitFor(() => expect(h.server.openWatchCount()).toBe(1));
    h.server.store.create(pod('a'));
    await vi.waitFor(() => expect(rec.events).toHaveLength(1));
    const seen = rec.events[0].resourceVersion!;
    h.server.endWatches();
    await vi.waitFor(() => expect(watchRequests(h.server, 'pods')).toHaveLength(2));
    expect(watchRequests(h.server, 'pods')[1].query.get('resourceVersion')).toBe(seen);
    expect(watchRequests(h.server, 'pods')[1].query.get('allowWatchBookmarks')).toBe('true');

    await vi.waitFor(() => expect(h.server.openWatchCount()).toBe(1));
    h.server.sendBookmark('12345');
    h.server.store.create(pod('b'));
    await vi.waitFor(() => expect(rec.events).toHaveLength(2));
    h.server.sendBookmark('99999');
    // The bookmark is the last thing on the stream, so the next watch resumes from it.
    h.server.endWatches();
    await vi.waitFor(() => expect(watchRequests(h.server, 'pods')).toHaveLength(3));
    expect(watchRequests(h.server, 'pods')[2].query.get('resourceVersion')).toBe('99999');
    expect(listRequests(h.server, 'pods')).toHaveLength(1);
    expect(rec.syncs).toHaveLength(1);
    expect(rec.statuses()).toEqual(['connecting', 'connected']);
  });

  it('re-lists on a 410 ERROR event and on an HTTP 410, without reporting a reconnect', async () => {
    h = await startHarness();
    const rec = recordWatch();
    h.gateway.watch('Pod', rec);
    await vi.waitFor(() => expect(h.server.openWatchCount()).toBe(1));
    h.server.store.create(pod('created-while-watching'));
    h.server.sendWatchError(410);
    await vi.waitFor(() => expect(rec.syncs).toHaveLength(2));
    expect(rec.syncs[1].map((p) => p.metadata.name)).toEqual(['created-while-watching']);

    await vi.waitFor(() => expect(h.server.openWatchCount()).toBe(1));
    h.server.failNext({ watch: true }, 410);
    h.server.endWatches();
    await vi.waitFor(() => expect(rec.syncs).toHaveLength(3));
    expect(rec.statuses()).toEqual(['connecting', 'connected']);
  });

  it('backs off on 500 and reconnects with a fresh list after the delay', async () => {
    h = await startHarness();
    h.server.failNext({ method: 'GET', pathIncludes: '/services', watch: false }, 500, 2);
    const rec = recordWatch();
    h.gateway.watch('Service', rec);
    await vi.waitFor(() => expect(rec.statuses()).toEqual(['connecting', 'reconnecting']));
    expect(rec.states[1]).toEqual({ status: 'reconnecting', attempt: 1, lastError: 'injected 500' });
    h.clock.advance(499);
    await new Promise((resolve) => setImmediate(resolve));
    expect(listRequests(h.server, 'services')).toHaveLength(1);
    h.clock.advance(1);
    await vi.waitFor(() => expect(rec.states).toHaveLength(3));
    expect(rec.states[2]).toEqual({ status: 'reconnecting', attempt: 2, lastError: 'injected 500' });
    h.clock.advance(1000);
    await vi.waitFor(() => expect(rec.statuses().at(-1)).toBe('connected'));
    expect(rec.syncs).toHaveLength(1);
    expect(listRequests(h.server, 'services')).toHaveLength(3);
  });

  it('reports forbidden with the resource name and retries slowly', async () => {
    h = await startHarness();
    h.server.failNext({ pathIncludes: '/pods' }, 403);
    const rec = recordWatch();
    h.gateway.watch('Pod', rec);
    await vi.waitFor(() => expect(rec.states).toHaveLength(2));
    expect(rec.states[1]).toEqual({ status: 'forbidden', message: 'forbidden: cannot watch pods' });
    h.clock.advance(29_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(listRequests(h.server, 'pods')).toHaveLength(1);
    h.clock.advance(1_000);
    await vi.waitFor(() => expect(rec.statuses().at(-1)).toBe('connected'));
  });

  it('shows reconnecting while the server is down, then connected and a new sync after it returns', async () => {
    h = await startHarness();
    h.server.store.create(pod('before'));
    const rec = recordWatch();
    h.gateway.watch('Pod', rec);
    await vi.waitFor(() => expect(h.server.openWatchCount()).toBe(1));
    await h.server.stop();
    await vi.waitFor(() => expect(rec.statuses().at(-1)).toBe('reconnecting'));
    const down = rec.states.at(-1);
    expect(down).toMatchObject({ status: 'reconnecting', attempt: 1 });
    expect(down && 'lastError' in down ? down.lastError : '').toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+: connection refused|connection to .* was reset/);

    h.clock.advance(500);
    await vi.waitFor(() => expect(rec.states.filter((s) => s.status === 'reconnecting')).toHaveLength(2));
    expect(rec.states.at(-1)).toEqual({ status: 'reconnecting', attempt: 2, lastError: `cannot reach ${h.server.url}: connection refused` });

    h.server.store.create(pod('while-down'));
    await h.server.restart();
    h.clock.advance(1000);
    await vi.waitFor(() => expect(rec.statuses().at(-1)).toBe('connected'));
    expect(rec.syncs).toHaveLength(2);
    expect(rec.syncs[1].map((p) => p.metadata.name)).toEqual(['before', 'while-down']);
  });

  it('stop() aborts the open watch and reports nothing afterwards', async () => {
    h = await startHarness();
    const rec = recordWatch();
    const stop = h.gateway.watch('Pod', rec);
    await vi.waitFor(() => expect(h.server.openWatchCount()).toBe(1));
    stop();
    await vi.waitFor(() => expect(h.server.openWatchCount()).toBe(0));
    h.server.store.create(pod('after-stop'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(rec.events).toEqual([]);
    expect(rec.statuses()).toEqual(['connecting', 'connected']);
  });
});
