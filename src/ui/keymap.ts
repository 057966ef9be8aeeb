// Every key binding lives here, one row each: id → the screens where it applies → how the key is
// recognised → what help says → whether it changes the cluster (`dangerous`, refused by
// --readonly). Views never test keys themselves: they hand useKeys (ui/useKeys.ts) a handler per
// binding id, so a key that is not in this table does nothing, `?` lists exactly this table's rows
// for the current screen, and --readonly refuses every dangerous row in one place.
import type { Key } from 'ink';
import { workloadKindsText } from '../domain/workloads.js';

/** Where keys are read: each view, each overlay of the action flow and each input state. */
export type Screen =
  | 'overview' | 'list' | 'describe' | 'logs' | 'logsPane' | 'audit' | 'finding' | 'rollout' | 'verify' | 'help'
  /** `:ctx`: the kubeconfig's contexts. */
  | 'contexts'
  /** The `:` command bar or the `/` filter bar of a table. */
  | 'prompt'
  /** Typing a filter in the logs, or picking a container there. */
  | 'logFilter' | 'containerPicker'
  /** The action flow: its prompts, the confirmation modal, the second warning, the run. */
  | 'numberPrompt' | 'imagePrompt' | 'revisionPicker' | 'confirm' | 'danger' | 'execution';

export const SCREEN_TITLES: Record<Screen, string> = {
  overview: 'Overview',
  list: 'List',
  describe: 'Describe',
  logs: 'Logs',
  logsPane: 'Logs pane (overview)',
  audit: 'Audit (:audit)',
  finding: 'Audit finding',
  rollout: 'Rollout (R)',
  verify: 'Verification checklist (:verify)',
  help: 'Help',
  contexts: 'Contexts (:ctx)',
  prompt: 'Command / filter bar',
  logFilter: 'Logs filter',
  containerPicker: 'Container picker',
  numberPrompt: 'Number prompt',
  imagePrompt: 'Set image prompt',
  revisionPicker: 'Revision picker',
  confirm: 'Confirmation',
  danger: 'Second confirmation',
  execution: 'Running a plan',
};

export const SCREENS = Object.keys(SCREEN_TITLES) as Screen[];

export type CommandId =
  | 'quit' | 'command' | 'help' | 'closeHelp' | 'focusNext' | 'focusPrev'
  | 'back' | 'down' | 'up' | 'top' | 'bottom' | 'pageDown' | 'pageUp'
  | 'drill' | 'describe' | 'yaml' | 'reveal' | 'allNamespaces' | 'filter' | 'toggleProblems' | 'sortName' | 'sortAge' | 'sortCpu' | 'sortMem'
  | 'mark' | 'markRange' | 'markAll' | 'clearMarks'
  | 'delete' | 'undo' | 'undoPick' | 'restart' | 'scale' | 'historyLimit' | 'setImage' | 'memoryLimit' | 'fix'
  | 'complete' | 'clearField' | 'rolloutView' | 'pauseResume' | 'edit'
  | 'submit' | 'cancel' | 'erase' | 'type' | 'digit' | 'increment' | 'decrement'
  | 'confirm' | 'press' | 'switchButton' | 'dryRun' | 'export' | 'close'
  | 'logs' | 'autoscroll' | 'wrap' | 'timestamps' | 'previous' | 'tail' | 'head' | 'since'
  | 'container' | 'logFilter' | 'nextMatch' | 'prevMatch' | 'fullScreen' | 'save';

export interface Binding {
  id: CommandId;
  screens: readonly Screen[];
  /** As shown in help and the footer. */
  keys: string;
  help: string;
  /** The footer's short label; bindings without one are listed only by `?`. */
  hint?: string;
  /** Changes the cluster (or runs a plan that does): --readonly refuses it. */
  dangerous?: boolean;
  matches(input: string, key: Key): boolean;
}

const plain = (key: Key): boolean => !key.ctrl && !key.meta;
const char = (c: string) => (input: string, key: Key) => input === c && plain(key);
const ctrl = (c: string) => (input: string, key: Key) => key.ctrl && input === c;
const either = (...tests: ((input: string, key: Key) => boolean)[]) => (input: string, key: Key) => tests.some((test) => test(input, key));
const esc = (_input: string, key: Key) => key.escape;
const enter = (_input: string, key: Key) => key.return;
const backspace = (_input: string, key: Key) => key.backspace || key.delete;
const arrowDown = (_input: string, key: Key) => key.downArrow;
const arrowUp = (_input: string, key: Key) => key.upArrow;
const pgDn = (input: string, key: Key) => key.pageDown || ctrl('f')(input, key);
const pgUp = (input: string, key: Key) => key.pageUp || ctrl('b')(input, key);
/** Text typed (or pasted) into a field; listed after every other key of its screen. */
const text = (input: string, key: Key) => input !== '' && plain(key);

const TABLES: readonly Screen[] = ['overview', 'list'];
const LOGS: readonly Screen[] = ['logs', 'logsPane'];
/** Screens whose keys are commands, not text: `?` and `:` work there. */
const BROWSING: readonly Screen[] = ['overview', 'list', 'describe', 'logs', 'logsPane', 'audit', 'finding', 'contexts', 'rollout', 'verify'];
const SCROLLING: readonly Screen[] = ['describe', 'finding', 'verify', 'help'];

/** The movement keys of a screen, with its own words for what moves. */
function moves(screens: readonly Screen[], what: { down: string; up: string; top: string; bottom: string }, homeEnd = true): Binding[] {
  return [
    { id: 'down', screens, keys: 'j ↓', help: what.down, matches: either(arrowDown, char('j')) },
    { id: 'up', screens, keys: 'k ↑', help: what.up, matches: either(arrowUp, char('k')) },
    { id: 'top', screens, keys: 'g', help: what.top, matches: homeEnd ? either((_i, key) => key.home, char('g')) : char('g') },
    { id: 'bottom', screens, keys: 'G', help: what.bottom, matches: homeEnd ? either((_i, key) => key.end, char('G')) : char('G') },
    { id: 'pageDown', screens, keys: 'PgDn', help: 'page down', matches: pgDn },
    { id: 'pageUp', screens, keys: 'PgUp', help: 'page up', matches: pgUp },
  ];
}

export const KEYMAP: readonly Binding[] = [
  // Tables: the overview's panes and the full-screen lists.
  ...moves(TABLES, { down: 'cursor down', up: 'cursor up', top: 'first row', bottom: 'last row' }),
  { id: 'drill', screens: TABLES, keys: 'Enter', help: 'open (Deployment → ReplicaSets → Pods; in :ns, switch to the namespace)', hint: 'open', matches: enter },
  { id: 'allNamespaces', screens: TABLES, keys: '0', help: 'every namespace (a NAMESPACE column; :ns picks one again)', matches: char('0') },
  { id: 'back', screens: TABLES, keys: 'Esc', help: 'clear filter, else back', hint: 'back', matches: esc },
  { id: 'describe', screens: TABLES, keys: 'd', help: 'describe (as kubectl describe, with its events)', hint: 'describe', matches: char('d') },
  { id: 'yaml', screens: TABLES, keys: 'y', help: 'YAML (without managedFields)', hint: 'yaml', matches: char('y') },
  { id: 'filter', screens: TABLES, keys: '/', help: 'filter: regex, !inverse, -l label=value', hint: 'filter', matches: char('/') },
  { id: 'toggleProblems', screens: TABLES, keys: 'Ctrl-z', help: 'only rows with a problem', hint: 'problems', matches: ctrl('z') },
  { id: 'sortName', screens: TABLES, keys: 'N', help: 'sort by name (again reverses)', matches: char('N') },
  { id: 'sortAge', screens: TABLES, keys: 'A', help: 'sort by age (again reverses)', matches: char('A') },
  { id: 'sortCpu', screens: TABLES, keys: 'C', help: 'sort by CPU, most first', matches: char('C') },
  { id: 'sortMem', screens: TABLES, keys: 'M', help: 'sort by memory, most first', matches: char('M') },
  { id: 'mark', screens: TABLES, keys: 'Space', help: 'mark and move down', hint: 'mark', matches: char(' ') },
  // Ctrl-Space arrives as NUL, which Ink reports as ctrl with the name '`'.
  { id: 'markRange', screens: TABLES, keys: 'v Ctrl-Space', help: 'mark range from last mark', matches: (input, key) => char('v')(input, key) || (key.ctrl && (input === '`' || input === ' ')) },
  { id: 'markAll', screens: TABLES, keys: '*', help: 'mark all visible', matches: char('*') },
  // Ctrl-\ arrives as the raw FS byte; Ink has no name for it.
  { id: 'clearMarks', screens: TABLES, keys: 'Ctrl-\\', help: 'clear marks', matches: (input) => input === '\u001c' },
  { id: 'rolloutView', screens: TABLES, keys: 'R', help: "follow the Deployment's rollout live (status, pods, deadline, guard)", hint: 'rollout', matches: char('R') },
  { id: 'logs', screens: TABLES, keys: 'l', help: 'logs (Deployment / ReplicaSet: its pods merged)', hint: 'logs', matches: char('l') },
  // Actions apply to the marked rows, or to the cursor row when nothing is marked.
  { id: 'delete', screens: TABLES, keys: 'Ctrl-d', help: 'delete (any listed kind; a dangerous delete asks twice)', hint: 'delete', dangerous: true, matches: ctrl('d') },
  { id: 'undo', screens: TABLES, keys: 'u', help: 'rollout undo to the previous revision (Deployment)', hint: 'undo', dangerous: true, matches: char('u') },
  { id: 'undoPick', screens: TABLES, keys: 'U', help: 'rollout undo: pick the revision (image, age)', dangerous: true, matches: char('U') },
  { id: 'restart', screens: TABLES, keys: 'r', help: 'rollout restart (Deployments)', dangerous: true, matches: char('r') },
  { id: 'scale', screens: TABLES, keys: 's', help: 'scale (asks for replicas)', dangerous: true, matches: char('s') },
  { id: 'historyLimit', screens: TABLES, keys: 'h', help: 'set revisionHistoryLimit (asks, default 3)', dangerous: true, matches: char('h') },
  { id: 'edit', screens: TABLES, keys: 'e', help: 'edit the YAML in $KUBE_EDITOR / $EDITOR (vi); the change is previewed as kubectl patch --type=merge', hint: 'edit', dangerous: true, matches: char('e') },
  { id: 'setImage', screens: TABLES, keys: 'i', help: `set image (${workloadKindsText(', ')}: asks per container, Tab completes)`, hint: 'image', dangerous: true, matches: char('i') },
  { id: 'memoryLimit', screens: TABLES, keys: 'L', help: `raise a container's memory Limit (an OOMKilled or ≥ 90 % one first): kubectl set resources on its ${workloadKindsText()}; asks, suggests peak or limit + 25 %`, dangerous: true, matches: char('L') },

  // Scrolling text: describe, a finding's evidence, this help.
  ...moves(SCROLLING, { down: 'scroll down', up: 'scroll up', top: 'top', bottom: 'bottom' }, false),
  { id: 'back', screens: ['describe', 'finding', 'verify'], keys: 'Esc', help: 'back', hint: 'back', matches: esc },
  { id: 'yaml', screens: ['describe'], keys: 'y', help: 'YAML / describe', hint: 'yaml', matches: char('y') },
  { id: 'describe', screens: ['describe'], keys: 'd', help: 'describe', matches: char('d') },
  { id: 'reveal', screens: ['describe'], keys: 'x', help: "a Secret's values decoded (again hides them)", matches: char('x') },
  { id: 'closeHelp', screens: ['help'], keys: 'Esc ?', help: 'close the help', hint: 'close', matches: either(esc, char('?')) },

  // `:ctx`: the contexts of the merged kubeconfig.
  ...moves(['contexts'], { down: 'next context', up: 'previous context', top: 'first context', bottom: 'last context' }),
  { id: 'drill', screens: ['contexts'], keys: 'Enter', help: 'switch to this context (the old one stays if it cannot be reached)', hint: 'switch', matches: enter },
  { id: 'back', screens: ['contexts'], keys: 'Esc', help: 'back', hint: 'back', matches: esc },

  // `:audit` and one finding's evidence.
  ...moves(['audit'], { down: 'next finding', up: 'previous finding', top: 'first finding', bottom: 'last finding' }),
  { id: 'drill', screens: ['audit'], keys: 'Enter', help: 'show the evidence', hint: 'evidence', matches: enter },
  { id: 'fix', screens: ['audit'], keys: 'x', help: "fix: mark the finding's objects, open its plan in the confirmation", hint: 'fix', dangerous: true, matches: char('x') },
  { id: 'back', screens: ['audit'], keys: 'Esc', help: 'back', hint: 'back', matches: esc },
  { id: 'fix', screens: ['finding'], keys: 'x', help: 'fix this finding (its plan in the confirmation)', hint: 'fix', dangerous: true, matches: char('x') },

  // The rollout view (`R`, or after set image / undo / restart): its guard offers the rollback at once.
  { id: 'undo', screens: ['rollout'], keys: 'u', help: 'roll back to the previous revision (the preview first)', hint: 'undo', dangerous: true, matches: char('u') },
  { id: 'pauseResume', screens: ['rollout'], keys: 'p', help: 'kubectl rollout pause (resume when paused), previewed first', hint: 'pause/resume', dangerous: true, matches: char('p') },
  { id: 'logs', screens: ['rollout'], keys: 'l', help: "logs of the failing pod (else the Deployment's pods)", hint: 'logs', matches: char('l') },
  { id: 'back', screens: ['rollout'], keys: 'Esc', help: 'back', hint: 'back', matches: esc },

  // Logs, full screen (`l`) or in the wide overview's pane (Tab to it); k9s bindings.
  { id: 'save', screens: LOGS, keys: 'Ctrl-s', help: 'save the buffer to a file (path shown)', hint: 'save', matches: ctrl('s') },
  { id: 'back', screens: ['logs'], keys: 'Esc', help: 'clear filter, else back', hint: 'back', matches: esc },
  { id: 'back', screens: ['logsPane'], keys: 'Esc', help: 'clear filter, else give the keys back to the pods', hint: 'back', matches: esc },
  { id: 'up', screens: LOGS, keys: 'k ↑', help: 'scroll up (pauses autoscroll)', matches: either(arrowUp, char('k')) },
  { id: 'down', screens: LOGS, keys: 'j ↓', help: 'scroll down', matches: either(arrowDown, char('j')) },
  { id: 'pageUp', screens: LOGS, keys: 'PgUp', help: 'page up', matches: pgUp },
  { id: 'pageDown', screens: LOGS, keys: 'PgDn', help: 'page down', matches: pgDn },
  { id: 'top', screens: LOGS, keys: 'g', help: 'oldest line', matches: either((_i, key) => key.home, char('g')) },
  { id: 'bottom', screens: LOGS, keys: 'G', help: 'newest line, autoscroll on', matches: either((_i, key) => key.end, char('G')) },
  { id: 'autoscroll', screens: LOGS, keys: 's', help: 'autoscroll on/off', hint: 'autoscroll', matches: char('s') },
  { id: 'wrap', screens: LOGS, keys: 'w', help: 'wrap long lines', hint: 'wrap', matches: char('w') },
  { id: 'timestamps', screens: LOGS, keys: 't', help: 'timestamps', hint: 'timestamps', matches: char('t') },
  { id: 'previous', screens: LOGS, keys: 'p', help: 'previous / current container', hint: 'previous', matches: char('p') },
  { id: 'tail', screens: LOGS, keys: '0', help: 'tail (the whole buffer)', matches: char('0') },
  { id: 'head', screens: LOGS, keys: '1', help: 'head (from the start)', matches: char('1') },
  { id: 'since', screens: LOGS, keys: '2-6', help: 'since 1m / 5m / 15m / 30m / 1h', matches: (input, key) => /^[2-6]$/.test(input) && plain(key) },
  { id: 'container', screens: LOGS, keys: 'c', help: 'pick the container', matches: char('c') },
  { id: 'logFilter', screens: LOGS, keys: '/', help: 'filter: regex, !inverts', hint: 'filter', matches: char('/') },
  { id: 'nextMatch', screens: LOGS, keys: 'n', help: 'next match', matches: char('n') },
  { id: 'prevMatch', screens: LOGS, keys: 'N', help: 'previous match', matches: char('N') },
  { id: 'fullScreen', screens: ['logs'], keys: 'f', help: 'full screen (hide header and hints)', hint: 'full screen', matches: char('f') },
  { id: 'fullScreen', screens: ['logsPane'], keys: 'f', help: "this pod's logs full screen", hint: 'full screen', matches: char('f') },
  { id: 'submit', screens: ['logFilter'], keys: 'Enter', help: 'keep the filter', hint: 'keep', matches: enter },
  { id: 'cancel', screens: ['logFilter'], keys: 'Esc', help: 'clear the filter', hint: 'clear', matches: esc },
  { id: 'erase', screens: ['logFilter'], keys: 'Backspace', help: 'delete a character', matches: backspace },
  { id: 'type', screens: ['logFilter'], keys: 'text', help: 'the filter (regex; ! inverts)', matches: text },
  { id: 'down', screens: ['containerPicker'], keys: 'j ↓', help: 'next container', matches: either(arrowDown, char('j')) },
  { id: 'up', screens: ['containerPicker'], keys: 'k ↑', help: 'previous container', matches: either(arrowUp, char('k')) },
  { id: 'submit', screens: ['containerPicker'], keys: 'Enter', help: 'show this container', matches: enter },
  { id: 'cancel', screens: ['containerPicker'], keys: 'Esc', help: 'keep the current container', matches: esc },

  // The `:` command bar and a table's `/` filter bar.
  { id: 'submit', screens: ['prompt'], keys: 'Enter', help: 'run / keep filter', hint: 'run', matches: enter },
  { id: 'cancel', screens: ['prompt'], keys: 'Esc', help: 'cancel (clears the filter)', hint: 'cancel', matches: esc },
  { id: 'erase', screens: ['prompt'], keys: 'Backspace', help: 'delete a character', matches: backspace },
  { id: 'type', screens: ['prompt'], keys: 'text', help: 'the command (deploy rs pods svc events ns ctx audit q; ns all, ns NAME, ctx NAME) or the filter', matches: text },

  // The action flow. Its prompts ask before any plan is built.
  { id: 'submit', screens: ['numberPrompt'], keys: 'Enter', help: 'preview the plan', matches: enter },
  { id: 'cancel', screens: ['numberPrompt'], keys: 'Esc', help: 'cancel', matches: esc },
  { id: 'increment', screens: ['numberPrompt'], keys: '↑ +', help: 'one more', matches: either(arrowUp, char('+')) },
  { id: 'decrement', screens: ['numberPrompt'], keys: '↓ -', help: 'one less', matches: either(arrowDown, char('-')) },
  { id: 'erase', screens: ['numberPrompt'], keys: 'Backspace', help: 'delete a digit', matches: backspace },
  { id: 'digit', screens: ['numberPrompt'], keys: '0-9', help: 'type the number (the first digit replaces the suggestion)', matches: (input, key) => /^\d+$/.test(input) && plain(key) },
  { id: 'submit', screens: ['imagePrompt'], keys: 'Enter', help: 'preview the plan (every image checked first)', matches: enter },
  { id: 'cancel', screens: ['imagePrompt'], keys: 'Esc', help: 'cancel', matches: esc },
  { id: 'complete', screens: ['imagePrompt'], keys: 'Tab', help: "complete from the images this namespace's ReplicaSets used, newest first (again: next)", matches: (_i, key) => key.tab && !key.shift },
  { id: 'down', screens: ['imagePrompt'], keys: '↓', help: 'next container', matches: arrowDown },
  { id: 'up', screens: ['imagePrompt'], keys: '↑', help: 'previous container', matches: arrowUp },
  { id: 'erase', screens: ['imagePrompt'], keys: 'Backspace', help: 'delete a character', matches: backspace },
  { id: 'clearField', screens: ['imagePrompt'], keys: 'Ctrl-u', help: 'clear the field', matches: ctrl('u') },
  { id: 'type', screens: ['imagePrompt'], keys: 'text', help: 'the image reference', matches: text },
  { id: 'down', screens: ['revisionPicker'], keys: 'j ↓', help: 'older revision', matches: either(arrowDown, char('j')) },
  { id: 'up', screens: ['revisionPicker'], keys: 'k ↑', help: 'newer revision', matches: either(arrowUp, char('k')) },
  { id: 'submit', screens: ['revisionPicker'], keys: 'Enter', help: 'preview the rollback to this revision', matches: enter },
  { id: 'cancel', screens: ['revisionPicker'], keys: 'Esc n', help: 'cancel', matches: either(esc, char('n')) },
  // The confirmation modal: nothing has run yet.
  { id: 'confirm', screens: ['confirm'], keys: 'y', help: 'confirm: run the plan (dangerous operations ask again)', dangerous: true, matches: char('y') },
  { id: 'cancel', screens: ['confirm'], keys: 'n Esc', help: 'cancel', matches: either(esc, char('n')) },
  { id: 'dryRun', screens: ['confirm'], keys: 'D', help: 'server dry run (dryRun=All): nothing changes', matches: char('D') },
  { id: 'export', screens: ['confirm'], keys: 'e', help: 'write the plan as a bash script (path shown)', matches: char('e') },
  { id: 'press', screens: ['confirm'], keys: 'Enter', help: 'press the focused button (Cancel first)', dangerous: true, matches: enter },
  { id: 'switchButton', screens: ['confirm'], keys: 'Tab ← →', help: 'switch between Cancel and Confirm', matches: (_i, key) => key.tab || key.leftArrow || key.rightArrow },
  { id: 'down', screens: ['confirm'], keys: 'j ↓', help: 'scroll the commands down', matches: either(arrowDown, char('j')) },
  { id: 'up', screens: ['confirm'], keys: 'k ↑', help: 'scroll the commands up', matches: either(arrowUp, char('k')) },
  { id: 'pageDown', screens: ['confirm'], keys: 'PgDn Space', help: 'page down', matches: (input, key) => key.pageDown || char(' ')(input, key) },
  { id: 'pageUp', screens: ['confirm'], keys: 'PgUp', help: 'page up', matches: (_i, key) => key.pageUp },
  { id: 'top', screens: ['confirm'], keys: 'g', help: 'first command', matches: char('g') },
  { id: 'bottom', screens: ['confirm'], keys: 'G', help: 'last command', matches: char('G') },
  // The second warning for dangerous operations: the user types a word, so keys are text here.
  { id: 'confirm', screens: ['danger'], keys: 'Enter', help: 'run everything, if the typed word is right', dangerous: true, matches: enter },
  { id: 'cancel', screens: ['danger'], keys: 'Esc', help: 'back to the preview', matches: esc },
  { id: 'erase', screens: ['danger'], keys: 'Backspace', help: 'delete a character', matches: backspace },
  { id: 'down', screens: ['danger'], keys: '↓', help: 'scroll the dangerous operations down', matches: arrowDown },
  { id: 'up', screens: ['danger'], keys: '↑', help: 'scroll them up', matches: arrowUp },
  { id: 'pageDown', screens: ['danger'], keys: 'PgDn', help: 'page down', matches: (_i, key) => key.pageDown },
  { id: 'pageUp', screens: ['danger'], keys: 'PgUp', help: 'page up', matches: (_i, key) => key.pageUp },
  { id: 'type', screens: ['danger'], keys: 'text', help: 'the confirmation word', matches: text },
  // The run: results as they arrive.
  { id: 'cancel', screens: ['execution'], keys: 'Esc', help: 'while running: cancel the rest (nothing more is sent); once done: close', matches: esc },
  { id: 'close', screens: ['execution'], keys: 'Enter', help: 'close once done (a dry run goes back to the preview)', matches: enter },
  { id: 'down', screens: ['execution'], keys: 'j ↓', help: 'scroll the results down', matches: either(arrowDown, char('j')) },
  { id: 'up', screens: ['execution'], keys: 'k ↑', help: 'scroll the results up', matches: either(arrowUp, char('k')) },
  { id: 'pageDown', screens: ['execution'], keys: 'PgDn', help: 'page down', matches: (_i, key) => key.pageDown },
  { id: 'pageUp', screens: ['execution'], keys: 'PgUp', help: 'page up', matches: (_i, key) => key.pageUp },

  // Anywhere it is not text being typed; listed last so a screen's own keys come first in hints.
  { id: 'focusNext', screens: ['overview', 'logsPane'], keys: 'Tab', help: 'next pane', hint: 'next pane', matches: (_i, key) => key.tab && !key.shift },
  { id: 'focusPrev', screens: ['overview', 'logsPane'], keys: 'Shift-Tab', help: 'previous pane', matches: (_i, key) => key.tab && key.shift },
  { id: 'quit', screens: SCREENS, keys: 'Ctrl-c :q', help: 'quit', hint: 'quit', matches: ctrl('c') },
  { id: 'command', screens: BROWSING, keys: ':', help: 'command (:deploy :rs :pods :svc :events :ns :ctx :audit :verify :q)', hint: 'command', matches: char(':') },
  { id: 'help', screens: [...BROWSING, 'numberPrompt', 'revisionPicker', 'confirm', 'execution'], keys: '?', help: 'the keys of this screen', hint: 'help', matches: char('?') },
];

/** The bindings of one screen, in table order. */
export function bindingsFor(screen: Screen): Binding[] {
  return KEYMAP.filter((binding) => binding.screens.includes(screen));
}

/** The binding a key stands for on a screen; the first row wins (text entry is each screen's last). */
export function bindingFor(screen: Screen, input: string, key: Key): Binding | undefined {
  return KEYMAP.find((binding) => binding.screens.includes(screen) && binding.matches(input, key));
}

export function matchCommand(screen: Screen, input: string, key: Key): CommandId | undefined {
  return bindingFor(screen, input, key)?.id;
}

/** The footer's hints for a screen. */
export function hintsFor(screen: Screen | undefined): { keys: string; label: string }[] {
  return screen === undefined ? [] : bindingsFor(screen).flatMap((binding) => (binding.hint ? [{ keys: binding.keys, label: binding.hint }] : []));
}
