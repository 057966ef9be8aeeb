// The bench section for deleteStale.ts: the median of a few rounds, as a ratio kubectl / kilo-tui.
import type { BenchFigure, BenchSection } from './benchSection.js';
import { runDeleteStaleRound, runKubectlNoWait, type DeleteStaleRound } from './deleteStale.js';

const ROUNDS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function deleteStaleFigures(rounds: readonly DeleteStaleRound[], kubectlNoWaitMs: number): BenchFigure[] {
  const kiloMs = median(rounds.map((r) => r.kiloMs));
  const kubectlMs = median(rounds.map((r) => r.kubectlMs));
  const ratio = kubectlMs / kiloMs;
  const allLeft = rounds.flatMap((r) => [r.kiloLeft, r.kubectlLeft]);
  const left = allLeft.every((n) => n === allLeft[0]) ? allLeft[0] : -1;
  return [
    { label: `kilo-tui executor: delete ${rounds[0].staleCount} stale RS (median of ${rounds.length})`, value: kiloMs, unit: 'ms' },
    { label: `kubectl delete rs <${rounds[0].staleCount} names> (median of ${rounds.length})`, value: kubectlMs, unit: 'ms' },
    { label: `kubectl delete --wait=false (context, 1 run)`, value: kubectlNoWaitMs, unit: 'ms' },
    { label: 'kubectl time / kilo-tui time', value: ratio, unit: 'x', target: '> 1× (kilo-tui faster)', ok: ratio > 1 },
    { label: 'ReplicaSets left on every side (same on all)', value: left, unit: 'count', target: '15', ok: left === 15 },
  ];
}

export const deleteStaleBench: BenchSection = {
  name: 'delete-stale',
  title: 'Delete 63 stale RS',
  async run() {
    const rounds: DeleteStaleRound[] = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push(await runDeleteStaleRound());
    return deleteStaleFigures(rounds, await runKubectlNoWait());
  },
};
