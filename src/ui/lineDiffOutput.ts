// How frames reach the terminal. Ink (standard mode) erases every line of the last frame and writes
// the whole new one, so a scrolling logs pane or a minute's clock tick rewrote all 34 lines of the
// screen. Ink's incrementalRendering writes changed lines only, but it moves the cursor relative to
// where it believes the last frame left it: with a frame shorter than the terminal (kilo-tui's) its
// first update lands one line low, and after a resize (the terminal wrapped or scrolled the old
// lines) its unchanged lines are no longer where it assumes.
//
// kilo-tui draws on the alternate screen with the frame at the top, so this writes each changed
// line at its absolute row and erases rows the frame no longer has. A resize makes the screen
// unknown: the next frame clears it and is written whole. Ink's own resize handler, which draws the
// old tree at once (lines as wide as the old terminal, which a narrower one wraps), is replaced:
// the screen is repainted with the frame React draws for the new size (useTerminalSize).
//
// The Ink instance is internal (its registry module, reached like Output in inkOutputCache.ts);
// this checks the shape it relies on and leaves Ink as it is when it differs
// (test/ui/lineDiffOutput.test.tsx fails then).
import { importInkInstances } from './inkOutputModule.js';

/** The log-update interface Ink's instance calls (ink/build/log-update.js). */
export interface InkLog {
  (output: string): boolean;
  clear(): void;
  done(): void;
  sync(output: string): void;
  setCursorPosition(position: unknown): void;
  isCursorDirty(): boolean;
  willRender(output: string): boolean;
}

interface InkInternals {
  log: InkLog;
  lastOutput: string;
  lastOutputToRender: string;
  resized: () => void;
  onRender: () => void;
}

const RESIZE_FALLBACK_MS = 100;
const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';
const CLEAR_SCREEN = '\u001b[2J';
const ERASE_TO_END_OF_LINE = '\u001b[K';
const at = (row: number) => `\u001b[${row + 1};1H`;

const linesOf = (output: string): string[] => {
  const lines = output.split('\n');
  if (output.endsWith('\n')) lines.pop();
  return lines;
};

export interface LineDiffLog extends InkLog {
  /** The screen no longer shows the last frame (a resize): the next one is written whole. */
  invalidate(): void;
  /** Whether the screen is known to show the last frame. */
  isValid(): boolean;
}

/** A log-update for a frame drawn from the top of the (alternate) screen: only changed lines are written. */
export function createLineDiffLog(stdout: { write(text: string): unknown }): LineDiffLog {
  // What the screen shows, line by line; undefined when unknown.
  let shown: string[] | undefined;
  let lastOutput = '';
  let cursorHidden = false;

  const render = ((output: string): boolean => {
    if (shown && output === lastOutput) return false;
    const lines = linesOf(output);
    // The frame Ink rendered (every view's strings went through src/text/sanitize.ts) and our own
    // cursor and erase sequences.
    let frameBytes = cursorHidden ? '' : HIDE_CURSOR;
    cursorHidden = true;
    const before = shown ?? [];
    if (!shown) frameBytes += CLEAR_SCREEN;
    for (const [row, line] of lines.entries()) {
      if (shown && before[row] === line) continue;
      frameBytes += at(row) + line + ERASE_TO_END_OF_LINE;
    }
    for (let row = lines.length; row < before.length; row++) frameBytes += at(row) + ERASE_TO_END_OF_LINE;
    // The cursor rests below the frame, where Ink's own log-update leaves it.
    frameBytes += at(lines.length);
    stdout.write(frameBytes);
    shown = lines;
    lastOutput = output;
    return true;
  }) as LineDiffLog;
  render.clear = () => {
    stdout.write(CLEAR_SCREEN + at(0));
    shown = [];
    lastOutput = '';
  };
  render.done = () => {
    shown = undefined;
    lastOutput = '';
    if (cursorHidden) stdout.write(SHOW_CURSOR);
    cursorHidden = false;
  };
  render.sync = (output: string) => {
    shown = linesOf(output);
    lastOutput = output;
  };
  render.isValid = () => shown !== undefined;
  render.invalidate = () => {
    shown = undefined;
    lastOutput = '';
  };
  // kilo-tui never places the terminal cursor (Ink's useCursor).
  render.setCursorPosition = () => {};
  render.isCursorDirty = () => false;
  render.willRender = (output: string) => !shown || output !== lastOutput;
  return render;
}

/**
 * Gives the Ink instance rendering to `stdout` the line-diffing log and the resize repaint; returns
 * how to give Ink its resize handler back, or undefined when Ink's shape differs (Ink is left as it is).
 */
export async function drawChangedLinesOnly(stdout: NodeJS.WriteStream): Promise<(() => void) | undefined> {
  let registry: unknown;
  try {
    registry = (await importInkInstances()).default;
  } catch {
    return undefined;
  }
  if (!(registry instanceof WeakMap)) return undefined;
  const ink = registry.get(stdout) as Partial<InkInternals> | undefined;
  if (!ink || typeof ink.log !== 'function' || typeof ink.log.sync !== 'function' || typeof ink.lastOutput !== 'string') return undefined;
  if (typeof ink.onRender !== 'function' || typeof ink.resized !== 'function' || !stdout.listeners('resize').includes(ink.resized)) return undefined;
  const internals = ink as InkInternals;
  const log = createLineDiffLog(stdout);
  // Ink's log-update drew the first frame; the next one is written whole, from the top.
  log.invalidate();
  internals.log = log;
  const repaint = () => {
    log.invalidate();
    internals.lastOutput = '';
    internals.lastOutputToRender = '';
    // useTerminalSize's listener, after this one, re-renders for the new size (React commits in a
    // microtask), which is written whole. Drawing the old tree now would write lines as wide as the
    // old terminal, which a narrower one wraps; only if no frame came does Ink draw the last tree.
    setTimeout(() => {
      if (!log.isValid()) internals.onRender();
    }, RESIZE_FALLBACK_MS).unref();
  };
  stdout.off('resize', internals.resized);
  stdout.prependListener('resize', repaint);
  return () => {
    stdout.off('resize', repaint);
    stdout.on('resize', internals.resized);
  };
}
