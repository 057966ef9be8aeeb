import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Deployment } from '../../src/domain/resources.js';
import { KubeError } from '../../src/kube/types.js';
import { startHarness } from './harness.js';
import type { Harness } from './harness.js';
import { deployment, NS, pod } from './objects.js';

describe('gateway reads, writes and logs', () => {
  let h: Harness;
  afterEach(async () => {
    await h?.cleanup();
  });

  it('lists and gets with kind and apiVersion filled in', async () => {
    h = await startHarness();
    h.server.store.create(deployment('kilo-meds'));
    const [listed] = await h.gateway.list<Deployment>('Deployment');
    expect([listed.kind, listed.apiVersion, listed.metadata.name]).toEqual(['Deployment', 'apps/v1', 'kilo-meds']);
    expect((await h.gateway.get<Deployment>('Deployment', 'kilo-meds')).metadata.uid).toBe(listed.metadata.uid);
  });

  it('turns API errors into KubeError with the server status, reason and message', async () => {
    h = await startHarness();
    const error = await h.gateway.get('Pod', 'nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeError);
    expect(error).toMatchObject({ status: 404, reason: 'NotFound', message: 'pods "nope" not found' });
  });

  it('patches with each content type and honours dry run', async () => {
    h = await startHarness();
    h.server.store.create(deployment('kilo-meds'));
    const dry = await h.gateway.patchObject<Deployment>('Deployment', 'kilo-meds', { spec: { paused: true } }, 'merge', { dryRun: true });
    expect(dry.spec.paused).toBe(true);
    expect(h.server.store.get<Deployment>('Deployment', NS, 'kilo-meds')!.spec.paused).toBeUndefined();
    await h.gateway.patchObject('Deployment', 'kilo-meds', [{ op: 'replace', path: '/spec/replicas', value: 4 }], 'json');
    expect(h.server.store.get<Deployment>('Deployment', NS, 'kilo-meds')!.spec.replicas).toBe(4);
    expect(h.server.requests.filter((r) => r.method === 'PATCH').map((r) => [r.contentType, r.query.get('dryRun')])).toEqual([
      ['application/merge-patch+json', 'All'],
      ['application/json-patch+json', null],
    ]);
  });

  it('reads logs with the query options', async () => {
    h = await startHarness();
    h.server.appendLog('kilo-meds-7568f7694c-x', 'ModuleNotFoundError: No module named \'prometheus_client\'\n');
    const text = await h.gateway.readLogs('kilo-meds-7568f7694c-x', { container: 'app', previous: true, tailLines: 50, timestamps: true });
    expect(text).toBe("ModuleNotFoundError: No module named 'prometheus_client'\n");
    const query = h.server.requests.at(-1)!.query;
    expect(h.server.requests.at(-1)!.path).toBe(`/api/v1/namespaces/${NS}/pods/kilo-meds-7568f7694c-x/log`);
    expect(Object.fromEntries(query)).toEqual({ container: 'app', previous: 'true', tailLines: '50', timestamps: 'true' });
  });

  it('follows logs as they arrive, keeping split characters whole, and ends when the server does', async () => {
    h = await startHarness();
    h.server.store.create(pod('p'));
    h.server.appendLog('p', 'first\n');
    const chunks: string[] = [];
    const ended = vi.fn();
    h.gateway.followLogs('p', { sinceTime: '2026-01-06T12:00:00Z' }, (t) => chunks.push(t), ended);
    await vi.waitFor(() => expect(chunks.join('')).toBe('first\n'));
    const euro = Buffer.from('€');
    h.server.appendLog('p', euro.subarray(0, 1));
    // Let the lone first byte travel as its own chunk before the rest follows.
    await new Promise((resolve) => setTimeout(resolve, 20));
    h.server.appendLog('p', Buffer.concat([euro.subarray(1), Buffer.from('\nsecond\n')]));
    await vi.waitFor(() => expect(chunks.join('')).toBe('first\n€\nsecond\n'));
    h.server.endLogStreams('p');
    await vi.waitFor(() => expect(ended).toHaveBeenCalledTimes(1));
    expect(ended).toHaveBeenCalledWith(undefined);
    expect(h.server.requests.at(-1)!.query.get('follow')).toBe('true');
    expect(h.server.requests.at(-1)!.query.get('sinceTime')).toBe('2026-01-06T12:00:00Z');
  });

  it('stopping a followed stream closes it without calling onEnd', async () => {
    h = await startHarness();
    const chunks: string[] = [];
    const ended = vi.fn();
    const stop = h.gateway.followLogs('p', {}, (t) => chunks.push(t), ended);
    await vi.waitFor(() => expect(h.server.requests.some((r) => r.path.endsWith('/log'))).toBe(true));
    h.server.appendLog('p', 'x\n');
    await vi.waitFor(() => expect(chunks).toEqual(['x\n']));
    expect(h.server.logFollowerCount('p')).toBe(1);
    stop();
    await vi.waitFor(() => expect(h.server.logFollowerCount('p')).toBe(0));
    h.server.appendLog('p', 'after\n');
    expect(chunks).toEqual(['x\n']);
    expect(ended).not.toHaveBeenCalled();
  });

  it('reports a failed follow through onEnd with the error', async () => {
    h = await startHarness();
    h.server.failNext({ pathIncludes: '/log' }, 400);
    const ended = vi.fn();
    h.gateway.followLogs('p', { container: 'nope' }, () => {}, ended);
    await vi.waitFor(() => expect(ended).toHaveBeenCalledTimes(1));
    expect(ended.mock.calls[0][0]).toMatchObject({ status: 400 });
  });
});

describe('gateway.close', () => {
  it('leaves no sockets behind after stopping watches and log streams', async () => {
    const sockets = () => process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP')).length;
    const baseline = sockets();
    const h = await startHarness();
    h.gateway.watch('Pod', { onSync: () => {}, onEvent: () => {}, onState: () => {} });
    h.gateway.followLogs('p', {}, () => {}, () => {});
    await vi.waitFor(() => expect(h.server.openWatchCount()).toBe(1));
    await vi.waitFor(() => expect(h.server.logFollowerCount('p')).toBe(1));
    expect(sockets()).toBeGreaterThan(baseline);
    h.gateway.close();
    // The server sees both requests end before it is stopped itself.
    await vi.waitFor(() => expect([h.server.openWatchCount(), h.server.logFollowerCount('p')]).toEqual([0, 0]));
    await h.cleanup();
    await vi.waitFor(() => expect(sockets()).toBeLessThanOrEqual(baseline));
  });
});
