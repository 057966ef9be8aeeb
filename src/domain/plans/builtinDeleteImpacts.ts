// What deleting one of issue 11's built-in kinds means (the modal's impact line), named by their
// registry entries. Anything whose deletion stops running pods, traffic or stored data asks twice.
import { controllerOf } from '../replicasets.js';
import type {
  ConfigMap,
  CronJob,
  DaemonSet,
  HorizontalPodAutoscaler,
  Ingress,
  Job,
  PersistentVolume,
  PersistentVolumeClaim,
  Secret,
  ServiceAccount,
} from '../builtinResources.js';
import { snapshotIndex } from '../snapshotIndex.js';
import type { ClusterSnapshot, Pod } from '../resources.js';
import type { DeleteImpact } from './deleteImpact.js';
import { countOf } from './planContext.js';

const runningPods = (pods: readonly Pod[]): number => pods.filter((pod) => pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed').length;

export const daemonSetDeleteImpact: DeleteImpact<DaemonSet> = (ds, snapshot) => {
  const pods = snapshot ? snapshotIndex(snapshot).podsOf(ds).length : ds.status?.currentNumberScheduled ?? 0;
  return {
    impact: pods > 0 ? `${countOf(pods, 'pod')} will be terminated (one per node, deleted with the daemonset)` : 'no pods run; the daemonset and its history go',
    dangerous: pods > 0 || (ds.status?.desiredNumberScheduled ?? 0) > 0,
    podsTerminated: pods,
  };
};

/** A finished Job's pods are records; only its running ones stop. */
export const jobDeleteImpact: DeleteImpact<Job> = (job, snapshot) => {
  const pods = snapshot ? snapshotIndex(snapshot).podsOf(job) : [];
  const running = snapshot ? runningPods(pods) : job.status?.active ?? 0;
  const impact = running > 0 ? `${countOf(running, 'running pod')} will be terminated (deleted with the job)` : `the job has finished; ${snapshot ? `its ${countOf(pods.length, 'pod')} and logs go` : 'its pods and logs go'}`;
  return { impact, dangerous: running > 0, podsTerminated: running };
};

const jobsOf = (cj: CronJob, snapshot: ClusterSnapshot | undefined): Job[] => (snapshot?.jobs ?? []).filter((job) => controllerOf(job)?.uid === cj.metadata.uid);

export const cronJobDeleteImpact: DeleteImpact<CronJob> = (cj, snapshot) => {
  const jobs = jobsOf(cj, snapshot);
  const index = snapshot && snapshotIndex(snapshot);
  const running = index ? jobs.reduce((sum, job) => sum + runningPods(index.podsOf(job)), 0) : cj.status?.active?.length ?? 0;
  const notes = [`no more runs of "${cj.spec.schedule}"`];
  if (snapshot) notes.push(`${countOf(jobs.length, 'job')} deleted with it`);
  if (running > 0) notes.push(`${countOf(running, 'running pod')} will be terminated`);
  return { impact: notes.join('; '), dangerous: running > 0, podsTerminated: running };
};

export const configMapDeleteImpact: DeleteImpact<ConfigMap> = () => ({
  impact: 'pods that mount or read it keep their copy until they restart, then fail to start',
  dangerous: false,
  podsTerminated: 0,
});

export const secretDeleteImpact: DeleteImpact<Secret> = (secret) => ({
  impact: `${secret.type ?? 'Opaque'} secret: pods that mount it fail to start once they restart`,
  dangerous: secret.type === 'kubernetes.io/tls' || secret.type === 'kubernetes.io/service-account-token',
  podsTerminated: 0,
});

export const serviceAccountDeleteImpact: DeleteImpact<ServiceAccount> = () => ({
  impact: 'its tokens stop working; new pods that name it are refused',
  dangerous: true,
  podsTerminated: 0,
});

/** A claim's data goes when its volume's reclaim policy is Delete (local-path's default). */
export const persistentVolumeClaimDeleteImpact: DeleteImpact<PersistentVolumeClaim> = (pvc) => ({
  impact: pvc.spec.volumeName
    ? `volume ${pvc.spec.volumeName} is released: with reclaim policy Delete its data is deleted (pods using the claim keep it until they stop)`
    : 'the claim is not bound: no data is lost',
  dangerous: Boolean(pvc.spec.volumeName),
  podsTerminated: 0,
});

export const persistentVolumeDeleteImpact: DeleteImpact<PersistentVolume> = (pv) => {
  const claim = pv.spec.claimRef?.name ? `${pv.spec.claimRef.namespace ?? ''}/${pv.spec.claimRef.name}` : undefined;
  return {
    impact: claim && pv.status?.phase === 'Bound' ? `bound to claim ${claim}: the claim is lost and its data with the volume` : `the volume (${pv.status?.phase ?? 'no phase'}) and what it stores go`,
    dangerous: true,
    podsTerminated: 0,
  };
};

export const ingressDeleteImpact: DeleteImpact<Ingress> = (ing) => {
  const hosts = (ing.spec?.rules ?? []).map((rule) => rule.host).filter((host): host is string => Boolean(host));
  return { impact: `traffic to ${hosts.length ? hosts.join(', ') : 'its paths'} through the ingress stops`, dangerous: true, podsTerminated: 0 };
};

export const horizontalPodAutoscalerDeleteImpact: DeleteImpact<HorizontalPodAutoscaler> = (hpa) => ({
  impact: `${hpa.spec.scaleTargetRef.kind.toLowerCase()}/${hpa.spec.scaleTargetRef.name} stays at its current replica count, no longer scaled`,
  dangerous: false,
  podsTerminated: 0,
});
