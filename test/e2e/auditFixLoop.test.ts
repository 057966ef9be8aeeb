// Issue 6's acceptance: the audit's own fix script, run by bash and the real kubectl against the
// built `kilo-tui demo-server`, clears every CRITICAL and HIGH finding, and the exit code says so.
// The order is the one a user follows: fix, let the rollback settle, audit again (the crashed
// ReplicaSet is stale now), fix that, audit.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditJsonV1 } from '../../src/domain/audit/report/json.js';
import { eventually, startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';
import { CLI_PATH } from '../helpers/tmux.js';
import { scratchDir } from '../helpers/scratchDir.js';

let demo: DemoServerProcess;
const scratch = scratchDir('kilo-audit-e2e-');

beforeAll(async () => {
  demo = await startDemoServerProcess();
});

afterAll(async () => {
  await demo?.stop();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, args, { env, timeout: 120_000, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const audit = (...args: string[]) => run(process.execPath, [CLI_PATH, 'audit', '--kubeconfig', demo.kubeconfig, ...args]);

async function auditJson(): Promise<{ code: number; report: AuditJsonV1 }> {
  const { code, stdout, stderr } = await audit('--format', 'json');
  if (!stdout) throw new Error(`audit printed nothing (exit ${code}): ${stderr}`);
  return { code, report: JSON.parse(stdout) as AuditJsonV1 };
}

/** Writes `kilo-tui audit --plan` to a file and runs it with bash, kubectl reading KUBECONFIG. */
async function runPlanScript(name: string): Promise<{ script: string; result: Run }> {
  const { stdout: script, code } = await audit('--plan');
  expect([1, 3]).toContain(code);
  const path = join(scratch, `${name}.sh`);
  writeFileSync(path, script);
  const result = await run('bash', [path], { ...process.env, KUBECONFIG: demo.kubeconfig });
  return { script, result };
}

const ids = (report: AuditJsonV1) => report.findings.map((f) => `${f.severity} ${f.id}`);

describe('audit → fix script → audit, against the demo server', () => {
  it('starts with the seed findings and exit 3', async () => {
    const { code, report } = await auditJson();
    expect(code).toBe(3);
    expect(report.exitCode).toBe(3);
    expect(ids(report).slice(0, 2)).toEqual(['CRITICAL stuck-rollout/kilo-meds', 'HIGH stale-replicasets']);
    expect(report.summary.replicaSets).toEqual({ total: 78, active: 15, stale: 63 });
  });

  // About 80 kubectl processes and five audits, one after another: some 12 s on an idle 2-core
  // machine, past the 30 s default when another test run shares the CPUs.
  it('runs the fix script, audits again after the rollback settles, fixes what it then finds, and ends with no CRITICAL or HIGH (exit 1)', async () => {
    const first = await runPlanScript('first');
    expect(first.result.stderr).toBe('');
    expect(first.result.code).toBe(0);
    expect(first.script).toContain('kubectl rollout undo deployment/kilo-meds -n kilo-guardian --to-revision=8');
    expect(first.result.stdout).toContain('deployment.apps/kilo-meds rolled back');
    expect(first.result.stdout.match(/replicaset\.apps "[^"]+" deleted/g)).toHaveLength(63);
    expect(first.result.stdout.match(/deployment\.apps\/kilo-[a-z-]+ patched/g)).toHaveLength(14);
    // kilo-ai-brain's OOM kills (MEDIUM): its memory limit raised, which rolls it to a new ReplicaSet.
    expect(first.script).toContain('kubectl set resources deployment/kilo-ai-brain -c ai-brain --limits=memory=2560Mi -n kilo-guardian');
    expect(first.result.stdout).toContain('deployment.apps/kilo-ai-brain resource requirements updated');

    // The rollback settles: the crashing pod goes, kilo-meds is healthy again.
    // The rollback and kilo-ai-brain's rollout settle: the crashing pod goes, kilo-meds is healthy
    // again, and kilo-ai-brain's old ReplicaSet has given its pod to the new one.
    const staleNames = (report: AuditJsonV1) => report.findings.find((f) => f.id === 'stale-replicasets')?.plan?.operations.map((op) => op.name).sort() ?? [];
    const settled = await eventually(async () => {
      const { report } = await auditJson();
      return report.findings.every((f) => f.severity !== 'CRITICAL') && report.health.healthy === 14 && staleNames(report).length === 2 ? report : undefined;
    }, 30_000, 'the kilo-meds rollback and the kilo-ai-brain rollout to settle');
    // The crashed revision and ai-brain's previous one are now stale, so the fresh audit offers to delete them.
    const stale = settled.findings.find((f) => f.id === 'stale-replicasets');
    expect(stale?.severity).toBe('HIGH');
    expect(staleNames(settled)).toEqual(['kilo-ai-brain-c679fb7f9', 'kilo-meds-7568f7694c']);
    // Its new pod has not been killed (2560Mi is ~54 simulated minutes of its leak away): no memory finding.
    expect(settled.findings.some((f) => f.id.startsWith('memory-limit/'))).toBe(false);
    expect(settled.findings.some((f) => f.id === 'revision-history-limit')).toBe(false);

    const second = await runPlanScript('second');
    expect(second.result.code).toBe(0);
    expect(second.result.stdout).toContain('replicaset.apps "kilo-meds-7568f7694c" deleted');

    const { code, report } = await auditJson();
    expect(report.findings.filter((f) => f.severity === 'CRITICAL' || f.severity === 'HIGH')).toEqual([]);
    expect(code).toBe(1);
    expect(report.exitCode).toBe(1);
    // What no plan can fix: socketio's generic base image (and the LOW findings).
    expect(ids(report).filter((id) => id.startsWith('MEDIUM'))).toEqual(['MEDIUM generic-image/kilo-socketio']);
    expect(report.summary.replicaSets).toEqual({ total: 14, active: 14, stale: 0 });
    expect(report.summary.pods).toEqual({ total: 14, running: 14, crashing: 0 });
    expect(report.health.text).toBe('14/14 deployments healthy');
  }, 150_000);
});
