// `kilo-tui verify` as a user runs it: the built binary, its checklist and its exit code.
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/tmux.js';

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
    const report = JSON.parse(stdout) as { passed: boolean; items: { id: string; pass: boolean; failures: string[] }[] };
    expect(report.passed).toBe(false);
    const byId = Object.fromEntries(report.items.map((i) => [i.id, i]));
    expect(Object.keys(byId)).toEqual(['podsReady', 'currentImages', 'replicaSets', 'serviceEndpoints', 'orphans', 'rollouts']);
    expect(byId.podsReady.failures).toEqual([expect.stringMatching(/^pod kilo-meds-7568f7694c-\w+: CrashLoopBackOff, 0\/1 ready, 6 restarts$/)]);
    expect(byId.currentImages.failures[0]).toMatch(/runs kilo-meds:cb1, the template says kilo-meds:ai-brain-ocr-v2$/);
    expect(byId.replicaSets.failures).toEqual(['deployment kilo-meds: 2 active ReplicaSets (kilo-meds-55d9cd8856 besides the current one)']);
    expect(byId.serviceEndpoints.pass).toBe(true);
    expect(byId.orphans.pass).toBe(true);
    expect(byId.rollouts.failures[0]).toMatch(/^deployment kilo-meds: stuck \(CrashLoopBackOff on pod kilo-meds-7568f7694c-\w+\)$/);
  }, 90_000);

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
