// The logs pane's keys (k9s bindings, defined in ui/keymap.ts for the 'logs' and 'logsPane'
// screens, and 'logFilter' / 'containerPicker' while a filter is typed or a container picked) as a
// pure function: command + view state → new view state and the effects for the component to carry out.
import type { LogRange } from '../../../logs/logEntry.js';
import { rangeForKey } from '../../../logs/logRange.js';
import type { CommandId, Screen } from '../../keymap.js';
import type { LogWindow } from './layoutWindow.js';
import type { LogsViewState } from './logsViewState.js';
import type { SeqList } from './seqList.js';

export type LogsEffect =
  | { type: 'close' }
  | { type: 'fullScreen' }
  | { type: 'save' }
  | { type: 'toggleMode' }
  | { type: 'range'; range: LogRange }
  | { type: 'container'; name: string };

export interface LogsKeyContext {
  list: SeqList;
  window: LogWindow;
  pageSize: number;
  containers: readonly string[];
  container: string | undefined;
  capacity: number;
}

export interface LogsKeyResult {
  view: LogsViewState;
  effects: LogsEffect[];
}

/** The commands the pane handles on each of its screens (quit, `:`, `?` and Tab are the App's). */
export const LOGS_COMMANDS: Readonly<Record<'logs' | 'logFilter' | 'containerPicker', readonly CommandId[]>> = {
  logs: [
    'save', 'back', 'up', 'down', 'pageUp', 'pageDown', 'top', 'bottom', 'autoscroll', 'wrap', 'timestamps', 'previous',
    'tail', 'head', 'since', 'container', 'logFilter', 'nextMatch', 'prevMatch', 'fullScreen',
  ],
  logFilter: ['submit', 'cancel', 'erase', 'type'],
  containerPicker: ['up', 'down', 'submit', 'cancel'],
};

export function logsCommandsOf(screen: Screen): readonly CommandId[] {
  return screen === 'logFilter' || screen === 'containerPicker' ? LOGS_COMMANDS[screen] : LOGS_COMMANDS.logs;
}

/** Whose keys the pane reads now: its own, or the filter's or the container picker's while open. */
export function logsScreenOf(view: LogsViewState, screen: 'logs' | 'logsPane'): 'logs' | 'logsPane' | 'logFilter' | 'containerPicker' {
  return view.editingFilter ? 'logFilter' : view.picker ? 'containerPicker' : screen;
}

/** The command's result, or undefined when the command means nothing in the pane's current state. */
export function handleLogsKey(view: LogsViewState, command: CommandId, input: string, context: LogsKeyContext): LogsKeyResult | undefined {
  if (view.editingFilter) {
    const edited = editFilter(view, command, input);
    return edited && { view: edited, effects: [] };
  }
  if (view.picker) return pickContainer(view, command, context);
  const next = (change: Partial<LogsViewState>, effects: LogsEffect[] = []): LogsKeyResult => ({ view: { ...view, notice: undefined, ...change }, effects });

  const range = (): LogsKeyResult => {
    const choice = rangeForKey(input, context.capacity);
    if (choice === 'head') return next({ autoscroll: false, topSeq: 0 }, [{ type: 'range', range: { kind: 'tail', lines: context.capacity } }]);
    return choice ? next({ autoscroll: true, topSeq: undefined }, [{ type: 'range', range: choice }]) : { view, effects: [] };
  };

  switch (command) {
    case 'save':
      return next({}, [{ type: 'save' }]);
    case 'back':
      return view.filterText ? next({ filterText: '', currentMatchSeq: undefined }) : next({}, [{ type: 'close' }]);
    case 'up':
      return next(scrollTo(context, context.window.topIndex - 1));
    case 'down':
      return next(view.autoscroll ? {} : scrollTo(context, context.window.topIndex + 1));
    case 'pageUp':
      return next(scrollTo(context, context.window.topIndex - context.pageSize));
    case 'pageDown':
      return next(view.autoscroll ? {} : scrollTo(context, context.window.topIndex + context.pageSize));
    case 'top':
      return next(scrollTo(context, 0));
    case 'bottom':
      return next({ autoscroll: true, topSeq: undefined });
    case 'autoscroll':
      return next(view.autoscroll ? { autoscroll: false, topSeq: seqAt(context, context.window.topIndex) } : { autoscroll: true, topSeq: undefined });
    case 'wrap':
      return next({ wrap: !view.wrap });
    case 'timestamps':
      return next({ timestamps: !view.timestamps });
    case 'previous':
      return next({ currentMatchSeq: undefined }, [{ type: 'toggleMode' }]);
    case 'fullScreen':
      return next({}, [{ type: 'fullScreen' }]);
    case 'logFilter':
      return next({ editingFilter: true, filterText: '', currentMatchSeq: undefined });
    case 'nextMatch':
    case 'prevMatch':
      return next(jumpToMatch(view, context, command === 'nextMatch' ? 1 : -1));
    case 'container':
      if (context.containers.length < 2) return next({ notice: 'only one container' });
      return next({ picker: { index: Math.max(0, context.containers.indexOf(context.container ?? '')) } });
    case 'tail':
    case 'head':
    case 'since':
      return range();
    default:
      return undefined;
  }
}

function seqAt(context: LogsKeyContext, index: number): number | undefined {
  return context.list.length === 0 ? undefined : context.list.at(Math.max(0, Math.min(index, context.list.length - 1)));
}

/** Scrolling pauses following; the window never scrolls past its last page. */
function scrollTo(context: LogsKeyContext, index: number): Partial<LogsViewState> {
  const lastTop = Math.max(0, context.list.length - context.pageSize);
  return { autoscroll: false, topSeq: seqAt(context, Math.max(0, Math.min(index, lastTop))) };
}

function jumpToMatch(view: LogsViewState, context: LogsKeyContext, step: 1 | -1): Partial<LogsViewState> {
  if (!view.filterText || context.list.length === 0) return { notice: 'no filter: / to set one' };
  const from = view.currentMatchSeq === undefined ? (step === 1 ? context.window.topIndex - 1 : context.window.endIndex) : context.list.indexAtOrAfter(view.currentMatchSeq);
  const index = (from + step + context.list.length) % context.list.length;
  const seq = context.list.at(index);
  const visible = index >= context.window.topIndex && index < context.window.endIndex && view.currentMatchSeq !== undefined;
  return { currentMatchSeq: seq, ...(visible ? {} : scrollTo(context, index - Math.floor(context.pageSize / 2))) };
}

function editFilter(view: LogsViewState, command: CommandId, input: string): LogsViewState | undefined {
  switch (command) {
    case 'cancel': return { ...view, editingFilter: false, filterText: '' };
    case 'submit': return { ...view, editingFilter: false };
    case 'erase': return { ...view, filterText: view.filterText.slice(0, -1) };
    // Control characters are not text: a pasted one must not reach the filter (or the screen).
    case 'type': return /[\x00-\x1f\x7f]/.test(input) ? view : { ...view, filterText: view.filterText + input };
    default: return undefined;
  }
}

function pickContainer(view: LogsViewState, command: CommandId, context: LogsKeyContext): LogsKeyResult | undefined {
  const index = view.picker?.index ?? 0;
  const count = context.containers.length;
  switch (command) {
    case 'cancel':
      return { view: { ...view, picker: undefined }, effects: [] };
    case 'submit': {
      const name = context.containers[index];
      return { view: { ...view, picker: undefined, autoscroll: true, topSeq: undefined }, effects: name && name !== context.container ? [{ type: 'container', name }] : [] };
    }
    case 'up': return { view: { ...view, picker: { index: (index - 1 + count) % count } }, effects: [] };
    case 'down': return { view: { ...view, picker: { index: (index + 1) % count } }, effects: [] };
    default: return undefined;
  }
}
