// Issue 14: frames write only their changed lines (src/ui/lineDiffOutput.ts), which must not leave
// an old frame's lines on screen when the terminal is resized (Ink's incremental rendering did: a
// shorter window scrolled the old lines, a narrower one wrapped them, and its unchanged lines were
// no longer where it assumed). The built binary in tmux is resized through shrinking and growing
// widths and heights; after each, the screen must be exactly one frame of the new size.
import { afterEach, expect, it } from 'vitest';
import { CLI_PATH, startTmux, tmux, type TmuxSession } from '../helpers/tmux.js';

let tui: TmuxSession | undefined;
afterEach(() => {
  tui?.kill();
  tui = undefined;
});

const HEADER = /^kilo-tui {2}ctx /;
const COUNTS = /^14 deploy · 78 rs \(63 stale\)/;

/** What is wrong with the screen as one frame of columns × rows, or undefined when nothing is. */
function problems(screen: string, columns: number, rows: number): string | undefined {
  const lines = screen.replace(/\n$/, '').split('\n');
  if (lines.length !== rows) return `${lines.length} lines, not ${rows}`;
  if (!HEADER.test(lines[0])) return 'the header is not the first line';
  if (lines.filter((line) => HEADER.test(line)).length !== 1) return 'the header is on screen twice';
  if (!COUNTS.test(lines[1]) || lines.filter((line) => COUNTS.test(line)).length !== 1) return 'the count line is not (only) the second line';
  // The frame is one line shorter than the terminal: the key hints are on the last line but one.
  if (!lines[rows - 2].includes('<?> help')) return 'the key hints are not on the last line but one';
  if (lines[rows - 1].trim() !== '') return `a line is left below the frame: ${lines[rows - 1]}`;
  if (lines.filter((line) => line.includes('<?> help')).length !== 1) return 'the key hints are on screen twice';
  // Every box is closed where it is opened: as many top borders as bottom ones, per column.
  const corners = (corner: string) => lines.flatMap((line) => [...line].flatMap((char, col) => (char === corner ? [col] : []))).sort((a, b) => a - b).join(',');
  if (corners('┌') !== corners('└')) return `box corners do not pair up: ┌ at ${corners('┌')}, └ at ${corners('└')}`;
  if (lines.some((line) => [...line].length > columns)) return 'a line is wider than the terminal';
  return undefined;
}

async function frameOfSize(session: TmuxSession, columns: number, rows: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  let last: string | undefined = 'not captured';
  while (Date.now() < deadline) {
    last = problems(session.capture(), columns, rows);
    if (!last) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`the screen at ${columns}×${rows} is not one frame (${last}):\n${session.capture()}`);
}

it('after every resize the screen is exactly one frame of the new size, with nothing left of the old one', async () => {
  tui = startTmux([process.execPath, CLI_PATH, '--demo'], { columns: 120, rows: 35 });
  await tui.waitFor('Deployments (14)', 30_000);
  await frameOfSize(tui, 120, 35);
  // Narrower and shorter, back, shorter only, larger, narrower only, small (one pane), large again.
  for (const [columns, rows] of [[100, 30], [120, 35], [120, 28], [140, 40], [130, 40], [80, 24], [140, 40]]) {
    tmux('resize-window', '-t', tui.name, '-x', String(columns), '-y', String(rows));
    await frameOfSize(tui, columns, rows);
    // A frame drawn after the resize (the cursor moves: a line changes) lands where the screen is.
    tui.send('j');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await frameOfSize(tui, columns, rows);
  }
  expect(tui.isAlive()).toBe(true);
}, 240_000);
