// Every key binding lives here: command id → how the key is recognised → what help says.
// Views ask matchCommand(scope, input, key) instead of testing keys themselves.
import type { Key } from 'ink';

export type KeyScope = 'global' | 'table' | 'describe' | 'prompt' | 'logs' | 'audit' | 'finding';

export type CommandId =
  | 'quit' | 'command' | 'filter' | 'help' | 'focusNext' | 'focusPrev'
  | 'back' | 'down' | 'up' | 'top' | 'bottom' | 'pageDown' | 'pageUp'
  | 'drill' | 'describe' | 'toggleProblems' | 'sortName' | 'sortAge'
  | 'mark' | 'markRange' | 'markAll' | 'clearMarks'
  | 'delete' | 'undo' | 'undoPick' | 'restart' | 'scale' | 'historyLimit'
  | 'submit' | 'cancel' | 'erase' | 'fix'
  | 'logs' | 'autoscroll' | 'wrap' | 'timestamps' | 'previous' | 'tail' | 'head' | 'since'
  | 'container' | 'logFilter' | 'nextMatch' | 'prevMatch' | 'fullScreen' | 'save';

export interface Binding {
  id: CommandId;
  scope: KeyScope;
  /** As shown in help and the footer. */
  keys: string;
  help: string;
  /** The footer's short label; bindings without one are listed only by `?`. */
  hint?: string;
  matches(input: string, key: Key): boolean;
}

const plain = (key: Key): boolean => !key.ctrl && !key.meta;
const char = (c: string) => (input: string, key: Key) => input === c && plain(key);
const ctrl = (c: string) => (input: string, key: Key) => key.ctrl && input === c;

export const KEYMAP: readonly Binding[] = [
  { id: 'quit', scope: 'global', keys: 'Ctrl-c :q', help: 'quit', hint: 'quit', matches: ctrl('c') },
  { id: 'command', scope: 'global', keys: ':', help: 'command (:deploy :rs :pods :svc :events :audit :q)', hint: 'command', matches: char(':') },
  { id: 'help', scope: 'global', keys: '?', help: 'list every key', hint: 'help', matches: char('?') },
  { id: 'focusNext', scope: 'global', keys: 'Tab', help: 'next pane', hint: 'next pane', matches: (_i, key) => key.tab && !key.shift },
  { id: 'focusPrev', scope: 'global', keys: 'Shift-Tab', help: 'previous pane', matches: (_i, key) => key.tab && key.shift },
  { id: 'down', scope: 'table', keys: 'j ↓', help: 'cursor down', matches: (input, key) => key.downArrow || char('j')(input, key) },
  { id: 'up', scope: 'table', keys: 'k ↑', help: 'cursor up', matches: (input, key) => key.upArrow || char('k')(input, key) },
  { id: 'top', scope: 'table', keys: 'g', help: 'first row', matches: (input, key) => key.home || char('g')(input, key) },
  { id: 'bottom', scope: 'table', keys: 'G', help: 'last row', matches: (input, key) => key.end || char('G')(input, key) },
  { id: 'pageDown', scope: 'table', keys: 'PgDn', help: 'page down', matches: (input, key) => key.pageDown || ctrl('f')(input, key) },
  { id: 'pageUp', scope: 'table', keys: 'PgUp', help: 'page up', matches: (input, key) => key.pageUp || ctrl('b')(input, key) },
  { id: 'drill', scope: 'table', keys: 'Enter', help: 'open (Deployment → ReplicaSets → Pods)', hint: 'open', matches: (_i, key) => key.return },
  { id: 'back', scope: 'table', keys: 'Esc', help: 'clear filter, else back', hint: 'back', matches: (_i, key) => key.escape },
  { id: 'describe', scope: 'table', keys: 'd', help: 'describe (YAML)', hint: 'describe', matches: char('d') },
  { id: 'filter', scope: 'table', keys: '/', help: 'filter: regex, !inverse, -l label=value', hint: 'filter', matches: char('/') },
  { id: 'toggleProblems', scope: 'table', keys: 'Ctrl-z', help: 'only rows with a problem', hint: 'problems', matches: ctrl('z') },
  { id: 'sortName', scope: 'table', keys: 'N', help: 'sort by name (again reverses)', matches: char('N') },
  { id: 'sortAge', scope: 'table', keys: 'A', help: 'sort by age (again reverses)', matches: char('A') },
  { id: 'mark', scope: 'table', keys: 'Space', help: 'mark and move down', hint: 'mark', matches: char(' ') },
  // Ctrl-Space arrives as NUL, which Ink reports as ctrl with the name '`'.
  { id: 'markRange', scope: 'table', keys: 'v Ctrl-Space', help: 'mark range from last mark', matches: (input, key) => char('v')(input, key) || (key.ctrl && (input === '`' || input === ' ')) },
  { id: 'markAll', scope: 'table', keys: '*', help: 'mark all visible', matches: char('*') },
  // Ctrl-\ arrives as the raw FS byte; Ink has no name for it.
  { id: 'clearMarks', scope: 'table', keys: 'Ctrl-\\', help: 'clear marks', matches: (input) => input === '\u001c' },
  // Actions apply to the marked rows, or to the cursor row when nothing is marked; --readonly refuses them.
  { id: 'delete', scope: 'table', keys: 'Ctrl-d', help: 'delete (ReplicaSets, Pods, Deployments, Services)', hint: 'delete', matches: ctrl('d') },
  { id: 'undo', scope: 'table', keys: 'u', help: 'rollout undo to the previous revision (Deployment)', hint: 'undo', matches: char('u') },
  { id: 'undoPick', scope: 'table', keys: 'U', help: 'rollout undo: pick the revision (image, age)', matches: char('U') },
  { id: 'restart', scope: 'table', keys: 'r', help: 'rollout restart (Deployments)', matches: char('r') },
  { id: 'scale', scope: 'table', keys: 's', help: 'scale (asks for replicas)', matches: char('s') },
  { id: 'historyLimit', scope: 'table', keys: 'h', help: 'set revisionHistoryLimit (asks, default 3)', matches: char('h') },
  { id: 'down', scope: 'describe', keys: 'j ↓', help: 'scroll down', matches: (input, key) => key.downArrow || char('j')(input, key) },
  { id: 'up', scope: 'describe', keys: 'k ↑', help: 'scroll up', matches: (input, key) => key.upArrow || char('k')(input, key) },
  { id: 'pageDown', scope: 'describe', keys: 'PgDn', help: 'page down', matches: (input, key) => key.pageDown || ctrl('f')(input, key) },
  { id: 'pageUp', scope: 'describe', keys: 'PgUp', help: 'page up', matches: (input, key) => key.pageUp || ctrl('b')(input, key) },
  { id: 'top', scope: 'describe', keys: 'g', help: 'top', matches: char('g') },
  { id: 'bottom', scope: 'describe', keys: 'G', help: 'bottom', matches: char('G') },
  { id: 'back', scope: 'describe', keys: 'Esc', help: 'back', hint: 'back', matches: (_i, key) => key.escape },
  // `:audit` findings list and one finding's evidence (which scrolls with the describe keys).
  { id: 'down', scope: 'audit', keys: 'j ↓', help: 'next finding', matches: (input, key) => key.downArrow || char('j')(input, key) },
  { id: 'up', scope: 'audit', keys: 'k ↑', help: 'previous finding', matches: (input, key) => key.upArrow || char('k')(input, key) },
  { id: 'top', scope: 'audit', keys: 'g', help: 'first finding', matches: (input, key) => key.home || char('g')(input, key) },
  { id: 'bottom', scope: 'audit', keys: 'G', help: 'last finding', matches: (input, key) => key.end || char('G')(input, key) },
  { id: 'pageDown', scope: 'audit', keys: 'PgDn', help: 'page down', matches: (input, key) => key.pageDown || ctrl('f')(input, key) },
  { id: 'pageUp', scope: 'audit', keys: 'PgUp', help: 'page up', matches: (input, key) => key.pageUp || ctrl('b')(input, key) },
  { id: 'drill', scope: 'audit', keys: 'Enter', help: 'show the evidence', hint: 'evidence', matches: (_i, key) => key.return },
  { id: 'fix', scope: 'audit', keys: 'x', help: "fix: mark the finding's objects, open its plan in the confirmation", hint: 'fix', matches: char('x') },
  { id: 'back', scope: 'audit', keys: 'Esc', help: 'back', hint: 'back', matches: (_i, key) => key.escape },
  { id: 'fix', scope: 'finding', keys: 'x', help: "fix this finding (its plan in the confirmation)", hint: 'fix', matches: char('x') },
  { id: 'submit', scope: 'prompt', keys: 'Enter', help: 'run / keep filter', hint: 'run', matches: (_i, key) => key.return },
  { id: 'cancel', scope: 'prompt', keys: 'Esc', help: 'cancel (clears the filter)', hint: 'cancel', matches: (_i, key) => key.escape },
  { id: 'erase', scope: 'prompt', keys: 'Backspace', help: 'delete a character', matches: (_i, key) => key.backspace || key.delete },
  { id: 'logs', scope: 'table', keys: 'l', help: 'logs (Deployment / ReplicaSet: its pods merged)', hint: 'logs', matches: char('l') },
  // The logs pane (ui/views/logs/logsKeys.ts dispatches on these); k9s bindings.
  { id: 'save', scope: 'logs', keys: 'Ctrl-s', help: 'save the buffer to a file', hint: 'save', matches: ctrl('s') },
  { id: 'back', scope: 'logs', keys: 'Esc', help: 'clear filter, else back', hint: 'back', matches: (_i, key) => key.escape },
  { id: 'up', scope: 'logs', keys: 'k ↑', help: 'scroll up (pauses autoscroll)', matches: (input, key) => key.upArrow || char('k')(input, key) },
  { id: 'down', scope: 'logs', keys: 'j ↓', help: 'scroll down', matches: (input, key) => key.downArrow || char('j')(input, key) },
  { id: 'pageUp', scope: 'logs', keys: 'PgUp', help: 'page up', matches: (input, key) => key.pageUp || ctrl('b')(input, key) },
  { id: 'pageDown', scope: 'logs', keys: 'PgDn', help: 'page down', matches: (input, key) => key.pageDown || ctrl('f')(input, key) },
  { id: 'top', scope: 'logs', keys: 'g', help: 'oldest line', matches: (input, key) => key.home || char('g')(input, key) },
  { id: 'bottom', scope: 'logs', keys: 'G', help: 'newest line, autoscroll on', matches: (input, key) => key.end || char('G')(input, key) },
  { id: 'autoscroll', scope: 'logs', keys: 's', help: 'autoscroll on/off', hint: 'autoscroll', matches: char('s') },
  { id: 'wrap', scope: 'logs', keys: 'w', help: 'wrap long lines', hint: 'wrap', matches: char('w') },
  { id: 'timestamps', scope: 'logs', keys: 't', help: 'timestamps', hint: 'timestamps', matches: char('t') },
  { id: 'previous', scope: 'logs', keys: 'p', help: 'previous / current container', hint: 'previous', matches: char('p') },
  { id: 'tail', scope: 'logs', keys: '0', help: 'tail (the whole buffer)', matches: char('0') },
  { id: 'head', scope: 'logs', keys: '1', help: 'head (from the start)', matches: char('1') },
  { id: 'since', scope: 'logs', keys: '2-6', help: 'since 1m / 5m / 15m / 30m / 1h', matches: (input, key) => /^[2-6]$/.test(input) && plain(key) },
  { id: 'container', scope: 'logs', keys: 'c', help: 'pick the container', matches: char('c') },
  { id: 'logFilter', scope: 'logs', keys: '/', help: 'filter: regex, !inverts', hint: 'filter', matches: char('/') },
  { id: 'nextMatch', scope: 'logs', keys: 'n', help: 'next match', matches: char('n') },
  { id: 'prevMatch', scope: 'logs', keys: 'N', help: 'previous match', matches: char('N') },
  { id: 'fullScreen', scope: 'logs', keys: 'f', help: 'full screen', hint: 'full screen', matches: char('f') },
];

export function matchCommand(scope: KeyScope, input: string, key: Key): CommandId | undefined {
  return KEYMAP.find((binding) => binding.scope === scope && binding.matches(input, key))?.id;
}

/** The footer's hints for the scopes that apply, e.g. ['table', 'global']. */
export function hintsFor(scopes: readonly KeyScope[]): { keys: string; label: string }[] {
  return scopes.flatMap((scope) => KEYMAP.flatMap((binding) => (binding.scope === scope && binding.hint ? [{ keys: binding.keys, label: binding.hint }] : [])));
}
