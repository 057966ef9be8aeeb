/** The same objects in the same order: how derivations tell "nothing changed" without a deep compare. */
export const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);
