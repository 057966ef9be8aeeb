// What the logs pane itself remembers (not the session's data): scroll anchor, toggles, filter
// being typed, container picker, and the last notice (e.g. where the buffer was saved).

export interface LogsViewState {
  /** Follow the newest line; scrolling up turns it off. */
  autoscroll: boolean;
  wrap: boolean;
  timestamps: boolean;
  /** The line anchored at the top while not following. */
  topSeq: number | undefined;
  filterText: string;
  editingFilter: boolean;
  /** The line n / N moved to. */
  currentMatchSeq: number | undefined;
  /** Open container picker and its highlighted row. */
  picker: { index: number } | undefined;
  notice: string | undefined;
}

export const initialLogsViewState: LogsViewState = {
  autoscroll: true,
  wrap: false,
  timestamps: false,
  topSeq: undefined,
  filterText: '',
  editingFilter: false,
  currentMatchSeq: undefined,
  picker: undefined,
  notice: undefined,
};

/** Help text for the pane's keys; the App's keymap can list these. */
export const LOGS_KEY_HINTS: readonly [string, string][] = [
  ['s', 'autoscroll'],
  ['w', 'wrap'],
  ['t', 'timestamps'],
  ['p', 'previous/current'],
  ['0', 'tail'],
  ['1', 'head'],
  ['2-6', 'since 1m/5m/15m/30m/1h'],
  ['c', 'container'],
  ['/', 'filter (!inverts)'],
  ['n/N', 'next/prev match'],
  ['f', 'full screen'],
  ['ctrl-s', 'save'],
  ['esc', 'back'],
];
