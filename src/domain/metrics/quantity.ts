// Kubernetes resource quantities ("250m", "2Gi", "7960380Ki", "123456789n", "1e3") as numbers, and
// the forms `kubectl top` prints. CPU is kept in nanocores and memory in bytes: PodMetrics report
// nanocores, and kubectl's millicores round up from them (Quantity.MilliValue), so keeping the
// finer unit is what lets kilo-tui print exactly what `kubectl top` prints.

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;

/** The quantity's value in its base unit (cores, bytes), or undefined when it is not a quantity. */
export function parseQuantity(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = QUANTITY.exec(text.trim());
  if (!match) return undefined;
  const [, number, exponent, suffix = ''] = match;
  const value = Number(number) * (exponent ? 10 ** Number(exponent.slice(1)) : BINARY[suffix] ?? DECIMAL[suffix]);
  return Number.isFinite(value) ? value : undefined;
}

/** CPU in nanocores (an integer), from a quantity in cores. */
export function cpuNanocores(text: unknown): number | undefined {
  const cores = parseQuantity(text);
  return cores === undefined ? undefined : Math.round(cores * 1e9);
}

/** Memory in bytes (an integer). */
export function memoryBytes(text: unknown): number | undefined {
  const bytes = parseQuantity(text);
  return bytes === undefined ? undefined : Math.round(bytes);
}

/** As `kubectl top` prints CPU: millicores, rounded up ("13m"). */
export function formatCpu(nanocores: number): string {
  return `${Math.ceil(nanocores / 1e6)}m`;
}

/** As `kubectl top` prints memory: mebibytes, rounded down ("412Mi"). */
export function formatMemory(bytes: number): string {
  return `${Math.floor(bytes / 2 ** 20)}Mi`;
}

/** A memory size as a person would write a limit: "2Gi", "1536Mi". */
export function formatMemoryLimit(bytes: number): string {
  const mi = Math.ceil(bytes / 2 ** 20);
  return mi % 1024 === 0 ? `${mi / 1024}Gi` : `${mi}Mi`;
}

/** A percentage as k9s prints it: a whole number; "n/a" without a base. */
export function percentOf(value: number | undefined, base: number | undefined): number | undefined {
  if (value === undefined || base === undefined || base <= 0) return undefined;
  return Math.round((value / base) * 100);
}

/**
 * A node's usage as a percentage of allocatable, as `kubectl top nodes` prints it: CPU in
 * millicores rounded up (as its CPU column), the fraction truncated to a whole percent. Rounding
 * instead would disagree with kubectl whenever a reading lands in the upper half of a percent.
 */
export function nodePercentOf(value: number | undefined, base: number | undefined, unit: 'cpu' | 'memory'): number | undefined {
  if (value === undefined || base === undefined || base <= 0) return undefined;
  const used = unit === 'cpu' ? Math.ceil(value / 1e6) : value;
  const available = unit === 'cpu' ? base / 1e6 : base;
  return Math.trunc((used / available) * 100);
}
