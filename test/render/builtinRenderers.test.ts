// The renderers of issue 11's built-in kinds against real-shaped objects (test/kinds/builtinSamples.ts):
// k9s-like columns with kubectl's readings, problems said in the row's text, absent optional fields
// read as the API defaults them, and cells sanitized.
import { describe, expect, it } from 'vitest';
import type { CronJob, DaemonSet, HorizontalPodAutoscaler, Ingress, Job, KubeObject, PersistentVolume, PersistentVolumeClaim, Secret } from '../../src/domain/resources.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { RENDERERS } from '../../src/render/registry.js';
import type { Renderer } from '../../src/render/types.js';
import {
  BUILTIN_SAMPLES,
  configMapSample,
  cronJobSample,
  daemonSetSample,
  horizontalPodAutoscalerSample,
  ingressSample,
  jobSample,
  persistentVolumeClaimSample,
  persistentVolumeSample,
  SECRET_VALUE_MARKER,
  secretSample,
  serviceAccountSample,
} from '../kinds/builtinSamples.js';

const NOW = Date.parse('2026-01-06T12:00:00Z');
const snapshot = indexSnapshot({ namespace: 'kube-system', deployments: [], replicaSets: [], pods: [], services: [], events: [], now: NOW });
const rowOf = <T extends KubeObject>(obj: T) => (RENDERERS[obj.kind as keyof typeof RENDERERS] as unknown as Renderer<T>).toRow(obj, snapshot, NOW);
const headers = (kind: keyof typeof RENDERERS) => RENDERERS[kind].columns.map((c) => c.header);

describe('built-in renderers', () => {
  it('DaemonSet: DESIRED CURRENT READY UP-TO-DATE AVAILABLE, CPU MEM summed over its pods, IMAGE AGE; fewer ready than desired is a problem', () => {
    expect(headers('DaemonSet')).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'CPU', 'MEM', 'IMAGE', 'AGE']);
    expect(rowOf(daemonSetSample)).toMatchObject({ cells: ['svclb-traefik-2b4a6e52', '1', '1', '1', '1', '1', 'n/a', 'n/a', 'rancher/klipper-lb:v0.4.9,rancher/klipper-lb:v0.4.9', '21d'], problem: false });
    const notReady: DaemonSet = { ...daemonSetSample, status: { ...daemonSetSample.status, numberReady: 0 } };
    expect(rowOf(notReady)).toMatchObject({ problem: true, tone: 'warn', toneCell: 3 });
    const bare: DaemonSet = { ...daemonSetSample, status: undefined };
    expect(rowOf(bare).cells.slice(1, 6)).toEqual(['0', '0', '0', '0', '0']);
  });

  it('Job: STATUS as kubectl derives it, COMPLETIONS, DURATION from start to completion', () => {
    expect(headers('Job')).toEqual(['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE']);
    expect(rowOf(jobSample)).toMatchObject({ cells: ['helm-install-traefik', 'Complete', '1/1', '35s', '21d'], problem: false });
    const failed: Job = { ...jobSample, status: { failed: 3, startTime: '2026-01-06T11:00:00Z', conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded' }] } };
    expect(rowOf(failed)).toMatchObject({ cells: ['helm-install-traefik', 'Failed', '0/1', '60m', '21d'], problem: true, tone: 'danger' });
    // A running job's duration grows with the clock: the row says when it next reads differently.
    const running: Job = { ...jobSample, spec: { ...jobSample.spec, completions: undefined, parallelism: 3 }, status: { active: 3, startTime: '2026-01-06T11:59:30Z' } };
    expect(rowOf(running)).toMatchObject({ cells: ['helm-install-traefik', 'Running', '0/1 of 3', '30s', '21d'], problem: false, changesAt: NOW + 1000 });
  });

  it('CronJob: SCHEDULE SUSPEND ACTIVE LAST SCHEDULE (an age, <none> before the first run)', () => {
    expect(headers('CronJob')).toEqual(['NAME', 'SCHEDULE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE']);
    expect(rowOf(cronJobSample).cells).toEqual(['kilo-db-backup', '0 3 * * *', 'False', '0', '9h', '21d']);
    const never: CronJob = { ...cronJobSample, spec: { ...cronJobSample.spec, suspend: true }, status: undefined };
    expect(rowOf(never)).toMatchObject({ cells: ['kilo-db-backup', '0 3 * * *', 'True', '0', '<none>', '21d'], problem: false });
  });

  it('ConfigMap and ServiceAccount: key and secret counts', () => {
    expect(headers('ConfigMap')).toEqual(['NAME', 'DATA', 'AGE']);
    expect(rowOf(configMapSample).cells).toEqual(['coredns', '2', '21d']);
    expect(rowOf({ ...configMapSample, data: undefined, binaryData: { 'a.bin': 'AAEC' } }).cells[1]).toBe('1');
    expect(headers('ServiceAccount')).toEqual(['NAME', 'SECRETS', 'AGE']);
    expect(rowOf(serviceAccountSample).cells).toEqual(['coredns', '0', '21d']);
  });

  it('Secret: TYPE and DATA (a key count); no cell holds a value', () => {
    expect(headers('Secret')).toEqual(['NAME', 'TYPE', 'DATA', 'AGE']);
    const row = rowOf(secretSample);
    expect(row.cells).toEqual(['k3s-serving', 'kubernetes.io/tls', '2', '21d']);
    expect(row.cells.join(' ')).not.toContain(SECRET_VALUE_MARKER.slice(0, 12));
    const untyped: Secret = { ...secretSample, type: undefined, data: undefined };
    expect(rowOf(untyped).cells).toEqual(['k3s-serving', 'Opaque', '0', '21d']);
  });

  it('PersistentVolumeClaim: STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS; a claim not Bound is a problem', () => {
    expect(headers('PersistentVolumeClaim')).toEqual(['NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'AGE']);
    expect(rowOf(persistentVolumeClaimSample)).toMatchObject({ cells: ['kilo-library-data', 'Bound', 'pvc-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', '2Gi', 'RWO', 'local-path', '21d'], problem: false });
    const pending: PersistentVolumeClaim = { ...persistentVolumeClaimSample, spec: { ...persistentVolumeClaimSample.spec, volumeName: undefined }, status: { phase: 'Pending' } };
    expect(rowOf(pending)).toMatchObject({ cells: ['kilo-library-data', 'Pending', '-', '-', '-', 'local-path', '21d'], problem: true, tone: 'warn' });
  });

  it('PersistentVolume: CAPACITY ACCESS MODES RECLAIM POLICY STATUS CLAIM (namespace/name); Released warns, Failed is danger', () => {
    expect(headers('PersistentVolume')).toEqual(['NAME', 'CAPACITY', 'ACCESS MODES', 'RECLAIM POLICY', 'STATUS', 'CLAIM', 'STORAGECLASS', 'AGE']);
    expect(rowOf(persistentVolumeSample)).toMatchObject({ cells: ['pvc-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', '2Gi', 'RWO', 'Delete', 'Bound', 'kilo-guardian/kilo-library-data', 'local-path', '21d'], problem: false });
    const released: PersistentVolume = { ...persistentVolumeSample, status: { phase: 'Released' } };
    expect(rowOf(released)).toMatchObject({ problem: true, tone: 'warn', toneCell: 4 });
    const many: PersistentVolume = { ...persistentVolumeSample, spec: { ...persistentVolumeSample.spec, accessModes: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteOncePod'] } };
    expect(rowOf(many).cells[2]).toBe('RWO,ROX,RWOP');
  });

  it('Ingress: CLASS HOSTS ADDRESS PORTS (443 with TLS)', () => {
    expect(headers('Ingress')).toEqual(['NAME', 'CLASS', 'HOSTS', 'ADDRESS', 'PORTS', 'AGE']);
    expect(rowOf(ingressSample).cells).toEqual(['kilo-frontend', 'traefik', 'kilo.home.arpa', '192.168.1.50', '80', '21d']);
    const tls: Ingress = { ...ingressSample, spec: { tls: [{ hosts: ['kilo.home.arpa'], secretName: 'kilo-tls' }], rules: [{}] }, status: undefined };
    expect(rowOf(tls).cells).toEqual(['kilo-frontend', '<none>', '*', '-', '80, 443', '21d']);
  });

  it('HorizontalPodAutoscaler: REFERENCE TARGETS MINPODS MAXPODS REPLICAS; an autoscaler that cannot scale is a problem', () => {
    expect(headers('HorizontalPodAutoscaler')).toEqual(['NAME', 'REFERENCE', 'TARGETS', 'MINPODS', 'MAXPODS', 'REPLICAS', 'AGE']);
    expect(rowOf(horizontalPodAutoscalerSample)).toMatchObject({ cells: ['kilo-gateway', 'Deployment/kilo-gateway', 'cpu: 12%/80%', '1', '3', '1', '21d'], problem: false });
    const blind: HorizontalPodAutoscaler = {
      ...horizontalPodAutoscalerSample,
      status: { currentReplicas: 1, conditions: [{ type: 'ScalingActive', status: 'False', reason: 'FailedGetResourceMetric' }] },
    };
    expect(rowOf(blind)).toMatchObject({ problem: true, tone: 'warn' });
    expect(rowOf(blind).cells[2]).toBe('cpu: <unknown>/80%');
    const byValue: HorizontalPodAutoscaler = {
      ...horizontalPodAutoscalerSample,
      spec: { ...horizontalPodAutoscalerSample.spec, minReplicas: undefined, metrics: [{ type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '200Mi' } } }] },
      status: { currentMetrics: [{ type: 'Resource', resource: { name: 'memory', current: { averageValue: '120Mi' } } }] },
    };
    expect(rowOf(byValue).cells.slice(2, 6)).toEqual(['memory: 120Mi/200Mi', '1', '3', '0']);
  });

  it.each(Object.values(BUILTIN_SAMPLES))('$kind: sanitizes names and says when its age next changes', (sample) => {
    const hostile = { ...sample, metadata: { ...sample.metadata, name: 'x\u001b[2Jy' } } as KubeObject;
    const row = rowOf(hostile);
    expect(row.cells[0]).not.toContain('\u001b');
    expect(row.changesAt).toBeGreaterThan(NOW);
    expect(row.changesAt).toBeLessThan(Infinity);
  });
});
