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
