// The images this namespace's ReplicaSets have run, newest first: what the set-image prompt
// completes from (a rollback target, a tag deployed elsewhere in the namespace).
import type { ClusterSnapshot } from '../resources.js';

export function imagesUsed(snapshot: Pick<ClusterSnapshot, 'replicaSets'>): string[] {
  const newestFirst = [...snapshot.replicaSets].sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? ''));
  const seen = new Set<string>();
  for (const rs of newestFirst) for (const container of rs.spec.template?.spec?.containers ?? []) if (container.image) seen.add(container.image);
  return [...seen];
}

/**
 * Tab completion: the candidates that extend what is typed, in `candidates`' order; pressing Tab
 * again moves to the next one. `previous` is the text Tab last produced from `typed`.
 */
export function completeImage(typed: string, candidates: readonly string[], previous?: { from: string; to: string }): { from: string; to: string } | undefined {
  const from = previous ? previous.from : typed;
  const matches = candidates.filter((image) => image.startsWith(from) && image !== from);
  if (matches.length === 0) return undefined;
  const index = previous ? (matches.indexOf(previous.to) + 1) % matches.length : 0;
  return { from, to: matches[index] };
}
