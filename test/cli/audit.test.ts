// `kilo-tui audit --demo` as a user runs it: the built binary, its output and its exit code.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditJsonV1 } from '../../src/domain/audit/report/json.js';
import { CLI_PATH } from '../helpers/tmux.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_PATH, ...args], { timeout: 30_000, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The seed report's "Stale ReplicaSet Breakdown by Service" table (kilo-guardian-audit-2026-01-06.md). */
const SEED_BREAKDOWN: [string, number, number, number, string][] = [
  ['kilo-frontend', 11, 1, 10, '7d15h'],
  ['kilo-meds', 9, 2, 7, '7d21h'],
  ['kilo-financial', 9, 1, 8, '7d20h'],
  ['kilo-cam', 8, 1, 7, '8d'],
  ['kilo-gateway', 6, 1, 5, '7d22h'],
  ['kilo-habits', 5, 1, 4, '7d22h'],
  ['kilo-reminder', 5, 1, 4, '8d'],
  ['kilo-library', 4, 1, 3, '8d'],
  ['kilo-ml-engine', 4, 1, 3, '8d'],
  ['kilo-ollama', 4, 1, 3, '8d'],
  ['kilo-usb-transfer', 4, 1, 3, '8d'],
  ['kilo-voice', 4, 1, 3, '8d'],
  ['kilo-ai-brain', 3, 1, 2, '8d'],
  ['kilo-socketio', 2, 1, 1, '7d21h'],
];

describe('kilo-tui audit --demo', () => {
  it('prints the Markdown report with the seed structure and exits 3 for the CRITICAL finding', async () => {
    const { code, stdout, stderr } = await runCli('audit', '--demo');
    expect(stderr).toBe('');
    expect(code).toBe(3);
    const sections = ['# Kubernetes Cluster Audit Report', '## Executive Summary', '### Resource Inventory', '### Health Status', '## Detailed Findings', '## Stale ReplicaSet Breakdown', '## Deployment Status', '## Services', '## Recommendations'];
    const positions = sections.map((heading) => stdout.split('\n').indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const line of [
      '**Namespace**: kilo-guardian',
      '- **Deployments**: 14',
      '- **ReplicaSets**: 78 total (15 active, 63 stale)',
      '- **Pods**: 15 (14 running, 1 crashing)',
      '- **Services**: 15',
      '- **Healthy Deployments**: 13/14 (93%)',
      '13/14 deployments healthy.',
      '1. **CRITICAL**: kilo-meds rollout stuck (CrashLoopBackOff); kilo-meds:cb1 still serving',
      '2. **HIGH**: 63 stale ReplicaSets with 0 replicas',
      '3. **MEDIUM**: kilo-socketio runs generic base image python:3.11-slim',
      "  ModuleNotFoundError: No module named 'prometheus_client'",
      '  kilo/<service>:latest (7 services): kilo-ai-brain, kilo-cam, kilo-financial, kilo-library, kilo-ml-engine, kilo-usb-transfer, kilo-voice',
      '  kilo-<service>:<tag> (5 services): kilo-frontend, kilo-gateway, kilo-habits, kilo-meds, kilo-reminder',
      'kubectl rollout undo deployment/kilo-meds -n kilo-guardian --to-revision=8',
    ]) {
      expect(stdout.split('\n')).toContain(line);
    }
    expect(stdout).toMatch(/\*\*LOW\*\*: 14 deployments keep 10 old ReplicaSets/);
    for (const [name, total, active, stale, age] of SEED_BREAKDOWN) {
      expect(stdout.split('\n')).toContain(`| ${name} | ${total} | ${active} | ${stale} | ${age} |`);
    }
  });

  it('prints schemaVersion 1 JSON with the counts, findings and per-service stale table', async () => {
    const { code, stdout } = await runCli('audit', '--demo', '--format', 'json');
    expect(code).toBe(3);
    const report = JSON.parse(stdout) as AuditJsonV1;
    expect(report.schemaVersion).toBe(1);
    expect(report.exitCode).toBe(3);
    expect(report.namespace).toBe('kilo-guardian');
    expect(report.summary).toEqual({ deployments: 14, replicaSets: { total: 78, active: 15, stale: 63 }, pods: { total: 15, running: 14, crashing: 1 }, services: 15 });
    expect(report.health).toMatchObject({ healthy: 13, total: 14, text: '13/14 deployments healthy', unhealthy: ['kilo-meds'] });
    expect(report.findings.map((f) => [f.id, f.severity])).toEqual([
      ['stuck-rollout/kilo-meds', 'CRITICAL'],
      ['stale-replicasets', 'HIGH'],
      ['generic-image/kilo-socketio', 'MEDIUM'],
      ['memory-limit/deployment/kilo-ai-brain/ai-brain', 'MEDIUM'],
      ['naming-drift', 'LOW'],
      ['mutable-tags', 'LOW'],
      ['revision-history-limit', 'LOW'],
      ['unset-resources', 'LOW'],
    ]);
    // kilo-ai-brain's 11 restarts end in OOMKilled: the finding carries the set-resources plan,
    // sized on the 2Gi limit the kill proves was reached (+ 25 %, next 256Mi).
    const memory = report.findings.find((f) => f.id === 'memory-limit/deployment/kilo-ai-brain/ai-brain');
    expect(memory?.plan?.operations[0].command).toEqual(['kubectl', 'set', 'resources', 'deployment/kilo-ai-brain', '-c', 'ai-brain', '--limits=memory=2560Mi', '-n', 'kilo-guardian']);
    expect(memory?.evidence[1]).toMatch(/^ {2}ai-brain was OOMKilled \(exit code 137, \S+ ago\): 11 restarts, the last caused by the kill$/);
    // `kilo-tui audit` reads PodMetrics once: the peak is that one reading.
    expect(memory?.evidence.some((line) => /peak seen \d+Mi \(\d+ % of the limit\) in the one reading so far/.test(line))).toBe(true);
    const critical = report.findings[0];
    expect(critical.evidence).toContain("  ModuleNotFoundError: No module named 'prometheus_client'");
    expect(critical.plan?.operations[0].command).toEqual(['kubectl', 'rollout', 'undo', 'deployment/kilo-meds', '-n', 'kilo-guardian', '--to-revision=8']);
    expect(report.findings[1].plan?.operations).toHaveLength(63);
    expect(report.findings.find((f) => f.id === 'revision-history-limit')?.plan?.operations).toHaveLength(14);
    const breakdown = report.staleBreakdown.map((r) => [r.deployment, r.total, r.active, r.stale, r.oldestStaleAge]);
    expect(new Set(breakdown.map((row) => JSON.stringify(row)))).toEqual(new Set(SEED_BREAKDOWN.map((row) => JSON.stringify(row))));
    // Findings refer to objects by uid, so marks and plans made from them stay exact.
    expect(report.findings.every((f) => f.subjectUids.every((uid) => /^[0-9a-f-]{36}$/.test(uid)))).toBe(true);
  });

  it('without metrics-server: one INFO line says the memory-use half was not checked; the OOM finding and its plan stay', async () => {
    const { code, stdout } = await runCli('audit', '--demo', '--no-metrics', '--format', 'json');
    expect(code).toBe(3);
    const report = JSON.parse(stdout) as AuditJsonV1;
    expect(report.findings.filter((f) => f.severity === 'INFO').map((f) => f.title)).toEqual(['Memory use against limits (≥ 90 %) not checked: metrics unavailable (metrics API not served)']);
    const memory = report.findings.find((f) => f.id === 'memory-limit/deployment/kilo-ai-brain/ai-brain');
    expect(memory?.evidence).toContain('    memory limit 2Gi · peak not observed yet');
    expect(memory?.plan?.operations[0].command).toContain('--limits=memory=2560Mi');
    const md = await runCli('audit', '--demo', '--no-metrics');
    expect(md.stdout.split('\n').filter((line) => line.includes('not checked: metrics unavailable'))).toEqual([expect.stringMatching(/^### \d+\. INFO: Memory use against limits/)]);
    // Two demo runs of the CLI: past the 30 s default on the shared VM.
  }, 90_000);

  it('prints exactly the fields docs/audit-json.md documents', async () => {
    const { stdout } = await runCli('audit', '--demo', '--format', 'json');
    const doc = readFileSync(new URL('../../docs/audit-json.md', import.meta.url), 'utf8');
    const documented = new Set([...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]));
    const leaves = new Set<string>();
    const all = new Set<string>();
    const walk = (value: unknown, path: string) => {
      if (path) all.add(path);
      if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
        all.add(`${path}[]`);
        for (const item of value) walk(item, `${path}[]`);
      } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
      } else {
        leaves.add(path);
      }
    };
    walk(JSON.parse(stdout), '');
    expect([...leaves].filter((path) => !documented.has(path))).toEqual([]);
    expect([...documented].filter((path) => !all.has(path))).toEqual([]);
  });

  it('--plan prints one bash script with every fix, in severity order', async () => {
    const { code, stdout } = await runCli('audit', '--demo', '--plan');
    expect(code).toBe(3);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('#!/usr/bin/env bash');
    expect(stdout).toContain('set -euo pipefail');
    const commands = lines.filter((line) => line.startsWith('kubectl '));
    expect(commands[0]).toBe('kubectl rollout undo deployment/kilo-meds -n kilo-guardian --to-revision=8 ${DRY_RUN}');
    expect(commands.filter((line) => line.startsWith('kubectl delete replicaset.apps/'))).toHaveLength(63);
    expect(commands.filter((line) => line.startsWith('kubectl patch deployment ') && line.includes('"revisionHistoryLimit":3'))).toHaveLength(14);
    // MEDIUM between them: kilo-ai-brain's OOM kills, fixed by raising its memory limit.
    expect(commands[1 + 63]).toBe('kubectl set resources deployment/kilo-ai-brain -c ai-brain --limits=memory=2560Mi -n kilo-guardian ${DRY_RUN}');
    expect(commands).toHaveLength(1 + 63 + 1 + 14);
  });

  it('rejects an unknown format with a usage error (exit 2)', async () => {
    const { code, stderr, stdout } = await runCli('audit', '--demo', '--format', 'xml');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("--format must be md or json, got 'xml'");
  });
});
