// A Kubernetes API server that answers what a test scripts, including what a real one would not
// send (list items that are `42` or `{"metadata":null}`), for end-to-end tests of hostile data.
// Lists answer from `lists` (or fail with `listStatus`); watches stay open and quiet; a namespace
// exists unless `namespaceMissing`; /version can be slowed to keep kilo-tui connecting.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Script {
  /** Items per resource (deployments, replicasets, pods, services, events). */
  lists?: Record<string, unknown[]>;
  /** Every list answers this status instead (a 500 at startup). */
  listStatus?: number;
  namespaceMissing?: boolean;
  versionDelayMs?: number;
}

export interface ScriptedServer {
  url: string;
  /** Resolves when kilo-tui asks for /version, i.e. it is running and connecting. */
  versionRequested: Promise<void>;
  /** A kubeconfig for this server with `namespace` as the context's namespace. */
  kubeconfig(dir: string, namespace: string): string;
  close(): Promise<void>;
}

const LIST = /^\/(?:api\/v1|apis\/apps\/v1)\/namespaces\/([^/]+)\/([^/]+)$/;
const NAMESPACE = /^\/api\/v1\/namespaces\/([^/]+)$/;

function status(res: http.ServerResponse, code: number, reason: string, message: string): void {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code, reason, message }));
}

export async function startScriptedServer(script: Script): Promise<ScriptedServer> {
  const open = new Set<http.ServerResponse>();
  let versionAsked!: () => void;
  const versionRequested = new Promise<void>((resolve) => (versionAsked = resolve));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/version') {
      versionAsked();
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ major: '1', minor: '32', gitVersion: 'v1.32.0' }));
      }, script.versionDelayMs ?? 0);
      return;
    }
    const ns = NAMESPACE.exec(url.pathname);
    if (ns) {
      if (script.namespaceMissing) return status(res, 404, 'NotFound', `namespaces "${ns[1]}" not found`);
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ kind: 'Namespace', apiVersion: 'v1', metadata: { name: ns[1], uid: `ns-${ns[1]}` } }));
    }
    const list = LIST.exec(url.pathname);
    if (!list) return status(res, 404, 'NotFound', 'not scripted');
    if (script.listStatus) return status(res, script.listStatus, 'InternalError', 'scripted failure');
    if (url.searchParams.get('watch') === 'true') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('');
      open.add(res);
      res.on('close', () => open.delete(res));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ kind: 'List', apiVersion: 'v1', metadata: { resourceVersion: '10' }, items: script.lists?.[list[2]] ?? [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    versionRequested,
    kubeconfig(dir, namespace) {
      const path = join(dir, 'kubeconfig');
      writeFileSync(
        path,
        `apiVersion: v1
kind: Config
current-context: scripted
clusters: [{ name: c, cluster: { server: "${url}" } }]
users: [{ name: u, user: { token: t } }]
contexts: [{ name: scripted, context: { cluster: c, user: u, namespace: ${namespace} } }]
`,
      );
      return path;
    },
    async close() {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
