// A table's movement keys (j/k, g/G, PgUp/PgDn) move its cursor by the shared rules of movedIndex.
import type { Row } from '../render/types.js';
import type { CommandId } from './keymap.js';
import { movedIndex } from './movedIndex.js';
import { useMutators } from './StoreContext.js';

/** Returns a function that moves the cursor for a movement command and says whether it was one. */
export function useMoveCursor(tableKey: string, rows: readonly Row[], cursorIndex: number, page: number): (command: CommandId | undefined) => boolean {
  const mutators = useMutators();
  return (command) => {
    const next = rows.length ? movedIndex(command, cursorIndex, page, rows.length - 1) : undefined;
    if (next !== undefined) mutators.setCursor(tableKey, rows[next].uid, next);
    return next !== undefined;
  };
}
