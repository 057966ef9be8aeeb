// A table's movement keys (j/k, g/G, PgUp/PgDn) move its cursor by the shared rules of movedIndex.
import type { CommandId } from './keymap.js';
import { movedIndex } from './movedIndex.js';
import { useMutators } from './StoreContext.js';

/** Returns a function that moves the cursor for a movement command and says whether it was one. */
export function useMoveCursor(tableKey: string, count: number, uidAt: (i: number) => string, cursorIndex: number, page: number): (command: CommandId | undefined) => boolean {
  const mutators = useMutators();
  return (command) => {
    const next = count ? movedIndex(command, cursorIndex, page, count - 1) : undefined;
    if (next !== undefined) mutators.setCursor(tableKey, uidAt(next), next);
    return next !== undefined;
  };
}
