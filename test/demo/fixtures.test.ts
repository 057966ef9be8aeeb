import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deployment, KubeEvent, KubeObject, Pod, ReplicaSet, Service } from '../../src/domain/resources.js';
import { loadFixtures } from '../../src/demo/fixtures.js';
import { FixtureError, type FixtureSet } from '../../src/demo/fixtureTypes.js';

const FIXTURE_DIR = fileURLToPath(new URL('../../demo-fixtures/kilo-guardian', import.meta.url));
const CAPTURED_AT = Date.parse('2026-01-06T12:00:00Z');
// Any moment works: the loader must make ages read as at capture. Milliseconds on purpose.
const NOW = Date.parse('2026-03-14T09:26:53.500Z');

/** kubectl's age column (k8s.io/apimachinery duration.HumanDuration), enough for these ages. */
function age(timestamp: string | undefined, now = NOW): string {
  const seconds = Math.floor((now - Date.parse(timestamp!)) / 1000);
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(seconds / 3600);
  if (seconds < 120) return `${seconds}s`;
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 192) return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  return `${Math.floor(hours / 24)}d`;
}

// The report's "Stale ReplicaSet Breakdown by Service": total, active, stale, oldest age.
const RS_TABLE: Record<string, [number, number, number, string]> = {
  'kilo-frontend': [11, 1, 10, '7d15h'],
  'kilo-meds': [9, 2, 7, '7d21h'],
  'kilo-financial': [9, 1, 8, '7d20h'],
  'kilo-cam': [8, 1, 7, '8d'],
  'kilo-gateway': [6, 1, 5, '7d22h'],
  'kilo-habits': [5, 1, 4, '7d22h'],
  'kilo-reminder': [5, 1, 4, '8d'],
  'kilo-library': [4, 1, 3, '8d'],
  'kilo-ml-engine': [4, 1, 3, '8d'],
  'kilo-ollama': [4, 1, 3, '8d'],
  'kilo-usb-transfer': [4, 1, 3, '8d'],
  'kilo-voice': [4, 1, 3, '8d'],
  'kilo-ai-brain': [3, 1, 2, '8d'],
  'kilo-socketio': [2, 1, 1, '7d21h'],
};

// The report's deployment table (image, age) joined with its appendix of active ReplicaSets.
const ACTIVE: Record<string, { image: string; replicaSets: Record<string, string> }> = {
  'kilo-ai-brain': { image: 'kilo/ai_brain:latest', replicaSets: { 'kilo-ai-brain-c679fb7f9': '8d' } },
  'kilo-cam': { image: 'kilo/cam:latest', replicaSets: { 'kilo-cam-6c75c48cd6': '3d5h' } },
  'kilo-financial': { image: 'kilo/financial:latest', replicaSets: { 'kilo-financial-6767599d96': '22h' } },
  'kilo-frontend': { image: 'kilo-frontend:stats-v3', replicaSets: { 'kilo-frontend-6bf69bcfbf': '22h' } },
  'kilo-gateway': { image: 'kilo-gateway:multipart-fix', replicaSets: { 'kilo-gateway-7778cfddf7': '17h' } },
  'kilo-habits': { image: 'kilo-habits:cb1', replicaSets: { 'kilo-habits-59c9bf486f': '23h' } },
  'kilo-library': { image: 'kilo/library_of_truth:latest', replicaSets: { 'kilo-library-6dd7ff6d48': '3d5h' } },
  'kilo-meds': { image: 'kilo-meds:ai-brain-ocr-v2', replicaSets: { 'kilo-meds-55d9cd8856': '23h', 'kilo-meds-7568f7694c': '7m' } },
  'kilo-ml-engine': { image: 'kilo/ml_engine:latest', replicaSets: { 'kilo-ml-engine-5b789cf9d8': '3d5h' } },
  'kilo-ollama': { image: 'ollama/ollama:latest', replicaSets: { 'kilo-ollama-5cbbf465bf': '3d5h' } },
  'kilo-reminder': { image: 'kilo-reminder:cb1', replicaSets: { 'kilo-reminder-555bf7c6f9': '23h' } },
  'kilo-socketio': { image: 'python:3.11-slim', replicaSets: { 'kilo-socketio-5d45b68c4': '3d5h' } },
  'kilo-usb-transfer': { image: 'kilo/usb_transfer:latest', replicaSets: { 'kilo-usb-transfer-6b795f5bf6': '3d5h' } },
  'kilo-voice': { image: 'kilo/voice:latest', replicaSets: { 'kilo-voice-9596547d4': '3d5h' } },
};

const CLUSTER_IPS: Record<string, [string, number]> = {
  'kilo-ai-brain': ['10.43.63.197', 9004],
  'kilo-cam': ['10.43.12.200', 9007],
  'kilo-financial': ['10.43.216.158', 9005],
  'kilo-frontend': ['10.43.106.87', 80],
  'kilo-gateway': ['10.43.138.244', 8000],
  'kilo-habits': ['10.43.142.9', 9003],
  'kilo-library': ['10.43.173.215', 9006],
  'kilo-meds': ['10.43.214.225', 9001],
  'kilo-ml-engine': ['10.43.196.200', 9008],
  'kilo-reminder': ['10.43.144.204', 9002],
  'kilo-socketio': ['10.43.30.96', 9010],
  'kilo-usb-transfer': ['10.43.38.72', 8006],
  'kilo-voice': ['10.43.236.231', 9009],
};

const fixture: FixtureSet = loadFixtures(FIXTURE_DIR, NOW);
const ofKind = <T extends KubeObject>(kind: T['kind']) => fixture.objects.filter((o): o is T => o.kind === kind);
const deployments = ofKind<Deployment>('Deployment');
const replicaSets = ofKind<ReplicaSet>('ReplicaSet');
const pods = ofKind<Pod>('Pod');
const services = ofKind<Service>('Service');
const revisionOf = (rs: ReplicaSet) => Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision']);
const ownerName = (o: KubeObject) => o.metadata.ownerReferences?.[0]?.name;
const byName = <T extends KubeObject>(items: T[], name: string): T => {
  const found = items.find((o) => o.metadata.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};

describe('loadFixtures on demo-fixtures/kilo-guardian', () => {
  it('loads the namespace with store-ready metadata', () => {
    expect(fixture.namespace).toBe('kilo-guardian');
    // The report's 14 Deployments, 78 ReplicaSets, 15 Pods, 15 Services and the stuck rollout's 7
    // recent Events; besides them, the namespace's default ServiceAccount and CA ConfigMap, a
    // PersistentVolumeClaim and its (cluster-scoped) PersistentVolume, an Ingress and an autoscaler.
    const counts = Object.fromEntries(['Deployment', 'ReplicaSet', 'Pod', 'Service', 'Event'].map((kind) => [kind, fixture.objects.filter((o) => o.kind === kind).length]));
    expect(counts).toEqual({ Deployment: 14, ReplicaSet: 78, Pod: 15, Service: 15, Event: 7 });
    expect(fixture.objects).toHaveLength(14 + 78 + 15 + 15 + 7 + 6);
    for (const o of fixture.objects) {
      expect(o.metadata.namespace).toBe(o.kind === 'PersistentVolume' ? undefined : 'kilo-guardian');
      expect(o.metadata.resourceVersion).toBeUndefined();
      expect(o.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });

  it('keeps the stuck rollout\'s recent events, the crash loop\'s BackOff warning among them', () => {
    const events = fixture.objects.filter((o): o is KubeEvent => o.kind === 'Event');
    const crashing = fixture.objects.find((o) => o.kind === 'Pod' && o.metadata.name.startsWith('kilo-meds-7568f7694c-'))!;
    const backOff = events.find((e) => e.reason === 'BackOff')!;
    expect(backOff).toMatchObject({ type: 'Warning', count: 27, involvedObject: { kind: 'Pod', name: crashing.metadata.name, uid: crashing.metadata.uid } });
    expect(age(backOff.lastTimestamp)).toBe('12s');
    expect(events.find((e) => e.reason === 'ScalingReplicaSet')?.message).toBe('Scaled up replica set kilo-meds-7568f7694c from 0 to 1');
  });

  it('has the 14 deployments with the report images and rollout settings', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(Object.keys(ACTIVE).sort());
    for (const d of deployments) {
      const name = d.metadata.name;
      expect(d.spec.template.spec.containers.map((c) => c.image)).toEqual([ACTIVE[name].image]);
      expect(d.spec.selector.matchLabels).toEqual({ app: name });
      expect(d.spec.replicas).toBe(1);
      expect(d.spec.revisionHistoryLimit).toBe(10);
      expect(d.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } });
      expect(d.spec.progressDeadlineSeconds).toBe(name === 'kilo-meds' ? 300 : 600);
      expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe(String(RS_TABLE[name][0]));
    }
  });

  it('shows kilo-meds stuck past its progress deadline while the old revision serves', () => {
    const meds = byName(deployments, 'kilo-meds');
    expect(meds.status).toMatchObject({ replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, unavailableReplicas: 1 });
    const conditions = Object.fromEntries((meds.status?.conditions ?? []).map((c) => [c.type, c]));
    expect(conditions.Available).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });
    expect(conditions.Progressing).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: 'ReplicaSet "kilo-meds-7568f7694c" has timed out progressing.',
    });
    const healthy = deployments.filter((d) => d.metadata.name !== 'kilo-meds');
    for (const d of healthy) expect(d.status).toMatchObject({ replicas: 1, readyReplicas: 1, availableReplicas: 1, updatedReplicas: 1 });
  });

  it('has 78 ReplicaSets: the appendix 15 active and 63 stale, per the report table', () => {
    expect(replicaSets).toHaveLength(78);
    const active = replicaSets.filter((rs) => (rs.spec.replicas ?? 0) > 0);
    const stale = replicaSets.filter((rs) => rs.spec.replicas === 0 && rs.status?.replicas === 0);
    expect(active.map((rs) => rs.metadata.name).sort()).toEqual(Object.values(ACTIVE).flatMap((a) => Object.keys(a.replicaSets)).sort());
    expect(stale).toHaveLength(63);
    for (const [name, [total, activeCount, staleCount, oldestAge]] of Object.entries(RS_TABLE)) {
      const own = replicaSets.filter((rs) => ownerName(rs) === name);
      expect(own, name).toHaveLength(total);
      expect(own.filter((rs) => active.includes(rs)), name).toHaveLength(activeCount);
      expect(own.filter((rs) => stale.includes(rs)), name).toHaveLength(staleCount);
      const oldest = own.reduce((a, b) => (Date.parse(a.metadata.creationTimestamp!) <= Date.parse(b.metadata.creationTimestamp!) ? a : b));
      expect(age(oldest.metadata.creationTimestamp), name).toBe(oldestAge);
      expect(revisionOf(oldest), name).toBe(1);
    }
  });

  it('gives active ReplicaSets the report ages and numbers revisions 1..N by age', () => {
    for (const { replicaSets: ages } of Object.values(ACTIVE)) {
      for (const [rsName, expected] of Object.entries(ages)) expect(age(byName(replicaSets, rsName).metadata.creationTimestamp), rsName).toBe(expected);
    }
    for (const name of Object.keys(RS_TABLE)) {
      const own = replicaSets.filter((rs) => ownerName(rs) === name).sort((a, b) => revisionOf(a) - revisionOf(b));
      expect(own.map(revisionOf)).toEqual(own.map((_, i) => i + 1));
      const created = own.map((rs) => Date.parse(rs.metadata.creationTimestamp!));
      expect(created).toEqual([...created].sort((a, b) => a - b));
      const active = own.filter((rs) => (rs.spec.replicas ?? 0) > 0);
      if (name !== 'kilo-meds') expect(active.map(revisionOf)).toEqual([own.length]);
    }
    expect(revisionOf(byName(replicaSets, 'kilo-meds-55d9cd8856'))).toBe(8);
    expect(revisionOf(byName(replicaSets, 'kilo-meds-7568f7694c'))).toBe(9);
    expect(byName(replicaSets, 'kilo-meds-55d9cd8856').spec.template.spec.containers[0].image).toBe('kilo-meds:cb1');
    expect(byName(replicaSets, 'kilo-meds-7568f7694c').spec.template.spec.containers[0].image).toBe('kilo-meds:ai-brain-ocr-v2');
  });

  it('shapes every ReplicaSet as the Deployment controller does', () => {
    for (const rs of replicaSets) {
      const hash = rs.metadata.name.slice(rs.metadata.name.lastIndexOf('-') + 1);
      const app = ownerName(rs)!;
      expect(rs.metadata.name).toBe(`${app}-${hash}`);
      expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{9,10}$/);
      expect(rs.metadata.labels).toEqual({ app, 'pod-template-hash': hash });
      expect(rs.spec.selector.matchLabels).toEqual({ app, 'pod-template-hash': hash });
      expect(rs.spec.template.metadata?.labels).toEqual({ app, 'pod-template-hash': hash });
      expect(rs.metadata.ownerReferences).toEqual([
        { apiVersion: 'apps/v1', kind: 'Deployment', name: app, uid: byName(deployments, app).metadata.uid, controller: true, blockOwnerDeletion: true },
      ]);
      expect(Object.keys(rs.metadata.annotations ?? {}).sort()).toEqual([
        'deployment.kubernetes.io/desired-replicas',
        'deployment.kubernetes.io/max-replicas',
        'deployment.kubernetes.io/revision',
      ]);
    }
    // One ReplicaSet per distinct template: no two of a deployment may share one.
    for (const name of Object.keys(RS_TABLE)) {
      const templates = replicaSets
        .filter((rs) => ownerName(rs) === name)
        .map((rs) => JSON.stringify({ ...rs.spec.template, metadata: { labels: { app: name } } }));
      expect(new Set(templates).size, name).toBe(templates.length);
    }
    // The deployment's template is its current revision's, minus the hash label.
    const current = byName(replicaSets, 'kilo-frontend-6bf69bcfbf');
    expect(byName(deployments, 'kilo-frontend').spec.template.spec).toEqual(current.spec.template.spec);
  });

  it('has 15 pods on kilo-tablet: 14 ready, kilo-meds new one crash-looping', () => {
    expect(pods).toHaveLength(15);
    const activeRs = replicaSets.filter((rs) => (rs.spec.replicas ?? 0) > 0);
    for (const pod of pods) {
      const owner = pod.metadata.ownerReferences![0];
      const rs = activeRs.find((r) => r.metadata.uid === owner.uid)!;
      expect(rs, pod.metadata.name).toBeDefined();
      expect(owner).toMatchObject({ kind: 'ReplicaSet', name: rs.metadata.name, controller: true });
      expect(pod.metadata.name).toMatch(new RegExp(`^${rs.metadata.name}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
      expect(pod.metadata.labels).toEqual(rs.spec.template.metadata?.labels);
      expect(pod.spec.nodeName).toBe('kilo-tablet');
      expect(pod.status?.hostIP).toBe('192.168.1.50');
      expect(pod.status?.podIP).toMatch(/^10\.42\.0\.\d{1,3}$/);
    }
    expect(new Set(pods.map((p) => p.status?.podIP)).size).toBe(15);
    const ready = pods.filter((p) => p.status?.phase === 'Running' && p.status.containerStatuses?.every((c) => c.ready));
    expect(ready).toHaveLength(14);
    const crashing = pods.filter((p) => p.status?.containerStatuses?.[0].state?.waiting?.reason === 'CrashLoopBackOff');
    expect(crashing.map(ownerName)).toEqual(['kilo-meds-7568f7694c']);
    const status = crashing[0].status!;
    expect(status.phase).toBe('Running');
    expect(status.containerStatuses![0]).toMatchObject({ ready: false, restartCount: 6, lastState: { terminated: { exitCode: 1, reason: 'Error' } } });
    expect(status.containerStatuses![0].state?.waiting?.message).toMatch(/^back-off 5m0s restarting failed container=meds pod=kilo-meds-7568f7694c-/);
    const sinceCrash = NOW - Date.parse(status.containerStatuses![0].lastState!.terminated!.finishedAt!);
    expect(sinceCrash).toBeGreaterThanOrEqual(60_000);
    expect(sinceCrash).toBeLessThan(120_000);
    const brain = pods.find((p) => ownerName(p) === 'kilo-ai-brain-c679fb7f9')!;
    expect(brain.status?.containerStatuses?.[0]).toMatchObject({ ready: true, restartCount: 11, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } } });
    expect(age(brain.status?.containerStatuses?.[0].lastState?.terminated?.finishedAt)).toMatch(/^7d/);
  });

  it('has the 15 services with the report ClusterIPs and the two NodePorts', () => {
    expect(services).toHaveLength(15);
    for (const [name, [ip, port]] of Object.entries(CLUSTER_IPS)) {
      const svc = byName(services, name);
      expect(svc.spec).toMatchObject({ type: 'ClusterIP', clusterIP: ip, selector: { app: name } });
      expect(svc.spec.ports).toEqual([{ name: 'http', port, targetPort: port, protocol: 'TCP' }]);
    }
    expect(byName(services, 'kilo-frontend-external').spec).toMatchObject({ type: 'NodePort', selector: { app: 'kilo-frontend' }, ports: [{ port: 80, nodePort: 30000 }] });
    expect(byName(services, 'kilo-gateway-external').spec).toMatchObject({ type: 'NodePort', selector: { app: 'kilo-gateway' }, ports: [{ port: 8000, nodePort: 30800 }] });
    for (const svc of services) expect(svc.spec.clusterIP).toMatch(/^10\.43\.\d{1,3}\.\d{1,3}$/);
  });

  it('resolves every ownerReference to the object it names', () => {
    const byUid = new Map(fixture.objects.map((o) => [o.metadata.uid, o]));
    const refs = fixture.objects.flatMap((o) => o.metadata.ownerReferences ?? []);
    expect(refs).toHaveLength(78 + 15);
    for (const ref of refs) expect(byUid.get(ref.uid)).toMatchObject({ kind: ref.kind, metadata: { name: ref.name } });
  });

  it('shifts every timestamp by (now - capturedAt), keeping whole seconds', () => {
    const atCapture = loadFixtures(FIXTURE_DIR, CAPTURED_AT);
    const shift = Math.floor((NOW - CAPTURED_AT) / 1000) * 1000;
    const crashPod = (set: FixtureSet) => set.objects.find((o): o is Pod => o.kind === 'Pod' && ownerName(o) === 'kilo-meds-7568f7694c')!;
    const before = crashPod(atCapture);
    const after = crashPod(fixture);
    expect(before.metadata.creationTimestamp).toBe('2026-01-06T11:53:00Z');
    expect(Date.parse(after.metadata.creationTimestamp!) - Date.parse(before.metadata.creationTimestamp!)).toBe(shift);
    expect(Date.parse(after.status!.startTime!) - Date.parse(before.status!.startTime!)).toBe(shift);
    const terminated = (p: Pod) => p.status!.containerStatuses![0].lastState!.terminated!;
    expect(Date.parse(terminated(after).finishedAt!) - Date.parse(terminated(before).finishedAt!)).toBe(shift);
    const meds = (set: FixtureSet) => set.objects.find((o): o is Deployment => o.kind === 'Deployment' && o.metadata.name === 'kilo-meds')!;
    const conditionTimes = (d: Deployment) => d.status!.conditions!.flatMap((c) => [c.lastUpdateTime, c.lastTransitionTime]).map((t) => Date.parse(t!));
    expect(conditionTimes(meds(fixture)).map((t, i) => t - conditionTimes(meds(atCapture))[i])).toEqual([shift, shift, shift, shift]);
    expect(after.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(byName(replicaSets, 'kilo-meds-7568f7694c').spec.template.metadata?.creationTimestamp).toBeNull();
  });

  it('has a behaviour for each running image, the new kilo-meds one crashing on import', () => {
    const images = new Set(fixture.behaviours.map((b) => b.image));
    for (const pod of pods) expect(images.has(pod.spec.containers[0].image), pod.metadata.name).toBe(true);
    for (const rs of replicaSets) expect(images.has(rs.spec.template.spec.containers[0].image), rs.metadata.name).toBe(true);
    const crash = fixture.behaviours.find((b) => b.image === 'kilo-meds:ai-brain-ocr-v2')!;
    expect(crash.exit).toEqual({ afterSeconds: 1, code: 1, reason: 'Error' });
    expect(crash.startup).toEqual([
      'Traceback (most recent call last):',
      '  File "/app/main.py", line 16, in <module>',
      '    from prometheus_client import Counter, start_http_server',
      "ModuleNotFoundError: No module named 'prometheus_client'",
    ]);
    const stable = fixture.behaviours.find((b) => b.image === 'kilo-meds:cb1')!;
    expect(stable.exit).toBeUndefined();
    expect(stable.every?.lines.some((l) => l.includes('GET /health'))).toBe(true);
    for (const b of fixture.behaviours.filter((x) => x.image !== crash.image)) {
      expect(b.every?.intervalSeconds, b.image).toBeLessThanOrEqual(10);
      expect(b.startup.length, b.image).toBeGreaterThan(0);
    }
  });
});

describe('loadFixtures on broken fixtures', () => {
  let tempDir: string | undefined;
  afterEach(() => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    tempDir = undefined;
  });

  /** A copy of the real fixture with `file`'s documents changed by `edit`. */
  function brokenCopy(file: string, edit: (docs: Record<string, any>[]) => void): string {
    tempDir = mkdtempSync(join(tmpdir(), 'kilo-fixture-'));
    cpSync(FIXTURE_DIR, tempDir, { recursive: true });
    const path = join(tempDir, file);
    const docs = parseAllDocuments(readFileSync(path, 'utf8')).map((d) => d.toJS());
    edit(docs);
    writeFileSync(path, docs.map((d) => stringify(d)).join('---\n'));
    return tempDir;
  }

  function loadError(dir: string): FixtureError {
    try {
      loadFixtures(dir, NOW);
    } catch (error) {
      expect(error).toBeInstanceOf(FixtureError);
      return error as FixtureError;
    }
    throw new Error('expected loadFixtures to throw');
  }

  it('names the file and field of a missing container image', () => {
    const dir = brokenCopy('replicasets.yaml', (docs) => delete docs[3].spec.template.spec.containers[0].image);
    const error = loadError(dir);
    expect(error.file).toBe(join(dir, 'replicasets.yaml'));
    expect(error.field).toBe('items[3].spec.template.spec.containers[0].image');
    expect(error.message).toContain('replicasets.yaml: items[3].spec.template.spec.containers[0].image:');
  });

  it('names a missing metadata.name', () => {
    const dir = brokenCopy('services.yaml', (docs) => delete docs[5].metadata.name);
    expect(loadError(dir)).toMatchObject({ file: join(dir, 'services.yaml'), field: 'items[5].metadata.name' });
  });

  it('rejects an ownerReference to a uid that is not in the fixture', () => {
    const dir = brokenCopy('pods.yaml', (docs) => (docs[2].metadata.ownerReferences[0].uid = '00000000-0000-4000-8000-000000000000'));
    expect(loadError(dir)).toMatchObject({ file: join(dir, 'pods.yaml'), field: 'items[2].metadata.ownerReferences[0].uid' });
  });

  it('rejects an unknown kind and a mismatched apiVersion', () => {
    const kindDir = brokenCopy('deployments.yaml', (docs) => (docs[0].kind = 'Frobnicator'));
    expect(loadError(kindDir)).toMatchObject({ field: 'items[0].kind' });
    rmSync(kindDir, { recursive: true });
    const versionDir = brokenCopy('deployments.yaml', (docs) => (docs[1].apiVersion = 'v1'));
    expect(loadError(versionDir)).toMatchObject({ field: 'items[1].apiVersion' });
  });

  it('rejects a selector that does not match the template and a numeric label', () => {
    const selectorDir = brokenCopy('deployments.yaml', (docs) => (docs[4].spec.selector.matchLabels.app = 'other'));
    expect(loadError(selectorDir)).toMatchObject({ field: 'items[4].spec.template.metadata.labels.app' });
    rmSync(selectorDir, { recursive: true });
    const labelDir = brokenCopy('pods.yaml', (docs) => (docs[0].metadata.labels.version = 2));
    expect(loadError(labelDir)).toMatchObject({ field: 'items[0].metadata.labels.version' });
  });

  it('rejects a timestamp that does not parse', () => {
    const dir = brokenCopy('pods.yaml', (docs) => (docs[7].status.conditions[2].lastTransitionTime = 'yesterday'));
    expect(loadError(dir)).toMatchObject({ field: 'items[7].status.conditions[2].lastTransitionTime' });
  });

  it('reports a YAML syntax error with its file, document and line', () => {
    tempDir = mkdtempSync(join(tmpdir(), 'kilo-fixture-'));
    cpSync(FIXTURE_DIR, tempDir, { recursive: true });
    const path = join(tempDir, 'services.yaml');
    writeFileSync(path, readFileSync(path, 'utf8') + '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: broken\n    uid: [oops\n');
    const error = loadError(tempDir);
    expect(error.file).toBe(path);
    expect(error.field).toBe('items[15]');
    expect(error.message).toMatch(/YAML syntax error at line \d+, column \d+/);
  });

  it('rejects a behaviour without startup lines and a misspelt key', () => {
    const missing = brokenCopy(join('behaviours', 'kilo-meds_cb1.yaml'), (docs) => delete docs[0].startup);
    expect(loadError(missing)).toMatchObject({ file: join(missing, 'behaviours', 'kilo-meds_cb1.yaml'), field: 'items[0].startup' });
    rmSync(missing, { recursive: true });
    const typo = brokenCopy(join('behaviours', 'kilo-meds_cb1.yaml'), (docs) => (docs[0].evry = docs[0].every));
    expect(loadError(typo)).toMatchObject({ field: 'items[0].evry' });
  });

  it('rejects a running image that has no behaviour', () => {
    const dir = brokenCopy(join('behaviours', 'kilo-meds_ai-brain-ocr-v2.yaml'), (docs) => (docs[0].image = 'kilo-meds:ai-brain-ocr-v9'));
    const error = loadError(dir);
    expect(error.file).toBe(join(dir, 'deployments.yaml'));
    expect(error.field).toBe('items[7].spec.template.spec.containers[0].image');
  });

  it('rejects a fixture.yaml without a usable capturedAt', () => {
    tempDir = mkdtempSync(join(tmpdir(), 'kilo-fixture-'));
    cpSync(FIXTURE_DIR, tempDir, { recursive: true });
    writeFileSync(join(tempDir, 'fixture.yaml'), 'namespace: kilo-guardian\ncapturedAt: last tuesday\n');
    expect(loadError(tempDir)).toMatchObject({ file: join(tempDir, 'fixture.yaml'), field: 'capturedAt' });
  });
});
