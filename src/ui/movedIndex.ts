// The movement keys every list and scrollable view shares: a table's cursor (its index among the
// rows) and a text view's first visible line move by the same rules.
import type { CommandId } from './keymap.js';

/** The movement commands movedIndex understands. */
export const MOVE_IDS: readonly CommandId[] = ['down', 'up', 'top', 'bottom', 'pageDown', 'pageUp'];

/** Where a movement command takes `index`, clamped to 0..last; undefined when it is not a move. */
export function movedIndex(command: CommandId | undefined, index: number, page: number, last: number): number | undefined {
  let next: number;
  switch (command) {
    case 'down': next = index + 1; break;
    case 'up': next = index - 1; break;
    case 'pageDown': next = index + page; break;
    case 'pageUp': next = index - page; break;
    case 'top': next = 0; break;
    case 'bottom': next = last; break;
    default: return undefined;
  }
  return Math.min(Math.max(0, next), last);
}
