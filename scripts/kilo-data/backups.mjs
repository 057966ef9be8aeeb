// kilo-data's nightly backup of kilo-db: a CronJob at 03:00 and the Jobs of its last three runs
// (successfulJobsHistoryLimit), each with its Completed pod; and the namespace's default
// ServiceAccount and CA ConfigMap. The StatefulSet and its pods are statefulSet.mjs's.
import { completedJob, namespaceDefaults, uidIn } from '../kube-system/objects.mjs';
import { DAY, HOUR, MINUTE, SECOND, stamp } from '../kilo-guardian/time.mjs';
import { CAPTURED_AT } from '../kilo-guardian/services.mjs';

const ns = 'kilo-data';
const NAME = 'kilo-db-backup';
export const BACKUP_IMAGE = 'kilo-db-backup:cb1';
const CREATED = 21 * DAY + 4 * HOUR + 7 * MINUTE;
const CRONJOB_CREATED = 20 * DAY + 22 * HOUR + 41 * MINUTE;

const jobTemplateSpec = {
  backoffLimit: 2,
  template: {
    metadata: { creationTimestamp: null, labels: { app: NAME } },
    spec: {
      containers: [{
        command: ['/bin/sh', '-c', 'pg_dump -h kilo-db -U kilo kilo | gzip > /backup/kilo-$(date +%F).sql.gz && find /backup -mtime +14 -delete'],
        env: [{ name: 'PGPASSFILE', value: '/etc/kilo/pgpass' }],
        image: BACKUP_IMAGE, imagePullPolicy: 'IfNotPresent', name: 'backup',
      }],
      restartPolicy: 'OnFailure',
    },
  },
};

export function kiloDataExtras(version) {
  const defaults = namespaceDefaults(ns, CREATED, version);
  const cronJob = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { creationTimestamp: stamp(CRONJOB_CREATED), generation: 1, labels: { app: NAME }, name: NAME, namespace: ns, resourceVersion: String(version()), uid: uidIn(ns, `CronJob/${NAME}`) },
    spec: { concurrencyPolicy: 'Forbid', failedJobsHistoryLimit: 1, jobTemplate: { metadata: { creationTimestamp: null }, spec: jobTemplateSpec }, schedule: '0 3 * * *', successfulJobsHistoryLimit: 3, suspend: false },
    status: {},
  };
  const owner = [{ apiVersion: 'batch/v1', blockOwnerDeletion: true, controller: true, kind: 'CronJob', name: NAME, uid: cronJob.metadata.uid }];
  const captured = Date.parse(CAPTURED_AT);
  // The last three 03:00 runs before capture; a scheduled Job is named after its minute since the epoch.
  const runs = [2, 1, 0].map((daysBefore, i) => {
    const scheduled = Date.parse(CAPTURED_AT.slice(0, 10) + 'T03:00:00Z') - daysBefore * DAY;
    return completedJob({
      namespace: ns, name: `${NAME}-${scheduled / MINUTE}`, labels: {}, template: jobTemplateSpec.template,
      createdMsAgo: captured - scheduled, runMs: (38 + 3 * i) * SECOND, podIP: `10.42.0.${70 + i}`, ownerReferences: owner, version, backoffLimit: 2,
    });
  });
  const last = runs.at(-1).job;
  cronJob.status = { lastScheduleTime: last.metadata.creationTimestamp, lastSuccessfulTime: last.status.completionTime };
  return { cronJobs: [cronJob], jobs: runs.map((r) => r.job), pods: runs.map((r) => r.pod), serviceAccounts: [defaults.serviceAccount], configMaps: [defaults.rootCa] };
}

export const backupBehaviour = {
  image: BACKUP_IMAGE,
  startup: ['pg_dump: dumping contents of table "public.documents"', 'pg_dump: dumping contents of table "public.medications"', 'pg_dump: dumping contents of table "public.reminders"', 'backup written: /backup/kilo-2026-01-06.sql.gz (41.2 MB)', 'removed 1 backup older than 14 days'],
  startupIntervalMs: 400,
};

