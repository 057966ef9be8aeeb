// Reads keep their connection: the metrics poll every 15 s and the liveness probe are requests on
// an open connection, not a TCP and TLS handshake each (on a tablet that was most of an idle poll's
// CPU). Writes still get a connection of their own, and a GET that meets a kept connection the
// server has just closed is asked again on a new one.
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/kube/connect.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { tempDir, writeKubeconfigFile } from './kubeconfigFiles.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const kubeconfigFor = (server: string, clusterFields: Record<string, unknown>): string =>
  writeKubeconfigFile(tempDir(), 'config', [{ name: 'k', server, namespace: 'ns', token: 't', clusterFields }], 'k');

/** A minimal API server: /version, the namespace's PodMetrics, and a ConfigMap PATCH. */
function answer(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('content-type', 'application/json');
  req.resume();
  req.on('end', () => {
    if (req.url === '/version') return void res.end('{"major":"1","minor":"31"}');
    if (req.url?.startsWith('/apis/metrics.k8s.io/v1beta1/namespaces/ns/pods')) {
      return void res.end(JSON.stringify({ kind: 'PodMetricsList', apiVersion: 'metrics.k8s.io/v1beta1', metadata: {}, items: [] }));
    }
    res.end(JSON.stringify({ kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'c', namespace: 'ns', resourceVersion: '2' } }));
  });
}

const servers: Server[] = [];
const gateways: ClusterGateway[] = [];
afterEach(async () => {
  for (const gateway of gateways.splice(0)) gateway.close();
  for (const server of servers.splice(0)) {
    (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function listen<T extends Server>(server: T): Promise<{ server: T; port: number }> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

async function open(kubeconfig: string): Promise<ClusterGateway> {
  // No liveness probe in between: each request below is one the test sends.
  const gateway = await connect({ kubeconfig, env: {}, gateway: { liveness: { quietMs: 3_600_000 } } });
  gateways.push(gateway);
  return gateway;
}

describe('keep-alive for reads', () => {
  it('polls metrics over one TLS connection: one handshake for the probe and three polls', async () => {
    const { server, port } = await listen(createHttpsServer({ key: fixture('server-key.pem'), cert: fixture('server-cert.pem') }, answer));
    let handshakes = 0;
    server.on('secureConnection', () => handshakes++);
    const ca = Buffer.from(fixture('server-cert.pem')).toString('base64');
    const gateway = await open(kubeconfigFor(`https://127.0.0.1:${port}`, { 'certificate-authority-data': ca }));
    for (let poll = 0; poll < 3; poll++) expect(await gateway.podMetrics!({ timeoutMs: 5000 })).toEqual([]);
    expect(handshakes).toBe(1);
  });

  it('keeps one connection over plain HTTP, and gives each write a connection of its own', async () => {
    const { server, port } = await listen(createHttpServer(answer));
    const connections: Socket[] = [];
    server.on('connection', (socket: Socket) => connections.push(socket));
    const gateway = await open(kubeconfigFor(`http://127.0.0.1:${port}`, { 'insecure-skip-tls-verify': true }));
    await gateway.podMetrics!();
    await gateway.podMetrics!();
    expect(connections).toHaveLength(1);
    await gateway.patchObject('ConfigMap', 'c', { data: { a: '1' } }, 'merge');
    await gateway.patchObject('ConfigMap', 'c', { data: { a: '2' } }, 'merge');
    expect(connections).toHaveLength(3);
    await gateway.podMetrics!();
    expect(connections).toHaveLength(3);
  });

  it('asks a GET again on a new connection when the kept one was closed under it', async () => {
    let served = 0;
    const { server, port } = await listen(
      createHttpServer((req, res) => {
        served++;
        // The second request on the kept connection meets a server that is closing it.
        if (served === 2) return void req.socket.destroy();
        answer(req, res);
      }),
    );
    const connections: Socket[] = [];
    server.on('connection', (socket: Socket) => connections.push(socket));
    const gateway = await open(kubeconfigFor(`http://127.0.0.1:${port}`, { 'insecure-skip-tls-verify': true }));
    expect(await gateway.podMetrics!()).toEqual([]);
    expect(served).toBe(3);
    expect(connections).toHaveLength(2);
  });
});
