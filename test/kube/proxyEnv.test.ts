// HTTPS_PROXY / NO_PROXY as kubectl honours them, through a tiny CONNECT proxy on 127.0.0.1. The
// API server is named kube.invalid, a name only the proxy resolves: a connection that succeeds went
// through the proxy, and one that bypasses it cannot reach the server at all.
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer, type Server } from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/kube/connect.js';
import { proxyFromEnvironment } from '../../src/kube/proxyEnv.js';
import { tempDir } from './kubeconfigFiles.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('proxyFromEnvironment', () => {
  const server = 'https://api.example.com:6443';
  it('uses HTTPS_PROXY (or https_proxy) for https servers, HTTP_PROXY for http ones', () => {
    expect(proxyFromEnvironment(server, { HTTPS_PROXY: 'http://proxy:3128' })).toBe('http://proxy:3128');
    expect(proxyFromEnvironment(server, { https_proxy: 'proxy:3128' })).toBe('http://proxy:3128');
    expect(proxyFromEnvironment(server, { HTTP_PROXY: 'http://proxy:3128' })).toBeUndefined();
    expect(proxyFromEnvironment('http://api.example.com', { HTTP_PROXY: 'http://proxy:3128' })).toBe('http://proxy:3128');
  });

  it('follows NO_PROXY: hosts, domains and their subdomains, leading dots, IPs, CIDR, ports and *', () => {
    const env = (noProxy: string) => ({ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: noProxy });
    expect(proxyFromEnvironment(server, env('example.com'))).toBeUndefined();
    expect(proxyFromEnvironment(server, env('.example.com'))).toBeUndefined();
    expect(proxyFromEnvironment('https://example.com', env('.example.com'))).toBe('http://proxy:3128');
    expect(proxyFromEnvironment(server, env('other.com, api.example.com:6443'))).toBeUndefined();
    expect(proxyFromEnvironment(server, env('api.example.com:443'))).toBe('http://proxy:3128');
    expect(proxyFromEnvironment('https://10.1.2.3:6443', env('10.0.0.0/8'))).toBeUndefined();
    expect(proxyFromEnvironment('https://10.1.2.3:6443', env('10.1.2.4'))).toBe('http://proxy:3128');
    expect(proxyFromEnvironment(server, env('*'))).toBeUndefined();
    expect(proxyFromEnvironment(server, { HTTPS_PROXY: 'http://proxy:3128', no_proxy: 'example.com' })).toBeUndefined();
  });

  it('never proxies localhost or a loopback address, as Go does', () => {
    expect(proxyFromEnvironment('https://127.0.0.1:6443', { HTTPS_PROXY: 'http://proxy:3128' })).toBeUndefined();
    expect(proxyFromEnvironment('https://localhost:6443', { HTTPS_PROXY: 'http://proxy:3128' })).toBeUndefined();
  });
});

describe('connecting through HTTPS_PROXY', () => {
  let api: Server;
  let proxy: http.Server;
  let apiPort: number;
  let proxyUrl: string;
  const tunnels: string[] = [];
  const sockets = new Set<net.Socket>();

  beforeEach(async () => {
    api = createServer({ key: fixture('server-key.pem'), cert: fixture('server-cert.pem') }, (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"major":"1","minor":"32"}');
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    apiPort = (api.address() as AddressInfo).port;
    tunnels.length = 0;
    proxy = http.createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      tunnels.push(req.url ?? '');
      sockets.add(client);
      const [host, port] = (req.url ?? '').split(':');
      if (host !== 'kube.invalid') return void client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      const upstream = net.connect(Number(port), '127.0.0.1', () => {
        sockets.add(upstream);
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    // Tunnelled sockets are no longer the HTTP server's to close.
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    api.closeAllConnections();
    proxy.closeAllConnections();
    await Promise.all([new Promise((resolve) => api.close(resolve)), new Promise((resolve) => proxy.close(resolve))]);
  });

  function kubeconfig(): string {
    const path = join(tempDir(), 'config');
    writeFileSync(
      path,
      stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'proxied',
        clusters: [{ name: 'c', cluster: { server: `https://kube.invalid:${apiPort}`, 'insecure-skip-tls-verify': true } }],
        users: [{ name: 'u', user: { token: 't' } }],
        contexts: [{ name: 'proxied', context: { cluster: 'c', user: 'u' } }],
      }),
    );
    return path;
  }

  it('tunnels to the API server through the proxy', async () => {
    const gateway = await connect({ kubeconfig: kubeconfig(), env: { HTTPS_PROXY: proxyUrl } });
    gateway.close();
    expect(tunnels).toContain(`kube.invalid:${apiPort}`);
  });

  it('goes direct for a host NO_PROXY names (and so cannot reach kube.invalid)', async () => {
    const error = await connect({ kubeconfig: kubeconfig(), env: { HTTPS_PROXY: proxyUrl, NO_PROXY: '.invalid' }, probeTimeoutMs: 3000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(tunnels).toEqual([]);
  });
});
