// kubectl's Table cells for issue 11's built-in kinds, following its server-side printers
// (pkg/printers/internalversion/printers.go); the demo table (demo/demoKinds.ts) lists their
// columns. The demo keeps its own formatting (it is the oracle the app is compared against), so
// nothing here comes from src/render.
import type {
  ConfigMap,
  CronJob,
  HorizontalPodAutoscaler,
  Ingress,
  Job,
  LabelSelector,
  PersistentVolume,
  PersistentVolumeClaim,
  PodTemplateSpec,
  Secret,
  ServiceAccount,
} from '../../domain/resources.js';
import { ageSince, humanDuration } from './humanDuration.js';

export type Cell = string | number;
type FormatSelector = (selector: LabelSelector | undefined) => string;

const templateCells = (template: PodTemplateSpec): [string, string] => [
  template.spec.containers.map((c) => c.name).join(','),
  template.spec.containers.map((c) => c.image).join(','),
];

const conditionTrue = (job: Job, type: string): boolean => job.status?.conditions?.some((c) => c.type === type && c.status === 'True') ?? false;

const jobStatus = (job: Job): string =>
  conditionTrue(job, 'Complete') ? 'Complete'
  : conditionTrue(job, 'Failed') ? 'Failed'
  : job.metadata.deletionTimestamp ? 'Terminating'
  : conditionTrue(job, 'SuccessCriteriaMet') ? 'SuccessCriteriaMet'
  : conditionTrue(job, 'Suspended') ? 'Suspended'
  : conditionTrue(job, 'FailureTarget') ? 'FailureTarget'
  : 'Running';

const jobCompletions = (job: Job): string => {
  const succeeded = job.status?.succeeded ?? 0;
  if (job.spec.completions !== undefined) return `${succeeded}/${job.spec.completions}`;
  const parallelism = job.spec.parallelism;
  return parallelism !== undefined && parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
};

const jobDuration = (job: Job, now: number): string => {
  const start = Date.parse(job.status?.startTime ?? '');
  if (Number.isNaN(start)) return '';
  const end = Date.parse(job.status?.completionTime ?? '');
  return humanDuration((Number.isNaN(end) ? now : end) - start);
};

export const jobCells = (job: Job, now: number, selector: FormatSelector): Cell[] => [
  job.metadata.name,
  jobStatus(job),
  jobCompletions(job),
  jobDuration(job, now),
  ageSince(job.metadata.creationTimestamp, now),
  ...templateCells(job.spec.template),
  selector(job.spec.selector),
];

const boolPtr = (value: boolean | undefined): string => (value === undefined ? '<unset>' : value ? 'True' : 'False');

export const cronJobCells = (cj: CronJob, now: number, selector: FormatSelector): Cell[] => [
  cj.metadata.name,
  cj.spec.schedule,
  cj.spec.timeZone ?? '<none>',
  boolPtr(cj.spec.suspend),
  cj.status?.active?.length ?? 0,
  cj.status?.lastScheduleTime ? ageSince(cj.status.lastScheduleTime, now) : '<none>',
  ageSince(cj.metadata.creationTimestamp, now),
  ...templateCells(cj.spec.jobTemplate.spec.template),
  selector(cj.spec.jobTemplate.spec.selector),
];

const count = (map: Record<string, unknown> | undefined): number => Object.keys(map ?? {}).length;

export const configMapCells = (cm: ConfigMap, now: number): Cell[] => [cm.metadata.name, count(cm.data) + count(cm.binaryData), ageSince(cm.metadata.creationTimestamp, now)];

/** Type and key count: a value is never printed, as kubectl prints none. */
export const secretCells = (secret: Secret, now: number): Cell[] => [secret.metadata.name, secret.type ?? 'Opaque', count(secret.data), ageSince(secret.metadata.creationTimestamp, now)];

export const serviceAccountCells = (sa: ServiceAccount, now: number): Cell[] => [sa.metadata.name, sa.secrets?.length ?? 0, ageSince(sa.metadata.creationTimestamp, now)];

// kubectl's GetAccessModesAsString: a fixed order, each mode once.
const MODES: [string, string][] = [['ReadWriteOnce', 'RWO'], ['ReadOnlyMany', 'ROX'], ['ReadWriteMany', 'RWX'], ['ReadWriteOncePod', 'RWOP']];
const accessModes = (modes: string[] | undefined): string => MODES.filter(([mode]) => modes?.includes(mode)).map(([, short]) => short).join(',');

export const persistentVolumeClaimCells = (pvc: PersistentVolumeClaim, now: number): Cell[] => {
  const bound = Boolean(pvc.spec.volumeName);
  return [
    pvc.metadata.name,
    pvc.metadata.deletionTimestamp ? 'Terminating' : pvc.status?.phase ?? '',
    pvc.spec.volumeName ?? '',
    bound ? pvc.status?.capacity?.storage ?? '0' : '',
    bound ? accessModes(pvc.status?.accessModes) : '',
    pvc.spec.storageClassName ?? '',
    pvc.spec.volumeAttributesClassName ?? '<unset>',
    ageSince(pvc.metadata.creationTimestamp, now),
    pvc.spec.volumeMode ?? '<unset>',
  ];
};

export const persistentVolumeCells = (pv: PersistentVolume, now: number): Cell[] => [
  pv.metadata.name,
  pv.spec.capacity?.storage ?? '0',
  accessModes(pv.spec.accessModes),
  pv.spec.persistentVolumeReclaimPolicy ?? '',
  pv.metadata.deletionTimestamp ? 'Terminating' : pv.status?.phase ?? '',
  pv.spec.claimRef ? `${pv.spec.claimRef.namespace ?? ''}/${pv.spec.claimRef.name ?? ''}` : '',
  pv.spec.storageClassName ?? '',
  pv.spec.volumeAttributesClassName ?? '<unset>',
  pv.status?.reason ?? '',
  ageSince(pv.metadata.creationTimestamp, now),
  pv.spec.volumeMode ?? '<unset>',
];

const ingressHosts = (ing: Ingress): string => {
  const hosts = (ing.spec?.rules ?? []).map((rule) => rule.host).filter((host): host is string => Boolean(host));
  if (hosts.length === 0) return '*';
  return hosts.length > 3 ? `${hosts.slice(0, 3).join(',')} + ${hosts.length - 3} more...` : hosts.join(',');
};

export const ingressCells = (ing: Ingress, now: number): Cell[] => [
  ing.metadata.name,
  ing.spec?.ingressClassName ?? '<none>',
  ingressHosts(ing),
  (ing.status?.loadBalancer?.ingress ?? []).map((lb) => lb.ip || lb.hostname || '').filter(Boolean).join(','),
  (ing.spec?.tls ?? []).length ? '80, 443' : '80',
  ageSince(ing.metadata.creationTimestamp, now),
];

const hpaMetrics = (hpa: HorizontalPodAutoscaler): string => {
  const specs = hpa.spec.metrics ?? [];
  if (specs.length === 0) return '<none>';
  return specs
    .map((spec) => {
      const resource = spec.resource ?? spec.containerResource;
      if (!resource) return '<unknown>/<unknown>';
      const current = hpa.status?.currentMetrics?.find((m) => m.resource?.name === resource.name)?.resource?.current;
      if (resource.target.averageUtilization !== undefined) {
        return `${resource.name}: ${current?.averageUtilization !== undefined ? `${current.averageUtilization}%` : '<unknown>'}/${resource.target.averageUtilization}%`;
      }
      return `${resource.name}: ${current?.averageValue ?? current?.value ?? '<unknown>'}/${resource.target.averageValue ?? resource.target.value ?? ''}`;
    })
    .join(', ');
};

export const horizontalPodAutoscalerCells = (hpa: HorizontalPodAutoscaler, now: number): Cell[] => [
  hpa.metadata.name,
  `${hpa.spec.scaleTargetRef.kind}/${hpa.spec.scaleTargetRef.name}`,
  hpaMetrics(hpa),
  hpa.spec.minReplicas !== undefined ? String(hpa.spec.minReplicas) : '<unset>',
  hpa.spec.maxReplicas,
  hpa.status?.currentReplicas ?? 0,
  ageSince(hpa.metadata.creationTimestamp, now),
];
