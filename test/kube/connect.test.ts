import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/kube/connect.js';
import { ConnectError } from '../../src/kube/types.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { startFakeApiServer } from '../helpers/fakeApiServer.js';
import type { FakeApiServer } from '../helpers/fakeApiServer.js';
import { tempDir, writeKubeconfigFile } from './kubeconfigFiles.js';

async function connectError(promise: Promise<unknown>): Promise<ConnectError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectError);
  expect((error as Error).message).not.toContain('\n');
  return error as ConnectError;
}

describe('connect', () => {
  let server: FakeApiServer | undefined;
  let gateway: ClusterGateway | undefined;
  afterEach(async () => {
    gateway?.close();
    await server?.stop();
    server = gateway = undefined;
  });

  it('connects to a plain-http server and reports context, server and namespace', async () => {
    server = await startFakeApiServer();
    const file = writeKubeconfigFile(tempDir(), 'c', [{ name: 'a', server: server.url, namespace: 'kilo-guardian' }, { name: 'b', server: server.url }], 'a');
    gateway = await connect({ kubeconfig: file, context: 'b', env: {} });
    expect([gateway.context, gateway.currentContext, gateway.server, gateway.namespace]).toEqual(['b', 'a', server.url, 'default']);
    expect(server.requests.map((r) => r.path)).toEqual(['/version']);
  });

  it('sends the kubeconfig token as a bearer token', async () => {
    const seen: (string | undefined)[] = [];
    const probe = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.end('{}');
    });
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    const probeFile = writeKubeconfigFile(tempDir(), 'c', [{ name: 'a', server: `http://127.0.0.1:${port}`, token: 'abc123' }], 'a');
    gateway = await connect({ kubeconfig: probeFile, env: {} });
    gateway.close();
    gateway = undefined;
    await new Promise((resolve) => probe.close(resolve));
    probe.closeAllConnections();
    expect(seen).toEqual(['Bearer abc123']);
  });

  it('says the server refuses connections, naming it', async () => {
    const down = await startFakeApiServer();
    await down.stop();
    const file = writeKubeconfigFile(tempDir(), 'c', [{ name: 'a', server: down.url }], 'a');
    const error = await connectError(connect({ kubeconfig: file, env: {} }));
    expect(error.message).toBe(`cannot reach ${down.url}: connection refused`);
  });

  it('explains 401 and 403 on the probe', async () => {
    server = await startFakeApiServer();
    const file = writeKubeconfigFile(tempDir(), 'c', [{ name: 'a', server: server.url }], 'a');
    server.failNext({ pathIncludes: '/version' }, 401);
    expect((await connectError(connect({ kubeconfig: file, env: {} }))).message).toBe(`${server.url} rejected the credentials of user "a-user" (401 Unauthorized)`);
    server.failNext({ pathIncludes: '/version' }, 403);
    expect((await connectError(connect({ kubeconfig: file, env: {} }))).message).toMatch(/denied access to user "a-user" \(403 Forbidden\)/);
  });

  it('skips the probe when asked', async () => {
    const down = await startFakeApiServer();
    await down.stop();
    const file = writeKubeconfigFile(tempDir(), 'c', [{ name: 'a', server: down.url }], 'a');
    gateway = await connect({ kubeconfig: file, env: {}, probe: false });
    expect(gateway.server).toBe(down.url);
  });
});
