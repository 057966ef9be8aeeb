// A pod's usage over the samples kilo-tui kept (the last hour): CPU and memory sparklines, the
// memory limit drawn as a line above the memory bars (which are scaled to it), and the last OOM
// kill marked under the sample it happened before. Pure text; the views colour it.
import { formatCpu, formatMemory, formatMemoryLimit } from '../domain/metrics/quantity.js';
import { podResources } from '../domain/metrics/podResources.js';
import type { PodSeries, UsageSample } from '../domain/metrics/usage.js';
import type { Pod } from '../domain/resources.js';
import { formatAge } from '../domain/age.js';

const BARS = '▁▂▃▄▅▆▇█';
export const OOM_MARK = '✕';

export interface TrendLine {
  text: string;
  tone?: 'danger' | 'warn';
}

/** One character per value, scaled to `max` (values above it draw full). */
export function sparkline(values: readonly number[], max: number): string {
  if (max <= 0) return values.map(() => BARS[0]).join('');
  return values.map((v) => BARS[Math.max(0, Math.min(BARS.length - 1, Math.round((v / max) * (BARS.length - 1))))]).join('');
}

/** When the pod's last OOM kill happened (epoch ms), if its last termination was one. */
export function lastOomKill(pod: Pod): { at: number; container: string; restarts: number } | undefined {
  let latest: { at: number; container: string; restarts: number } | undefined;
  for (const status of pod.status?.containerStatuses ?? []) {
    const last = status.lastState?.terminated;
    if (last?.reason !== 'OOMKilled') continue;
    const at = Date.parse(last.finishedAt ?? '');
    if (!Number.isNaN(at) && (!latest || at > latest.at)) latest = { at, container: status.name, restarts: status.restartCount };
  }
  return latest;
}

export function usageTrendLines(pod: Pod, series: PodSeries | undefined, now: number, width: number): TrendLine[] {
  const samples: readonly UsageSample[] = series?.samples ?? [];
  if (samples.length === 0) return [{ text: 'Usage: no samples yet' }];
  const label = 5;
  const room = Math.max(4, Math.min(samples.length, width - label - 28));
  const shown = samples.slice(-room);
  const { memoryLimit, cpuLimit, cpuRequest } = podResources(pod);
  const cpu = shown.map((s) => s.cpuNanocores);
  const memory = shown.map((s) => s.memoryBytes);
  const latest = shown[shown.length - 1];
  const peak = Math.max(...samples.map((s) => s.memoryBytes));
  const span = formatAge(Math.max(0, now - shown[0].at));
  const cpuMax = Math.max(cpuLimit ?? 0, ...cpu);
  const memoryMax = memoryLimit ?? Math.max(...memory);
  const lines: TrendLine[] = [{ text: `Usage, last ${span} (${shown.length} samples)` }];
  const cpuBase = cpuLimit !== undefined ? ` limit ${formatCpu(cpuLimit)}` : cpuRequest !== undefined ? ` request ${formatCpu(cpuRequest)}` : '';
  lines.push({ text: `CPU  ${sparkline(cpu, cpuMax)}  ${formatCpu(latest.cpuNanocores)}${cpuBase}` });
  if (memoryLimit !== undefined) lines.push({ text: `${' '.repeat(label)}${'─'.repeat(shown.length)}  limit ${formatMemoryLimit(memoryLimit)}` });
  const percent = memoryLimit ? Math.round((latest.memoryBytes / memoryLimit) * 100) : undefined;
  lines.push({
    text: `MEM  ${sparkline(memory, memoryMax)}  ${formatMemory(latest.memoryBytes)}${percent !== undefined ? ` (${percent}% of limit)` : ''}  peak ${formatMemory(peak)}`,
    tone: percent !== undefined && percent >= 90 ? 'danger' : percent !== undefined && percent >= 70 ? 'warn' : undefined,
  });
  const kill = lastOomKill(pod);
  if (kill && kill.at >= shown[0].at) {
    // Under the first sample after the kill: where the bars fall back.
    const index = shown.findIndex((s) => s.at >= kill.at);
    const at = index < 0 ? shown.length - 1 : index;
    lines.push({ text: `${' '.repeat(label + at)}${OOM_MARK} OOMKilled ${formatAge(Math.max(0, now - kill.at))} ago (${kill.container}, restart ${kill.restarts})`, tone: 'danger' });
  }
  return lines;
}
