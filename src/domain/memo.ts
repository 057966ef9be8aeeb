// Where derivation caches live: in a Memo that belongs to one store (its snapshots carry it), not
// at module scope, so two stores in one process (two tests, a bench beside a TUI) share nothing.
// A cache is named by a slot, a module-level token that holds no data; its WeakMap is per Memo.

/** A cache's identity: its keys and values are per Memo. */
export interface MemoSlot<K extends object, V> {
  readonly description: string;
  /** Carries the slot's types; never set. */
  readonly types?: (key: K) => V;
}

export const memoSlot = <K extends object, V>(description: string): MemoSlot<K, V> => ({ description });

export class Memo {
  private readonly maps = new Map<MemoSlot<object, unknown>, WeakMap<object, unknown>>();

  /** The slot's cache in this memo, made empty on first use. */
  of<K extends object, V>(slot: MemoSlot<K, V>): WeakMap<K, V> {
    let map = this.maps.get(slot as MemoSlot<object, unknown>);
    if (!map) this.maps.set(slot as MemoSlot<object, unknown>, (map = new WeakMap()));
    return map as unknown as WeakMap<K, V>;
  }
}
