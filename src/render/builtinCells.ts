// Cell helpers shared by issue 11's renderers: kubectl's short access modes and key counts.

const ACCESS_MODES: Record<string, string> = { ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' };

/** kubectl's ACCESS MODES: `RWO,RWX`; an unknown mode is printed as the API names it. */
export const accessModesCell = (modes: readonly string[] | undefined): string => (modes ?? []).map((mode) => ACCESS_MODES[mode] ?? mode).join(',');

/** A count of a map's keys, as kubectl's DATA column. */
export const keyCount = (...maps: (Record<string, unknown> | undefined)[]): number => maps.reduce((sum, map) => sum + Object.keys(map ?? {}).length, 0);
