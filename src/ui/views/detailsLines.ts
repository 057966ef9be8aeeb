// The details pane's text for a pod: status, last termination and its latest events. Pure.
import { podSeriesKey } from '../../domain/metrics/usage.js';
import { ageOf, formatAge } from '../../domain/age.js';
import { formatRestarts, podStatus } from '../../domain/pods.js';
import type { Pod } from '../../domain/resources.js';
import { eventsFor, type IndexedSnapshot } from '../../render/clusterIndex.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { usageTrendLines } from '../../render/usageTrend.js';
import { memoryExplanationLines, pressuredContainers } from '../../domain/metrics/oomExplanation.js';
import { workloadOfPod } from '../../domain/workloads.js';

export interface DetailLine {
  text: string;
  tone?: 'danger' | 'warn';
}

export function podDetailLines(pod: Pod, snapshot: IndexedSnapshot, width = 80): DetailLine[] {
  const now = snapshot.now;
  const status = podStatus(pod, now);
  const lines: DetailLine[] = [
    { text: `Pod ${pod.metadata.name}` },
    { text: `Status ${status.reason}  Ready ${status.ready}  Restarts ${formatRestarts(status, now)}`, tone: status.crashing ? 'danger' : undefined },
    { text: `Node ${pod.spec.nodeName ?? '-'}  IP ${pod.status?.podIP ?? '-'}` },
  ];
  for (const container of pod.status?.containerStatuses ?? []) {
    const waiting = container.state?.waiting;
    if (waiting?.reason) lines.push({ text: `${container.name}: waiting ${waiting.reason}${waiting.message ? ` – ${waiting.message}` : ''}`, tone: 'warn' });
    const last = container.lastState?.terminated;
    if (last) {
      const when = last.finishedAt ? `${formatAge(ageOf(last.finishedAt, now))} ago` : '';
      lines.push({ text: `${container.name}: last terminated ${last.reason ?? ''} exit code ${last.exitCode} ${when}`.replace(/\s+/g, ' '), tone: last.exitCode !== 0 ? 'danger' : undefined });
      if (last.message) lines.push({ text: `  ${last.message}` });
    }
  }
  // An OOM kill or a container near its limit is explained with its fix (L previews it).
  const workload = workloadOfPod(pod, snapshot);
  const ctx = { context: '', currentContext: '', namespace: pod.metadata.namespace ?? snapshot.namespace };
  for (const memory of pressuredContainers(pod, snapshot)) {
    lines.push(...memoryExplanationLines(memory, workload, ctx, now, { keyHint: 'L previews it' }).map((text, i) => ({ text, tone: i === 0 ? ('danger' as const) : undefined })));
  }
  if (snapshot.metrics && snapshot.metrics.status.state !== 'idle') lines.push(...usageTrendLines(pod, snapshot.metrics.pods.get(podSeriesKey(pod.metadata.namespace, pod.metadata.name)), now, width));
  const events = eventsFor(snapshot, pod);
  lines.push({ text: events.length ? 'Events (latest first):' : 'Events: none' });
  for (const event of events.slice(0, 10)) {
    lines.push({ text: `  ${event.type ?? 'Normal'} ${event.reason ?? ''}: ${event.message ?? ''}`, tone: event.type === 'Warning' ? 'warn' : undefined });
  }
  return lines.map((line) => ({ ...line, text: sanitizeLine(line.text) }));
}
