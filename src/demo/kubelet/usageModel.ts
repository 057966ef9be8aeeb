// What a running container uses, per its behaviour's usage declaration, as a cAdvisor scrape would
// see it at a given time. Deterministic: the same container at the same scrape time reads the
// same, so `kubectl top` and kilo-tui asking within one scrape window see equal numbers.
import type { UsageDeclaration } from '../fixtureTypes.js';

/** A small process doing nothing much: what an image without a declaration uses. */
export const DEFAULT_USAGE: UsageDeclaration = { cpu: { pattern: 'idle', millicores: 3 }, memory: { pattern: 'steady', mebibytes: 40 } };

const MIB = 2 ** 20;

export interface ContainerUsage {
  cpuNanocores: number;
  memoryBytes: number;
}

/** A stable pseudo-random number in [0, 1) for a container at a scrape. */
function jitter(key: string, scrape: number): number {
  let hash = 0x811c9dc5;
  const text = `${key}@${scrape}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

function cpuAt(cpu: UsageDeclaration['cpu'], key: string, scrape: number): number {
  const r = jitter(`${key}/cpu`, scrape);
  switch (cpu.pattern) {
    case 'idle':
      return cpu.millicores * (0.5 + r);
    case 'steady':
      return cpu.millicores * (0.9 + 0.2 * r);
    case 'spiky':
      // One scrape in four or so catches a burst.
      return cpu.millicores * (r < 0.25 ? 3 + 12 * r : 0.8 + 0.4 * r);
  }
}

/** Memory of a leaking instance after `simulatedMs` of leaking, before any limit. */
export function leakedBytes(memory: UsageDeclaration['memory'], simulatedMs: number): number {
  return (memory.mebibytes + (memory.leakMebibytesPerMinute ?? 0) * (simulatedMs / 60_000)) * MIB;
}

/**
 * Simulated ms until a leaking instance reaches `limitBytes`: when the kubelet OOM-kills it.
 * Undefined when it does not leak or has no limit.
 */
export function simulatedMsUntilLimit(declaration: UsageDeclaration, limitBytes: number | undefined): number | undefined {
  const { memory } = declaration;
  if (memory.pattern !== 'leak' || !memory.leakMebibytesPerMinute || limitBytes === undefined) return undefined;
  return Math.max(0, ((limitBytes / MIB - memory.mebibytes) / memory.leakMebibytesPerMinute) * 60_000);
}

/**
 * Usage of a container at `scrapeAt` (ms). `key` names the instance (its container ID), so a
 * restarted instance starts its own sequence; `leakFrom` is when its leak began and `timeScale`
 * how fast simulated time runs.
 */
export function containerUsageAt(
  declaration: UsageDeclaration,
  key: string,
  scrapeAt: number,
  leak: { from: number; timeScale: number; limitBytes?: number },
): ContainerUsage {
  const cpuMillicores = cpuAt(declaration.cpu, key, scrapeAt);
  const { memory } = declaration;
  let memoryBytes: number;
  if (memory.pattern === 'leak') {
    const leaked = leakedBytes(memory, Math.max(0, scrapeAt - leak.from) * leak.timeScale);
    memoryBytes = leak.limitBytes === undefined ? leaked : Math.min(leaked, leak.limitBytes);
  } else {
    memoryBytes = memory.mebibytes * MIB * (0.98 + 0.04 * jitter(`${key}/memory`, scrapeAt));
  }
  return { cpuNanocores: Math.round(cpuMillicores * 1e6), memoryBytes: Math.round(memoryBytes / 1024) * 1024 };
}
