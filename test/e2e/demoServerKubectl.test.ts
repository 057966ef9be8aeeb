// Issue 2's acceptance: the real kubectl against the built `kilo-tui demo-server`.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';

let demo: DemoServerProcess;

beforeAll(async () => {
  demo = await startDemoServerProcess();
});

afterAll(async () => {
  await demo?.stop();
});

const rows = (table: string) => table.trim().split('\n').slice(1);

describe('kubectl against kilo-tui demo-server', () => {
  it('lists 14 deployments, 78 replicasets, 15 pods and 15 services with the report\'s names', async () => {
    const [deploy, rs, pods, svc] = await Promise.all([
      demo.kubectl('get', 'deploy', '-o', 'wide'),
      demo.kubectl('get', 'rs'),
      demo.kubectl('get', 'pods'),
      demo.kubectl('get', 'svc'),
    ]);
    expect(rows(deploy)).toHaveLength(14);
    expect(rows(rs)).toHaveLength(78);
    expect(rows(pods)).toHaveLength(15);
    expect(rows(svc)).toHaveLength(15);
    expect(deploy).toMatch(/kilo-socketio\s+1\/1\s+1\s+1\s+\S+\s+\S+\s+python:3\.11-slim/);
    expect(deploy).toMatch(/kilo-ollama\s+1\/1.*ollama\/ollama:latest/);
    expect(deploy).toMatch(/kilo-meds\s+1\/1\s+1\s+1.*kilo-meds:ai-brain-ocr-v2/);
    expect(rs).toMatch(/kilo-meds-55d9cd8856\s+1\s+1\s+1\s+23h/);
    expect(rs).toMatch(/kilo-meds-7568f7694c\s+1\s+1\s+0\s+7m/);
    expect(rows(rs).filter((row) => /\s0\s+0\s+0\s/.test(row))).toHaveLength(63);
    expect(pods).toMatch(/kilo-meds-7568f7694c-\w+\s+0\/1\s+CrashLoopBackOff\s+6 \(/);
    expect(pods).toMatch(/kilo-ai-brain-c679fb7f9-\w+\s+1\/1\s+Running\s+11 \(/);
    expect(rows(pods).filter((row) => /\s1\/1\s+Running\s/.test(row))).toHaveLength(14);
    expect(svc).toMatch(/kilo-frontend-external\s+NodePort\s+\S+\s+<none>\s+80:30000\/TCP/);
    expect(svc).toMatch(/kilo-gateway-external\s+NodePort\s+\S+\s+<none>\s+8000:30800\/TCP/);
    expect(svc).toMatch(/kilo-meds\s+ClusterIP\s+10\.43\.214\.225\s+<none>\s+9001\/TCP/);
  });

  it('serves kilo-data\'s StatefulSet by short name, plural and qualified name, with the pods it owns', async () => {
    const [sts, plural, wide, pods, owners] = await Promise.all([
      demo.kubectl('get', 'sts', '-n', 'kilo-data'),
      demo.kubectl('get', 'statefulsets', '-n', 'kilo-data', '-o', 'name'),
      demo.kubectl('get', 'statefulset.apps', '-n', 'kilo-data', '-o', 'wide'),
      demo.kubectl('get', 'pods', '-n', 'kilo-data', '-l', 'app=kilo-db'),
      demo.kubectl('get', 'pods', '-n', 'kilo-data', '-l', 'app=kilo-db', '-o', 'jsonpath={range .items[*]}{.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name} {end}'),
    ]);
    expect(rows(sts)).toHaveLength(1);
    expect(sts).toMatch(/^NAME\s+READY\s+AGE\nkilo-db\s+2\/2\s+21d/);
    expect(plural.trim()).toBe('statefulset.apps/kilo-db');
    expect(wide).toMatch(/kilo-db\s+2\/2\s+21d\s+postgres\s+postgres:16-alpine/);
    expect(rows(pods).map((row) => row.split(/\s+/).slice(0, 3).join(' '))).toEqual(['kilo-db-0 1/1 Running', 'kilo-db-1 1/1 Running']);
    expect(owners.trim()).toBe('StatefulSet/kilo-db StatefulSet/kilo-db');
    // The second namespace leaves the report's kilo-guardian as it was.
    expect(await demo.kubectl('get', 'sts')).toBe('');
  });

  it('prints the crash traceback with logs --previous and streams logs -f', async () => {
    const pod = (await demo.kubectl('get', 'pods', '-l', 'app=kilo-meds', '-o', 'name')).split('\n').find((p) => p.includes('7568f7694c'))!;
    const previous = await demo.kubectl('logs', '--previous', pod);
    expect(previous).toContain('File "/app/main.py", line 16, in <module>');
    expect(previous.trim().split('\n').at(-1)).toBe("ModuleNotFoundError: No module named 'prometheus_client'");

    const running = (await demo.kubectl('get', 'pods', '-l', 'app=kilo-cam', '-o', 'name')).trim();
    const follower = spawn('kubectl', ['--kubeconfig', demo.kubeconfig, 'logs', '-f', '--tail=0', '--timestamps', running]);
    let streamed = '';
    follower.stdout.on('data', (chunk) => (streamed += chunk));
    try {
      // A whole line: stdout may deliver it in more than one chunk.
      await eventually(async () => streamed.includes('\n'), 15_000, 'a streamed log line');
    } finally {
      follower.kill();
    }
    expect(streamed).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z /);
  });

  it('describes the crashing pod with its back-off events, found by involvedObject field selectors', async () => {
    const pod = (await demo.kubectl('get', 'pods', '-l', 'app=kilo-meds', '-o', 'name')).split('\n').find((p) => p.includes('7568f7694c'))!;
    const described = await demo.kubectl('describe', pod);
    expect(described).toMatch(/State:\s+Waiting\s+Reason:\s+CrashLoopBackOff/);
    expect(described).toMatch(/Last State:\s+Terminated\s+Reason:\s+Error\s+Exit Code:\s+1/);
    expect(described).toMatch(/Warning\s+BackOff\s+.*Back-off restarting failed container meds/);
  });

  it('prints replicaset changes as they happen with get rs -w', async () => {
    const watcher = spawn('kubectl', ['--kubeconfig', demo.kubeconfig, 'get', 'rs', '-w', '-l', 'app=kilo-voice']);
    let out = '';
    watcher.stdout.on('data', (chunk) => (out += chunk));
    try {
      await eventually(async () => out.includes('kilo-voice-9596547d4'), 10_000, 'the initial list');
      await demo.kubectl('scale', 'rs', 'kilo-voice-849d9d8bc6', '--replicas=0');
      await demo.kubectl('delete', 'rs', 'kilo-voice-849d9d8bc6');
      await eventually(async () => out.split('\n').filter((l) => l.startsWith('kilo-voice-849d9d8bc6')).length >= 2, 10_000, 'the watched delete');
    } finally {
      watcher.kill();
    }
  });

  it('deletes a stale replicaset', async () => {
    expect(await demo.kubectl('delete', 'rs', 'kilo-frontend-c55c86b64')).toContain('replicaset.apps "kilo-frontend-c55c86b64" deleted');
    await expect(demo.kubectl('get', 'rs', 'kilo-frontend-c55c86b64')).rejects.toThrow(/NotFound|not found/);
  });

  it('rolls kilo-meds back to kilo-meds:cb1; the crashing pod goes and rollout history agrees', async () => {
    expect(await demo.kubectl('rollout', 'undo', 'deployment/kilo-meds')).toContain('rolled back');
    await eventually(async () => {
      const pods = await demo.kubectl('get', 'pods', '-l', 'app=kilo-meds');
      return rows(pods).length === 1 && !pods.includes('CrashLoopBackOff') && pods.includes('kilo-meds-55d9cd8856');
    }, 15_000, 'the crashing pod to go');
    expect(await demo.kubectl('get', 'deploy', 'kilo-meds', '-o', 'jsonpath={.spec.template.spec.containers[0].image}')).toBe('kilo-meds:cb1');
    const history = await demo.kubectl('rollout', 'history', 'deployment/kilo-meds');
    const revisions = rows(history).map((row) => row.split(/\s+/)[0]).filter(Boolean);
    expect(revisions.at(-1)).toBe('10');
    expect(revisions).not.toContain('8');
    expect(await demo.kubectl('get', 'rs', 'kilo-meds-55d9cd8856', '-o', 'jsonpath={.metadata.annotations.deployment\\.kubernetes\\.io/revision}')).toBe('10');
  });

  it('prunes kilo-frontend to at most 4 replicasets after revisionHistoryLimit 3', async () => {
    await demo.kubectl('patch', 'deployment', 'kilo-frontend', '--type=merge', '-p', '{"spec":{"revisionHistoryLimit":3}}');
    await eventually(async () => rows(await demo.kubectl('get', 'rs', '-l', 'app=kilo-frontend')).length <= 4, 10_000, 'pruning');
    expect(await demo.kubectl('get', 'rs', '-l', 'app=kilo-frontend', '-o', 'name')).toContain('kilo-frontend-6bf69bcfbf');
  });

  it('scales and restarts a deployment', async () => {
    await demo.kubectl('scale', 'deployment/kilo-cam', '--replicas=2');
    await eventually(async () => rows(await demo.kubectl('get', 'pods', '-l', 'app=kilo-cam')).filter((r) => r.includes('Running')).length === 2, 10_000, 'two cam pods');
    const before = (await demo.kubectl('get', 'rs', '-l', 'app=kilo-habits', '-o', 'name')).trim().split('\n');
    expect(await demo.kubectl('rollout', 'restart', 'deployment/kilo-habits')).toContain('restarted');
    const status = await demo.kubectl('rollout', 'status', 'deployment/kilo-habits', '--timeout=30s');
    expect(status).toContain('successfully rolled out');
    const after = (await demo.kubectl('get', 'rs', '-l', 'app=kilo-habits', '-o', 'name')).trim().split('\n');
    expect(after.filter((name) => !before.includes(name))).toHaveLength(1);
  });

  it('answers 409 to a delete with a stale resourceVersion precondition and deletes nothing', async () => {
    const rs = JSON.parse(await demo.kubectl('get', 'rs', 'kilo-ollama-6956c66b8d', '-o', 'json'));
    const response = await fetch(`${demo.url}/apis/apps/v1/namespaces/kilo-guardian/replicasets/kilo-ollama-6956c66b8d`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'DeleteOptions', apiVersion: 'v1', preconditions: { resourceVersion: String(Number(rs.metadata.resourceVersion) - 1) } }),
    });
    expect(response.status).toBe(409);
    const status = await response.json();
    expect(status).toMatchObject({ kind: 'Status', reason: 'Conflict', code: 409 });
    expect(await demo.kubectl('get', 'rs', 'kilo-ollama-6956c66b8d', '-o', 'name')).toContain('kilo-ollama-6956c66b8d');
  });
});
