// Resource quantities summed and printed as kubectl describe prints a node's requests and limits:
// CPU as cores or millicores ("4", "650m"), other resources in the largest unit that divides them
// exactly, binary ("1164Mi") when the summed quantities were written with binary suffixes.
import { parseQuantity } from '../../domain/metrics/quantity.js';

const BINARY: readonly [string, number][] = [['Ei', 2 ** 60], ['Pi', 2 ** 50], ['Ti', 2 ** 40], ['Gi', 2 ** 30], ['Mi', 2 ** 20], ['Ki', 2 ** 10]];
const DECIMAL: readonly [string, number][] = [['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3]];

/** A sum of quantities of one resource, remembering whether they were written in binary units. */
export interface QuantitySum {
  value: number;
  binary: boolean;
}

export const ZERO: QuantitySum = { value: 0, binary: false };

export function addQuantity(sum: QuantitySum, quantity: unknown): QuantitySum {
  const value = parseQuantity(quantity);
  if (value === undefined) return sum;
  return { value: sum.value + value, binary: sum.binary || (typeof quantity === 'string' && /[KMGTPE]i$/.test(quantity.trim())) };
}

export const plusQuantity = (a: QuantitySum, b: QuantitySum): QuantitySum => ({ value: a.value + b.value, binary: a.binary || b.binary });

export const maxQuantity = (a: QuantitySum, b: QuantitySum): QuantitySum => (b.value > a.value ? b : a);

export function quantityText(resource: string, sum: QuantitySum): string {
  if (resource === 'cpu') {
    const milli = Math.round(sum.value * 1000);
    return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
  }
  const value = Math.round(sum.value);
  if (value === 0) return '0';
  for (const [suffix, unit] of sum.binary ? BINARY : DECIMAL) if (value % unit === 0) return `${value / unit}${suffix}`;
  return String(value);
}

/** kubectl's percentage of allocatable: truncated, CPU compared in millicores; 0 without a base. */
export function percentText(resource: string, sum: QuantitySum, allocatable: unknown): string {
  const base = parseQuantity(allocatable) ?? 0;
  const scale = resource === 'cpu' ? 1000 : 1;
  const percent = base > 0 ? Math.trunc((Math.round(sum.value * scale) / Math.round(base * scale)) * 100) : 0;
  return `${quantityText(resource, sum)} (${percent}%)`;
}
