// `kilo-tui verify` as a user runs it: the built binary, its checklist and its exit code.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/tmux.js';
import { startDemoServerProcess } from '../helpers/demoServerProcess.js';
import { scratchDir } from '../helpers/scratchDir.js';

function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_PATH, ...args], { timeout: 60_000, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('kilo-tui verify', () => {
  it('fails on the demo as captured (exit 1), naming the crash loop, the stale image, the second active ReplicaSet and the stuck rollout', async () => {
    const { code, stdout, stderr } = await runCli('verify', '--demo', '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { passed: boolean; items: { id: string; title: string; pass: boolean; failures: string[]; details: string[] }[] };
    expect(report.passed).toBe(false);
    const byId = Object.fromEntries(report.items.map((i) => [i.id, i]));
    expect(Object.keys(byId)).toEqual(['podsReady', 'currentImages', 'replicaSets', 'serviceEndpoints', 'orphans', 'rollouts']);
    expect(byId.podsReady.failures).toEqual([expect.stringMatching(/^pod kilo-meds-7568f7694c-\w+: CrashLoopBackOff, 0\/1 ready, 6 restarts$/)]);
    expect(byId.currentImages.failures[0]).toMatch(/runs kilo-meds:cb1, the template says kilo-meds:ai-brain-ocr-v2$/);
    expect(byId.replicaSets.failures).toEqual(['deployment kilo-meds: 2 active ReplicaSets (kilo-meds-55d9cd8856 besides the current one)']);
    // Read from the EndpointSlices: kilo-meds' old pod serves, its crash-looping one is published not ready.
    expect(byId.serviceEndpoints.pass).toBe(true);
    expect(byId.serviceEndpoints.title).toBe('Every Service selects at least one ready endpoint');
    expect(byId.serviceEndpoints.details).toContain('kilo-meds: 1 ready endpoint');
    expect(byId.serviceEndpoints.details).toHaveLength(15);
    expect(byId.orphans.pass).toBe(true);
    expect(byId.orphans.details).toEqual(['1 PersistentVolumeClaim checked']);
    expect(byId.rollouts.failures[0]).toMatch(/^deployment kilo-meds: stuck \(CrashLoopBackOff on pod kilo-meds-7568f7694c-\w+\)$/);
  }, 90_000);

  it('judges from the ready pods when EndpointSlices are forbidden, and says so; an unbound PVC is an orphan', async () => {
    const server = await startDemoServerProcess(['--faults', 'fault=403,path=/apis/discovery.k8s.io/v1/namespaces/*/endpointslices']);
    try {
      await server.kubectl('scale', 'deployment/kilo-cam', '--replicas=0', '-n', 'kilo-guardian');
      const claim = join(scratchDir('kilo-verify-'), 'claim.json');
      writeFileSync(claim, JSON.stringify({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'kilo-scratch' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }));
      await server.kubectl('create', '-n', 'kilo-guardian', '--validate=false', '-f', claim);
      const { code, stdout } = await runCli('verify', '--kubeconfig', server.kubeconfig, '--format', 'json');
      expect(code).toBe(1);
      const byId = Object.fromEntries((JSON.parse(stdout) as { items: { id: string; title: string; failures: string[]; details: string[] }[] }).items.map((i) => [i.id, i]));
      expect(byId.serviceEndpoints.title).toBe('Every Service selects at least one ready endpoint (from pods: EndpointSlices not listed)');
      expect(byId.serviceEndpoints.details[0]).toMatch(/^EndpointSlices could not be listed \(forbidden: .+\): judged from the ready pods each selector matches$/);
      expect(byId.serviceEndpoints.failures).toEqual(['service kilo-cam: no ready endpoint']);
      expect(byId.orphans.failures).toEqual(['service kilo-cam: selects no pod', 'persistentvolumeclaim kilo-scratch: Pending, not bound']);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('prints Markdown by default, and takes only its own flags', async () => {
    const md = await runCli('verify', '--demo');
    expect(md.code).toBe(1);
    expect(md.stdout).toContain('# Verification checklist: kilo-guardian');
    expect(md.stdout).toContain('- [x] ✔ Every Service selects at least one ready endpoint');
    expect(md.stdout).toContain('- [ ] ✘ No rollout in progress or stuck');
    const usage = await runCli('verify', '--plan');
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim().split('\n')).toHaveLength(1);
    expect((await runCli('verify', '--help')).stdout).toContain('Exit codes: 0 every item passes, 1 an item fails, 2 usage or connection error.');
  }, 90_000);
});
