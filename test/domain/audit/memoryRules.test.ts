// Issue 15's audit rules: OOM kills and ≥ 90 % of the memory limit (MEDIUM, with the set-resources
// plan), containers without requests or limits (LOW), and one INFO line when usage cannot be read.
import { describe, expect, it } from 'vitest';
import { exitCodeFor, runAudit } from '../../../src/domain/audit/runAudit.js';
import { toKubectlLine } from '../../../src/domain/plans/toKubectl.js';
import { metricsOf, oomCluster, seriesOf } from '../metrics/oomCluster.js';

const options = { context: 'k3s', currentContext: 'k3s' };

describe('memory audit rules', () => {
  const c = oomCluster();

  it('an OOM-killed container is MEDIUM with its limit, restarts and the kubectl set resources plan; its restarts are not reported twice', () => {
    const report = runAudit(c.withMetrics(metricsOf([[c.brainPod, seriesOf(c.brainPod, [1500, 1990, 700])]])), options);
    const finding = report.findings.find((f) => f.id === 'memory-limit/deployment/kilo-ai-brain/kilo-ai-brain')!;
    expect(finding).toMatchObject({ severity: 'MEDIUM', title: 'kilo-ai-brain/kilo-ai-brain OOMKilled: 2Gi limit, 11 restarts' });
    expect(finding.subjectUids).toEqual([c.brain.metadata.uid, c.brainPod.metadata.uid]);
    expect(finding.evidence).toContain('    memory limit 2Gi · peak seen 1990Mi (97 % of the limit) in 3 samples over the last 2m · now 700Mi');
    expect(finding.plan?.operations.map((op) => toKubectlLine(op, options))).toEqual(['kubectl set resources deployment/kilo-ai-brain -c kilo-ai-brain --limits=memory=2560Mi -n kilo-guardian']);
    expect(report.recommendations.find((r) => r.findingId === finding.id)?.commands).toEqual(['kubectl set resources deployment/kilo-ai-brain -c kilo-ai-brain --limits=memory=2560Mi -n kilo-guardian']);
    expect(report.findings.some((f) => f.id.startsWith('restarts/kilo-ai-brain'))).toBe(false);
    expect(exitCodeFor(report)).toBe(1);
  });

  it('a StatefulSet pod is fixed on the StatefulSet; a bare pod gets the finding without a plan, saying why', () => {
    const report = runAudit(c.withMetrics(undefined), options);
    const db = report.findings.find((f) => f.id === 'memory-limit/statefulset/kilo-db/postgres');
    expect(db?.plan?.operations[0].kubectlArgs).toEqual(['set', 'resources', 'statefulset/kilo-db', '-c', 'postgres', '--limits=memory=768Mi', '-n', 'kilo-guardian']);
    const bare = report.findings.find((f) => f.id === 'memory-limit/pod/debug-shell/shell');
    expect(bare?.plan).toBeUndefined();
    expect(bare?.advice?.[0]).toMatch(/^pod debug-shell has no controller/);
  });

  it('≥ 90 % of the limit by the latest reading is MEDIUM with a plan sized on the peak; 80 % is nothing', () => {
    const hot = runAudit(c.withMetrics(metricsOf([[c.hotPod, seriesOf(c.hotPod, [3900, 3800])]])), options);
    const finding = hot.findings.find((f) => f.id === 'memory-limit/deployment/kilo-ollama/kilo-ollama');
    expect(finding?.title).toBe('kilo-ollama/kilo-ollama at 93 % of its 4Gi memory limit');
    expect(finding?.plan?.operations[0].kubectlArgs).toContain('--limits=memory=5Gi');
    const warm = runAudit(c.withMetrics(metricsOf([[c.hotPod, seriesOf(c.hotPod, [3300])]])), options);
    expect(warm.findings.some((f) => f.id.includes('kilo-ollama'))).toBe(false);
  });

  it('without metrics the ≥ 90 % half is not checked, said once as INFO; OOM kills are still found', () => {
    const report = runAudit(c.withMetrics({ status: { state: 'unavailable', reason: 'metrics API not served' }, pods: new Map(), nodes: new Map(), version: 1 }), options);
    const info = report.findings.filter((f) => f.severity === 'INFO');
    expect(info.map((f) => f.title)).toEqual(['Memory use against limits (≥ 90 %) not checked: metrics unavailable (metrics API not served)']);
    expect(report.findings.some((f) => f.id === 'memory-limit/deployment/kilo-ai-brain/kilo-ai-brain')).toBe(true);
    // Never asked (a test snapshot, or the TUI before its first poll): no line at all.
    expect(runAudit(c.withMetrics(undefined), options).findings.some((f) => f.severity === 'INFO')).toBe(false);
  });

  it('containers without requests or limits: one LOW finding listing each workload once', () => {
    const report = runAudit(c.withMetrics(undefined), options);
    const low = report.findings.find((f) => f.id === 'unset-resources');
    expect(low).toMatchObject({ severity: 'LOW', title: '2 workloads run containers without resource requests or limits' });
    // kilo-ai-brain, kilo-ollama and kilo-db set both; the bare pod sets a limit only.
    expect(low?.evidence).toEqual(['Containers without requests or limits:', '  deployment/kilo-cam: kilo-cam (no requests, no limits) · BestEffort', '  pod/debug-shell: shell (no requests)']);
    expect(low?.subjectUids).toEqual([c.cam.metadata.uid, c.bare.metadata.uid]);
  });
});
