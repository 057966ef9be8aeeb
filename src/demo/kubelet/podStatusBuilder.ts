// The pod status the kubelet reports from its container records. Conditions keep their
// lastTransitionTime while their status holds, so rewriting an unchanged pod is a no-op.
import type { Condition, Pod } from '../../domain/resources.js';
import { containerStatusOf, toTimestamp, type ContainerRecord } from './containerRecord.js';

type PodStatus = NonNullable<Pod['status']>;

function condition(previous: Condition[], type: string, ok: boolean, now: number, reason?: string): Condition {
  const status = ok ? 'True' : 'False';
  const before = previous.find((c) => c.type === type);
  if (before && before.status === status) return before;
  return { type, status, lastTransitionTime: toTimestamp(now), ...(ok || !reason ? {} : { reason }) };
}

export function buildPodStatus(pod: Pod, records: ContainerRecord[], now: number, hostIP: string, podIP: string | undefined): PodStatus {
  const previous = pod.status ?? {};
  const conditions = previous.conditions ?? [];
  const everStarted = records.some((r) => r.state.running || r.state.terminated || r.lastState.terminated);
  const allReady = records.every((r) => r.ready);
  const ip = previous.podIP ?? podIP;
  return {
    ...previous,
    phase: everStarted ? 'Running' : 'Pending',
    conditions: [
      condition(conditions, 'PodReadyToStartContainers', true, now),
      condition(conditions, 'Initialized', true, now),
      condition(conditions, 'Ready', allReady, now, 'ContainersNotReady'),
      condition(conditions, 'ContainersReady', allReady, now, 'ContainersNotReady'),
      condition(conditions, 'PodScheduled', true, now),
    ],
    hostIP: previous.hostIP ?? hostIP,
    hostIPs: previous.hostIPs ?? [{ ip: previous.hostIP ?? hostIP }],
    ...(ip ? { podIP: ip, podIPs: previous.podIPs ?? [{ ip }] } : {}),
    startTime: previous.startTime ?? toTimestamp(now),
    containerStatuses: records.map(containerStatusOf),
  };
}
