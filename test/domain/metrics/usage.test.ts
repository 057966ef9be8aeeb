import { describe, expect, it } from 'vitest';
import { parseGoDuration, parseNodeMetricsList, parsePodMetricsList } from '../../../src/domain/metrics/parseMetrics.js';
import { cpuNanocores, formatCpu, formatMemory, formatMemoryLimit, memoryBytes, percentOf } from '../../../src/domain/metrics/quantity.js';
import { HISTORY_MS, MAX_SAMPLES, mergePodUsage, type PodUsage } from '../../../src/domain/metrics/usage.js';
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
