import { describe, expect, it } from 'vitest';
import { parseGoDuration, parseNodeMetricsList, parsePodMetricsList } from '../../../src/domain/metrics/parseMetrics.js';
import { cpuNanocores, formatCpu, formatMemory, formatMemoryLimit, memoryBytes, percentOf } from '../../../src/domain/metrics/quantity.js';
import { HISTORY_MS, MAX_SAMPLES, mergePodUsage, type PodSeries, type PodUsage } from '../../../src/domain/metrics/usage.js';
import { podSeriesKey } from '../../../src/domain/metrics/usage.js';

const T = Date.parse('2026-01-06T12:00:00Z');
const MI = 2 ** 20;

describe('quantities', () => {
  it('parse as the API writes them', () => {
    expect(cpuNanocores('250m')).toBe(250_000_000);
    expect(cpuNanocores('2')).toBe(2e9);
    expect(cpuNanocores('12345678n')).toBe(12_345_678);
    expect(cpuNanocores('1.5')).toBe(1.5e9);
    expect(memoryBytes('2Gi')).toBe(2 * 1024 * MI);
    expect(memoryBytes('7960380Ki')).toBe(7_960_380 * 1024);
    expect(memoryBytes('1e3')).toBe(1000);
    expect(memoryBytes('128M')).toBe(128e6);
    for (const bad of ['', 'lots', '12 Mi', '--1', undefined, 42]) expect(memoryBytes(bad)).toBeUndefined();
  });

  it('print as kubectl top does: millicores rounded up, mebibytes rounded down', () => {
    expect(formatCpu(12_345_678)).toBe('13m');
    expect(formatCpu(1_000_000)).toBe('1m');
    expect(formatCpu(0)).toBe('0m');
    expect(formatMemory(627 * MI + 1023 * 1024)).toBe('627Mi');
    expect(formatMemoryLimit(2 * 1024 * MI)).toBe('2Gi');
    expect(formatMemoryLimit(2560 * MI)).toBe('2560Mi');
    expect(percentOf(620 * MI, 2048 * MI)).toBe(30);
    expect(percentOf(1, undefined)).toBeUndefined();
    expect(percentOf(1, 0)).toBeUndefined();
  });
});

describe('metrics lists', () => {
  it('read PodMetrics and NodeMetrics, skipping what cannot be read', () => {
    const pods = parsePodMetricsList({
      items: [
        { metadata: { name: 'a' }, timestamp: '2026-01-06T12:00:00Z', window: '15s', containers: [{ name: 'c', usage: { cpu: '1000000n', memory: '1024Ki' } }, { name: 'd', usage: { cpu: '2m', memory: '1Mi' } }] },
        { metadata: { name: 'no-time' }, containers: [] },
        { metadata: { name: 'bad-quantity' }, timestamp: '2026-01-06T12:00:00Z', containers: [{ name: 'c', usage: { cpu: 'x', memory: '1Mi' } }] },
        42,
        null,
      ],
    });
    expect(pods).toEqual([{ name: 'a', timestamp: T, windowMs: 15_000, cpuNanocores: 3_000_000, memoryBytes: 2 * MI, containers: [{ name: 'c', cpuNanocores: 1_000_000, memoryBytes: MI }, { name: 'd', cpuNanocores: 2_000_000, memoryBytes: MI }] }]);
    expect(parseNodeMetricsList({ items: [{ metadata: { name: 'n' }, timestamp: '2026-01-06T12:00:00Z', window: '20.066s', usage: { cpu: '828m', memory: '6Gi' } }] })).toEqual([
      { name: 'n', timestamp: T, windowMs: 20_066, cpuNanocores: 828_000_000, memoryBytes: 6 * 1024 * MI },
    ]);
    expect(parsePodMetricsList('not a list')).toEqual([]);
    expect(parseGoDuration('1m0s')).toBe(60_000);
    expect(parseGoDuration('soon')).toBeUndefined();
  });
});

const reading = (name: string, at: number, memory: number): PodUsage => ({ name, timestamp: at, windowMs: 15_000, cpuNanocores: 1e6, memoryBytes: memory, containers: [{ name: 'c', cpuNanocores: 1e6, memoryBytes: memory }] });

describe('usage series', () => {
  it('gain a sample per new scrape; the same scrape again keeps the same series object', () => {
    const first = mergePodUsage(new Map(), [reading('a', T, MI)], T);
    const again = mergePodUsage(first, [reading('a', T, MI)], T + 5_000);
    expect(again.get(podSeriesKey(undefined, 'a'))).toBe(first.get(podSeriesKey(undefined, 'a')));
    const next = mergePodUsage(again, [reading('a', T + 15_000, 2 * MI)], T + 15_000);
    expect(next.get(podSeriesKey(undefined, 'a'))!.samples.map((s) => s.memoryBytes)).toEqual([MI, 2 * MI]);
    expect(next.get(podSeriesKey(undefined, 'a'))!.latest!.memoryBytes).toBe(2 * MI);
  });

  it('keep a pod the poll left out (a restart) without a latest reading, and forget samples older than an hour', () => {
    let series = mergePodUsage(new Map(), [reading('a', T, MI), reading('b', T, MI)], T);
    series = mergePodUsage(series, [reading('b', T + 15_000, MI)], T + 15_000);
    expect(series.get(podSeriesKey(undefined, 'a'))).toEqual({ samples: [expect.objectContaining({ at: T })] });
    series = mergePodUsage(series, [reading('b', T + HISTORY_MS + 1, MI)], T + HISTORY_MS + 1);
    expect(series.has('a')).toBe(false);
    expect(series.get(podSeriesKey(undefined, 'b'))!.samples.map((s) => s.at)).toEqual([T + 15_000, T + HISTORY_MS + 1]);
  });

  it('hold at most MAX_SAMPLES per pod, however fast the scrapes', () => {
    let series = mergePodUsage(new Map(), [], T);
    for (let i = 0; i < MAX_SAMPLES + 50; i++) series = mergePodUsage(series, [reading('a', T + i, MI)], T + i);
    expect(series.get(podSeriesKey(undefined, 'a'))!.samples).toHaveLength(MAX_SAMPLES);
    expect(series.get(podSeriesKey(undefined, 'a'))!.samples.at(-1)!.at).toBe(T + MAX_SAMPLES + 49);
  });
});

// The merge as first written, copying every series: the one a person can check by reading. The
// merge in use appends with one copy and skips the left-out pass; on any sequence of polls it must
// give the same series (and keep the same series objects where this one does).
function referenceMerge(previous: ReadonlyMap<string, PodSeries>, pods: readonly PodUsage[], now: number): ReadonlyMap<string, PodSeries> {
  const next = new Map<string, PodSeries>();
  const horizon = now - HISTORY_MS;
  for (const usage of pods) {
    const key = podSeriesKey(usage.namespace, usage.name);
    const before = previous.get(key);
    const last = before?.samples.at(-1);
    if (before && last && last.at >= usage.timestamp) {
      next.set(key, before.latest ? before : { ...before, latest: usage });
      continue;
    }
    const kept = (before?.samples ?? []).filter((s) => s.at > horizon);
    const sample = { at: usage.timestamp, cpuNanocores: usage.cpuNanocores, memoryBytes: usage.memoryBytes, containers: usage.containers.map((c) => ({ name: c.name, memoryBytes: c.memoryBytes })) };
    next.set(key, { latest: usage, samples: [...kept.slice(Math.max(0, kept.length - MAX_SAMPLES + 1)), sample] });
  }
  for (const [name, series] of previous) {
    if (next.has(name)) continue;
    const samples = series.samples.filter((s) => s.at > horizon);
    if (samples.length === 0) continue;
    next.set(name, series.latest === undefined && samples.length === series.samples.length ? series : { samples });
  }
  return next;
}

describe('usage series merged poll by poll', () => {
  it('read as the copying merge after each of 400 random polls: pods come and go, scrapes repeat, time jumps past the hour', () => {
    let seed = 11;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 8) % n;
    const names = Array.from({ length: 12 }, (_, i) => ({ namespace: i % 3 === 0 ? undefined : `ns-${i % 2}`, name: `pod-${i % 7}` }));
    const scrapedAt = new Map<string, number>();
    let now = T;
    let merged: ReadonlyMap<string, PodSeries> = new Map();
    let reference: ReadonlyMap<string, PodSeries> = new Map();
    const gaps = [0, 1_000, 15_000, 15_000, 60_000, 20 * 60_000, HISTORY_MS + 1];
    let sawForgotten = false;
    for (let step = 0; step < 400; step++) {
      now += gaps[next(gaps.length)];
      const polled = names.filter(() => next(5) > 0);
      if (next(8) === 0) polled.push(polled[0] ?? names[0]);
      const pods = polled.map(({ namespace, name }) => {
        const key = podSeriesKey(namespace, name);
        // A scrape is older, the same or newer than the last one seen.
        const at = next(4) === 0 ? (scrapedAt.get(key) ?? now) - next(2) * 15_000 : now;
        scrapedAt.set(key, Math.max(at, scrapedAt.get(key) ?? 0));
        return { ...reading(name, at, (1 + next(900)) * MI), namespace };
      });
      const after = mergePodUsage(merged, pods, now);
      const expected = referenceMerge(reference, pods, now);
      expect([...after.entries()], `step ${step}`).toEqual([...expected.entries()]);
      // Kept objects are kept in both, so a row's cache sees the same identities either way.
      for (const [key, series] of after) expect(series === merged.get(key), `step ${step} ${key}`).toBe(expected.get(key) === reference.get(key));
      sawForgotten ||= [...merged.keys()].some((key) => !after.has(key));
      merged = after;
      reference = expected;
    }
    // A series filled up to its bound in a second, hammered poll by poll.
    for (let i = 0; i < MAX_SAMPLES + 20; i++) {
      now += 1_000;
      const pods = [{ ...reading('busy', now, MI), namespace: 'ns-0' }];
      merged = mergePodUsage(merged, pods, now);
      reference = referenceMerge(reference, pods, now);
    }
    expect([...merged.entries()]).toEqual([...reference.entries()]);
    expect(sawForgotten).toBe(true);
    expect(merged.get(podSeriesKey('ns-0', 'busy'))!.samples).toHaveLength(MAX_SAMPLES);
  });
});
