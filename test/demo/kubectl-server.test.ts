// The real kubectl against the demo server, with nothing but --kubeconfig.
import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from '../../src/domain/resources.js';
import { writeKubeconfig } from '../../src/demo/kubeconfig.js';
import { startDemoServer, type DemoServer } from '../../src/demo/server.js';
import { call } from './serverHttpClient.js';
import { createTestCluster, NAMESPACE, START, type TestCluster } from './serverTestCluster.js';

let cluster: TestCluster;
let server: DemoServer;
let dir: string;
let kubeconfig: string;

const env = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: dir, KUBECACHEDIR: join(dir, 'cache') });

const kubectl = (...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> =>
  new Promise((resolve) => {
    execFile('kubectl', ['--kubeconfig', kubeconfig, ...args], { env: env() }, (error, stdout, stderr) => {
      resolve({ stdout, stderr, code: error ? Number((error as { code?: number }).code ?? 1) : 0 });
    });
  });

/** Starts a long-running kubectl; waitFor resolves once its stdout contains `text` (or matches it). */
const startKubectl = (args: string[]): { child: ChildProcess; output: () => string; waitFor: (text: string | RegExp) => Promise<void> } => {
  const child = execFile('kubectl', ['--kubeconfig', kubeconfig, ...args], { env: env() });
  let output = '';
  const seen = (text: string | RegExp) => (typeof text === 'string' ? output.includes(text) : text.test(output));
  const waiters: { text: string | RegExp; resolve: () => void }[] = [];
  child.stdout!.on('data', (chunk: Buffer | string) => {
    output += chunk.toString();
    for (const w of [...waiters]) if (seen(w.text)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  return {
    child,
    output: () => output,
    waitFor: (text) => new Promise((resolve) => (seen(text) ? resolve() : waiters.push({ text, resolve }))),
  };
};

beforeAll(async () => {
  cluster = createTestCluster();
  server = await startDemoServer({ store: cluster.store, logs: cluster.logs, clock: cluster.clock });
  dir = mkdtempSync(join(tmpdir(), 'kilo-kubectl-'));
  kubeconfig = join(dir, 'kubeconfig');
  writeKubeconfig(kubeconfig, { server: server.url, namespace: NAMESPACE });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('kubectl against the demo server', () => {
  it('get deploy,rs,pods,svc prints the names and the usual columns', async () => {
    const { stdout, code, stderr } = await kubectl('get', 'deploy,rs,pods,svc');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE/);
    expect(stdout).toMatch(/deployment\.apps\/web\s+1\/1\s+1\s+1\s+3d/);
    expect(stdout).toMatch(/NAME\s+DESIRED\s+CURRENT\s+READY\s+AGE/);
    expect(stdout).toMatch(/replicaset\.apps\/web-a1\s+0\s+0\s+0\s+120m/);
    expect(stdout).toMatch(/pod\/web-b2-crashing\s+0\/1\s+CrashLoopBackOff\s+6 \(45s ago\)\s+10m/);
    expect(stdout).toMatch(/service\/web-external\s+NodePort\s+10\.43\.106\.87\s+<none>\s+80:30000\/TCP\s+24h/);
  });

  it('get -o wide adds the priority columns and short names resolve', async () => {
    const { stdout } = await kubectl('get', 'po', '-o', 'wide');
    expect(stdout).toMatch(/web-b2-running\s+1\/1\s+Running\s+0\s+10m\s+10\.42\.0\.7\s+kilo-node/);
    expect((await kubectl('get', 'ns')).stdout).toMatch(/shop\s+Active/);
  });

  it('get rs -w prints a change made to the store while it watches', async () => {
    const watch = startKubectl(['get', 'rs', '-w']);
    try {
      await watch.waitFor('web-b2');
      cluster.store.mutate<ReplicaSet>('ReplicaSet', NAMESPACE, 'web-a1', (rs) => {
        rs.spec.replicas = 4;
      });
      // The whole line: stdout may deliver it in more than one chunk.
      await watch.waitFor(/web-a1\s+4\s+.*\n/);
      expect(watch.output()).toMatch(/web-a1\s+4\s+0\s+0\s+120m\n/);
    } finally {
      watch.child.kill();
    }
  });

  it('patch --type=merge and --type=json change the deployment', async () => {
    expect((await kubectl('patch', 'deployment', 'web', '--type=merge', '-p', '{"spec":{"revisionHistoryLimit":3}}')).stdout).toContain('deployment.apps/web patched');
    expect(cluster.store.get<Deployment>('Deployment', NAMESPACE, 'web')!.spec.revisionHistoryLimit).toBe(3);
    const json = await kubectl('patch', 'deployment', 'web', '--type=json', '-p', '[{"op":"replace","path":"/spec/template/spec/containers/0/image","value":"web:v9"}]');
    expect(json.code).toBe(0);
    expect(cluster.store.get<Deployment>('Deployment', NAMESPACE, 'web')!.spec.template.spec.containers[0].image).toBe('web:v9');
  });

  it('scale deployment/web --replicas=2 changes spec.replicas', async () => {
    const { stdout, code } = await kubectl('scale', 'deployment/web', '--replicas=2');
    expect(code).toBe(0);
    expect(stdout).toContain('deployment.apps/web scaled');
    expect(cluster.store.get<Deployment>('Deployment', NAMESPACE, 'web')!.spec.replicas).toBe(2);
  });

  it('rollout history lists the revisions of the deployment\'s ReplicaSets', async () => {
    const { stdout, code } = await kubectl('rollout', 'history', 'deployment/web');
    expect(code).toBe(0);
    expect(stdout).toMatch(/REVISION\s+CHANGE-CAUSE\n1\s+<none>\n2\s+<none>/);
  });

  it('rollout undo patches the template of the previous revision in; rollout restart stamps restartedAt', async () => {
    const undo = await kubectl('rollout', 'undo', 'deployment/web');
    expect(undo.stdout).toContain('deployment.apps/web rolled back');
    const rolledBack = cluster.store.get<Deployment>('Deployment', NAMESPACE, 'web')!;
    expect(rolledBack.spec.template.spec.containers[0].image).toBe('web:v1');
    expect(rolledBack.spec.template.metadata?.labels).toEqual({ app: 'web' });
    expect((await kubectl('rollout', 'restart', 'deployment/web')).code).toBe(0);
    const restarted = cluster.store.get<Deployment>('Deployment', NAMESPACE, 'web')!;
    expect(restarted.spec.template.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt']).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('logs prints the log and logs -f streams a line appended after it started', async () => {
    expect((await kubectl('logs', 'web-b2-running')).stdout).toBe('server started\nGET /health 200\n');
    const waiting = await kubectl('logs', 'web-b2-pending');
    expect(waiting.code).not.toBe(0);
    expect(waiting.stderr).toContain('container "web" in pod "web-b2-pending" is waiting to start: ContainerCreating');
    const follow = startKubectl(['logs', '-f', 'web-b2-running']);
    try {
      await follow.waitFor('GET /health 200');
      cluster.logs.append('web-b2-running', { time: START, text: 'appended while following' });
      await follow.waitFor('appended while following');
    } finally {
      follow.child.kill();
    }
  });

  it('delete rs removes the ReplicaSet', async () => {
    const { stdout, code } = await kubectl('delete', 'rs', 'web-a1');
    expect(code).toBe(0);
    expect(stdout).toContain('replicaset.apps "web-a1" deleted');
    expect(cluster.store.get('ReplicaSet', NAMESPACE, 'web-a1')).toBeUndefined();
  });

  it('a raw DELETE with a stale resourceVersion precondition answers 409 and deletes nothing', async () => {
    const stale = await call(server.url, 'DELETE', `/apis/apps/v1/namespaces/${NAMESPACE}/replicasets/web-b2`, { body: { preconditions: { resourceVersion: '2' } } });
    expect(stale.status).toBe(409);
    expect(cluster.store.get('ReplicaSet', NAMESPACE, 'web-b2')).toBeDefined();
    const options = join(dir, 'stale-delete.json');
    writeFileSync(options, JSON.stringify({ kind: 'DeleteOptions', apiVersion: 'v1', preconditions: { resourceVersion: '2' } }));
    const viaKubectl = await kubectl('delete', '--raw', `/apis/apps/v1/namespaces/${NAMESPACE}/replicasets/web-b2`, '-f', options);
    expect(viaKubectl.code).not.toBe(0);
    expect(viaKubectl.stderr).toContain('Precondition failed');
    expect(cluster.store.get('ReplicaSet', NAMESPACE, 'web-b2')).toBeDefined();
  });
});
