// Enter's drill-downs added with issue 11's kinds, as the list rows they derive: a Service lists the
// pods its selector picks (none without a selector, never every pod), a CronJob its Jobs, a Job or
// DaemonSet the pods naming it as controller.
import { describe, expect, it } from 'vitest';
import type { Job, Pod, Service } from '../../src/domain/resources.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { deriveTableRows } from '../../src/store/tableRows.js';
import { cronJobSample, daemonSetSample, jobSample } from '../kinds/builtinSamples.js';
import { deployment, NOW, pod, replicaSet, service } from '../render/objectBuilders.js';

const meds = replicaSet(deployment('kilo-meds'), 1);
const gateway = replicaSet(deployment('kilo-gateway'), 1);
const medsPods = [pod(meds), pod(meds)];
const gatewayPod = pod(gateway);
const owned = (owner: { apiVersion: string; kind: string; metadata: { name: string; uid: string } }, name: string): Pod => ({
  ...gatewayPod,
  metadata: { ...gatewayPod.metadata, name, uid: `uid-${name}`, labels: { job: owner.metadata.name }, ownerReferences: [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true }] },
});
const jobPod = owned(jobSample, 'helm-install-traefik-abcde');
const dsPod = owned(daemonSetSample, 'svclb-traefik-2b4a6e52-fghij');
const nightly = (name: string, uid: string): Job => ({ ...jobSample, metadata: { ...jobSample.metadata, name, uid, ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cronJobSample.metadata.name, uid: cronJobSample.metadata.uid, controller: true }] } });
const backups = [nightly('kilo-db-backup-29461140', 'j1'), nightly('kilo-db-backup-29459700', 'j2')];
const headless: Service = { ...service('kilo-db'), spec: { ...service('kilo-db').spec, selector: undefined } };
const medsService = service('kilo-meds');

const snapshot = indexSnapshot({
  namespace: 'kilo-guardian',
  deployments: [],
  replicaSets: [meds, gateway],
  pods: [...medsPods, gatewayPod, jobPod, dsPod],
  services: [medsService, headless],
  events: [],
  jobs: [jobSample, ...backups],
  cronJobs: [cronJobSample],
  daemonSets: [daemonSetSample],
  now: NOW,
});
const names = (pane: Parameters<typeof deriveTableRows>[1], scope: Parameters<typeof deriveTableRows>[2]) =>
  deriveTableRows(snapshot, pane, scope, '', undefined, false).objects.map((obj) => obj.metadata.name);

describe('drill-downs of the built-in kinds', () => {
  it('Service → the pods its selector picks; a Service without a selector lists none', () => {
    expect(names('pods', { kind: 'Service', uid: medsService.metadata.uid, name: 'kilo-meds' })).toEqual(medsPods.map((p) => p.metadata.name).sort());
    expect(names('pods', { kind: 'Service', uid: headless.metadata.uid, name: 'kilo-db' })).toEqual([]);
  });

  it('CronJob → its Jobs; Job and DaemonSet → the pods they control', () => {
    expect(names('jobs', { kind: 'CronJob', uid: cronJobSample.metadata.uid, name: 'kilo-db-backup' })).toEqual(['kilo-db-backup-29459700', 'kilo-db-backup-29461140']);
    expect(names('pods', { kind: 'Job', uid: jobSample.metadata.uid, name: 'helm-install-traefik' })).toEqual(['helm-install-traefik-abcde']);
    expect(names('pods', { kind: 'DaemonSet', uid: daemonSetSample.metadata.uid, name: 'svclb-traefik-2b4a6e52' })).toEqual(['svclb-traefik-2b4a6e52-fghij']);
  });

  it('an empty selector selects nothing either (the API treats it as no selector for endpoints)', () => {
    const empty: Service = { ...medsService, metadata: { ...medsService.metadata, uid: 'empty' }, spec: { ...medsService.spec, selector: {} } };
    const withEmpty = indexSnapshot({ ...snapshot, services: [empty] });
    expect(deriveTableRows(withEmpty, 'pods', { kind: 'Service', uid: 'empty', name: 'kilo-meds' }, '', undefined, false).objects).toEqual([]);
  });
});
