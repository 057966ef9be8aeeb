// An exec credential plugin whose credential has no expirationTimestamp runs once, not once per
// request (client-go keeps it until a 401); after a 401 it runs again and the request is retried.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/kube/connect.js';
import { tempDir } from './kubeconfigFiles.js';

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

describe('exec credential plugin', () => {
  it('runs once for many requests, and again after a 401', async () => {
    const dir = tempDir();
    const runs = join(dir, 'runs');
    writeFileSync(runs, '');
    const plugin = join(dir, 'plugin.sh');
    // Each run appends a line and hands out token-<run number>, with no expirationTimestamp.
    writeFileSync(
      plugin,
      `#!/usr/bin/env bash
echo run >> '${runs}'
n=$(wc -l < '${runs}')
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"token-%s"}}' "$n"
`,
    );
    chmodSync(plugin, 0o755);
    let accepted = 'Bearer token-1';
    const seen: string[] = [];
    server = http.createServer((req, res) => {
      seen.push(req.headers.authorization ?? '');
      if (req.headers.authorization !== accepted) {
        res.writeHead(401, { 'content-type': 'application/json' });
        return void res.end('{"kind":"Status","apiVersion":"v1","status":"Failure","code":401,"reason":"Unauthorized","message":"Unauthorized"}');
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(req.url?.startsWith('/version') ? '{"major":"1","minor":"32"}' : '{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[]}');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const kubeconfig = join(dir, 'config');
    writeFileSync(
      kubeconfig,
      stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'exec',
        clusters: [{ name: 'c', cluster: { server: url } }],
        users: [{ name: 'u', user: { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: plugin, interactiveMode: 'Never' } } }],
        contexts: [{ name: 'exec', context: { cluster: 'c', user: 'u', namespace: 'ns' } }],
      }),
    );
    const gateway = await connect({ kubeconfig, env: {} });
    for (let i = 0; i < 8; i++) await gateway.list('Pod');
    const runCount = () => readFileSync(runs, 'utf8').split('\n').filter(Boolean).length;
    expect(runCount()).toBe(1);

    // The server stops accepting the first token: one 401, a new credential, the request retried.
    accepted = 'Bearer token-2';
    await gateway.list('Pod');
    expect(runCount()).toBe(2);
    await gateway.list('Pod');
    expect(runCount()).toBe(2);
    expect(seen.slice(-3)).toEqual(['Bearer token-1', 'Bearer token-2', 'Bearer token-2']);
    gateway.close();
  });
});
