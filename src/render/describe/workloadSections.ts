// DaemonSets, Jobs and CronJobs as kubectl describe prints them (kubectl 1.32's describers).
import { ageOf, formatAge } from '../../domain/age.js';
import type { DescribeContext, DescribeSection } from './describeContext.js';
import { boolText, fieldLines, list, record, text, timestampText, type Json } from './fields.js';
import { podTemplateLines } from './podTemplate.js';
import { formatLabelSelectorText } from './selectorText.js';

const count = (value: unknown): string => text(value, '0');
const orUnset = (value: unknown, suffix = ''): string => (typeof value === 'number' ? `${value}${suffix}` : '<unset>');

/** `Pods Status` of a ReplicaSet or StatefulSet from its status counters: ready pods run, the rest wait. */
export const replicaPodsStatus = (status: Json): string =>
  `${text(status.readyReplicas, '0')} Running / ${Math.max(0, Number(status.replicas ?? 0) - Number(status.readyReplicas ?? 0))} Waiting / 0 Succeeded / 0 Failed`;

/** `R Running / W Waiting / S Succeeded / F Failed` of the pods this object controls, when the pods are known. */
function podPhases(obj: Json, context: DescribeContext): string | undefined {
  if (!context.pods) return undefined;
  const uid = record(obj.metadata).uid;
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  for (const pod of context.pods.items) {
    const owner = list(record(pod.metadata).ownerReferences).map(record).find((ref) => ref.controller === true);
    if (uid === undefined || owner?.uid !== uid) continue;
    const phase = text(record(pod.status).phase, 'Pending');
    if (phase in counts) counts[phase as keyof typeof counts]++;
  }
  return `${counts.Running} Running / ${counts.Pending} Waiting / ${counts.Succeeded} Succeeded / ${counts.Failed} Failed`;
}

const daemonSet: DescribeSection = (obj, context) => {
  const spec = record(obj.spec);
  const status = record(obj.status);
  const nodeSelector = Object.entries(record(record(record(spec.template).spec).nodeSelector)).map(([k, v]) => `${k}=${text(v, '')}`).join(',');
  const ready = Number(status.numberReady ?? 0);
  const fromStatus = `${ready} Running / ${Math.max(0, Number(status.currentNumberScheduled ?? 0) - ready)} Waiting / 0 Succeeded / 0 Failed`;
  return [
    ...fieldLines([
      ['Selector', formatLabelSelectorText(spec.selector)],
      ['Node-Selector', nodeSelector || '<none>'],
    ]),
    `Desired Number of Nodes Scheduled: ${count(status.desiredNumberScheduled)}`,
    `Current Number of Nodes Scheduled: ${count(status.currentNumberScheduled)}`,
    `Number of Nodes Scheduled with Up-to-date Pods: ${count(status.updatedNumberScheduled)}`,
    `Number of Nodes Scheduled with Available Pods: ${count(status.numberAvailable)}`,
    `Number of Nodes Misscheduled: ${count(status.numberMisscheduled)}`,
    `Pods Status:  ${podPhases(obj, context) ?? fromStatus}`,
    ...podTemplateLines(spec.template),
  ];
};

const job: DescribeSection = (obj, context) => {
  const spec = record(obj.spec);
  const status = record(obj.status);
  const started = typeof status.startTime === 'string' ? status.startTime : undefined;
  const completed = typeof status.completionTime === 'string' ? status.completionTime : undefined;
  const duration = started && completed ? formatAge(Math.max(0, Date.parse(completed) - Date.parse(started))) : started ? formatAge(ageOf(started, context.now)) : undefined;
  return [
    ...fieldLines([
      ['Selector', formatLabelSelectorText(spec.selector)],
      ['Parallelism', orUnset(spec.parallelism)],
      ['Completions', orUnset(spec.completions)],
      ['Completion Mode', text(spec.completionMode, 'NonIndexed')],
      ['Suspend', boolText(spec.suspend, false)],
      ['Backoff Limit', orUnset(spec.backoffLimit)],
      ['TTL Seconds After Finished', typeof spec.ttlSecondsAfterFinished === 'number' ? String(spec.ttlSecondsAfterFinished) : undefined],
      ['Active Deadline Seconds', typeof spec.activeDeadlineSeconds === 'number' ? `${spec.activeDeadlineSeconds}s` : undefined],
      ['Start Time', timestampText(started)],
      ['Completed At', timestampText(completed)],
      ['Duration', duration],
      ['Pods Statuses', `${count(status.active)} Active (${count(status.ready)} Ready) / ${count(status.succeeded)} Succeeded / ${count(status.failed)} Failed`],
    ]),
    ...podTemplateLines(spec.template),
  ];
};

const cronJob: DescribeSection = (obj) => {
  const spec = record(obj.spec);
  const status = record(obj.status);
  const jobSpec = record(record(spec.jobTemplate).spec);
  const active = list(status.active).map(record).map((ref) => text(ref.name, ''));
  return [
    ...fieldLines([
      ['Schedule', text(spec.schedule)],
      ['Time Zone', typeof spec.timeZone === 'string' ? spec.timeZone : undefined],
      ['Concurrency Policy', text(spec.concurrencyPolicy, 'Allow')],
      ['Suspend', boolText(spec.suspend, false, true)],
      ['Successful Job History Limit', orUnset(spec.successfulJobsHistoryLimit)],
      ['Failed Job History Limit', orUnset(spec.failedJobsHistoryLimit)],
      ['Starting Deadline Seconds', orUnset(spec.startingDeadlineSeconds, 's')],
      ['Selector', jobSpec.selector === undefined ? '<unset>' : formatLabelSelectorText(jobSpec.selector)],
      ['Parallelism', orUnset(jobSpec.parallelism)],
      ['Completions', orUnset(jobSpec.completions)],
      ['Active Deadline Seconds', typeof jobSpec.activeDeadlineSeconds === 'number' ? `${jobSpec.activeDeadlineSeconds}s` : undefined],
    ]),
    ...podTemplateLines(jobSpec.template),
    ...fieldLines([
      ['Last Schedule Time', timestampText(status.lastScheduleTime) ?? '<unset>'],
      ['Active Jobs', active.length ? active.join(', ') : '<none>'],
    ]),
  ];
};

export const WORKLOAD_SECTIONS: Readonly<Record<string, DescribeSection>> = { DaemonSet: daemonSet, Job: job, CronJob: cronJob };
