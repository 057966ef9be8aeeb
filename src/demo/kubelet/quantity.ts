// Resource quantities as the kubelet reads a container's limits ("2Gi", "512Mi", "250m"). The demo
// keeps its own parser rather than the app's: it is the oracle kilo-tui's numbers are checked against.
const SUFFIX: Record<string, number> = {
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40,
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12,
};

export function quantityValue(text: unknown): number | undefined {
  if (typeof text !== 'string' && typeof text !== 'number') return undefined;
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|n|u|m|k|M|G|T)?$/.exec(String(text).trim());
  if (!match) return undefined;
  return Number(match[1]) * SUFFIX[match[2] ?? ''];
}

/** `resources.limits.memory` (or any resource) of a container, in its base unit. */
export function resourceOf(resources: unknown, list: 'limits' | 'requests', name: string): number | undefined {
  if (typeof resources !== 'object' || resources === null) return undefined;
  const entries = (resources as Record<string, unknown>)[list];
  if (typeof entries !== 'object' || entries === null) return undefined;
  return quantityValue((entries as Record<string, unknown>)[name]);
}
