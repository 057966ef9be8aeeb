// The logs pane's keys (k9s bindings, defined in ui/keymap.ts under the 'logs' scope) as a pure
// function: key + view state → new view state and the effects for the component to carry out.
import type { Key } from 'ink';
import type { LogRange } from '../../../logs/logEntry.js';
import { rangeForKey } from '../../../logs/logRange.js';
import { matchCommand } from '../../keymap.js';
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

export function handleLogsKey(view: LogsViewState, input: string, key: Key, context: LogsKeyContext): LogsKeyResult {
  if (view.editingFilter) return { view: editFilter(view, input, key), effects: [] };
  if (view.picker) return pickContainer(view, input, key, context);
  const next = (change: Partial<LogsViewState>, effects: LogsEffect[] = []): LogsKeyResult => ({ view: { ...view, notice: undefined, ...change }, effects });

  const range = (): LogsKeyResult => {
    const choice = rangeForKey(input, context.capacity);
    if (choice === 'head') return next({ autoscroll: false, topSeq: 0 }, [{ type: 'range', range: { kind: 'tail', lines: context.capacity } }]);
    return choice ? next({ autoscroll: true, topSeq: undefined }, [{ type: 'range', range: choice }]) : { view, effects: [] };
  };

  const command = matchCommand('logs', input, key);
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
      return key.ctrl || key.meta ? next({}) : { view, effects: [] };
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

function editFilter(view: LogsViewState, input: string, key: Key): LogsViewState {
  if (key.escape) return { ...view, editingFilter: false, filterText: '' };
  if (key.return) return { ...view, editingFilter: false };
  if (key.backspace || key.delete) return { ...view, filterText: view.filterText.slice(0, -1) };
  if (key.ctrl || key.meta || input === '' || /[\x00-\x1f\x7f]/.test(input)) return view;
  return { ...view, filterText: view.filterText + input };
}

function pickContainer(view: LogsViewState, input: string, key: Key, context: LogsKeyContext): LogsKeyResult {
  const index = view.picker?.index ?? 0;
  const count = context.containers.length;
  if (key.escape) return { view: { ...view, picker: undefined }, effects: [] };
  if (key.return) {
    const name = context.containers[index];
    return { view: { ...view, picker: undefined, autoscroll: true, topSeq: undefined }, effects: name && name !== context.container ? [{ type: 'container', name }] : [] };
  }
  if (key.upArrow || input === 'k') return { view: { ...view, picker: { index: (index - 1 + count) % count } }, effects: [] };
  if (key.downArrow || input === 'j') return { view: { ...view, picker: { index: (index + 1) % count } }, effects: [] };
  return { view, effects: [] };
}
