// HTTPS servers: the kubeconfig's CA is trusted, an unknown CA is one clear line, and
// insecure-skip-tls-verify is honoured. The key pair in fixtures/ is a self-signed test-only pair.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/kube/connect.js';
import { ConnectError } from '../../src/kube/types.js';
import { tempDir, writeKubeconfigFile } from './kubeconfigFiles.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const kubeconfigFor = (server: string, clusterFields: Record<string, unknown>): string =>
  writeKubeconfigFile(tempDir(), 'config', [{ name: 'tls', server, token: 't', clusterFields }], 'tls');

describe('TLS', () => {
  let server: Server;
  let url: string;
  beforeEach(async () => {
    server = createServer({ key: fixture('server-key.pem'), cert: fixture('server-cert.pem') }, (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"major":"1","minor":"31"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('trusts certificate-authority-data from the kubeconfig', async () => {
    const ca = Buffer.from(fixture('server-cert.pem')).toString('base64');
    const gateway = await connect({ kubeconfig: kubeconfigFor(url, { 'certificate-authority-data': ca }), env: {} });
    expect(gateway.server).toBe(url);
    gateway.close();
  });

  it('rejects an unknown CA in one line naming the server', async () => {
    const error = await connect({ kubeconfig: kubeconfigFor(url, {}), env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectError);
    expect((error as Error).message).toMatch(new RegExp(`^TLS error talking to ${url}: .*self[- ]signed`));
  });

  it('honours insecure-skip-tls-verify', async () => {
    const gateway = await connect({ kubeconfig: kubeconfigFor(url, { 'insecure-skip-tls-verify': true }), env: {} });
    gateway.close();
    expect(gateway.context).toBe('tls');
  });
});
