// The pane's one status line: a single pod's own status, or for merged logs how many pods are
// being followed plus whichever ones are not.
import type { PodStreamStatus } from './podLogStream.js';
import { podLabels } from './podLabels.js';

export function summarizeStatuses(pods: readonly string[], statuses: ReadonlyMap<string, PodStreamStatus>, merged: boolean): string {
  if (!merged || pods.length === 1) return statuses.get(pods[0] ?? '')?.text ?? 'loading…';
  const labels = podLabels(pods);
  const following = pods.filter((pod) => statuses.get(pod)?.phase === 'following').length;
  const others = pods
    .filter((pod) => statuses.get(pod) && statuses.get(pod)?.phase !== 'following')
    .map((pod) => `${labels.get(pod)?.short ?? pod}: ${statuses.get(pod)?.text}`);
  return [`following ${following}/${pods.length} pods`, ...others].join(' · ');
}
