// The scroll keys every scrollable text view shares (describe, a finding's evidence, help).
import type { CommandId } from './keymap.js';

/** Where a scroll command moves the first visible line, clamped; undefined when it is not a scroll. */
export function scrolledTop(command: CommandId | undefined, top: number, page: number, maxScroll: number): number | undefined {
  let next: number;
  switch (command) {
    case 'down': next = top + 1; break;
    case 'up': next = top - 1; break;
    case 'pageDown': next = top + page; break;
    case 'pageUp': next = top - page; break;
    case 'top': next = 0; break;
    case 'bottom': next = maxScroll; break;
    default: return undefined;
  }
  return Math.min(Math.max(0, next), maxScroll);
}
