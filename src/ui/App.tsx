// The frame: header, the top view of the stack, the prompt line and the key hints. Every part has
// an explicit height so the frame is one line shorter than the terminal (Ink repaints the whole
// screen when output reaches the last row).
import { Box } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { realClock, type Clock } from '../domain/clock.js';
import { selectTopView } from '../store/selectors.js';
import { Header } from './components/Header.js';
import { KeyHints } from './components/KeyHints.js';
import { PromptBar } from './components/PromptBar.js';
import { useMutators, useClusterStore } from './StoreContext.js';
import { ClockWakeups, ClockWakeupsContext } from './clockWakeups.js';
import { useGlobalKeys } from './useGlobalKeys.js';
import { ActionOverlay, useActionFlowOpen } from './actions/ActionOverlay.js';
import { useActionFlowContext } from './actions/ActionFlowContext.js';
import { baseScreen } from './currentScreen.js';
import { useLogsEnvironment } from './logs/LogsContext.js';
import { KeyPolicyProvider, type KeyPolicy } from './useKeys.js';
import { useActionKeys } from './actions/useActionKeys.js';
import { useTerminalSize } from './useTerminalSize.js';
import { AuditView } from './views/AuditView.js';
import { FindingView } from './views/audit/FindingView.js';
import { ContextsView } from './views/ContextsView.js';
import { DescribeView } from './views/DescribeView.js';
import { HelpView } from './views/HelpView.js';
import { ListView } from './views/ListView.js';
import { RolloutView } from './views/RolloutView.js';
import { VerifyView } from './views/VerifyView.js';
import { LogsScreen } from './views/LogsScreen.js';
import { OverviewView, isWideLayout } from './views/OverviewView.js';

export interface AppProps {
  readonly?: boolean;
  /** Drives the store's clock (see the tick below); tests pass a ManualClock. */
  clock?: Clock;
  /** Tests: told which bindings each active view handles on its screen (see KeyPolicy). */
  onKeyHandlers?: KeyPolicy['onHandlers'];
}

const HEADER_LINES = 2;
const MINUTE_MS = 60_000;
/** A row due now is derived again by this tick; the floor keeps a late report from spinning. */
const MIN_TICK_MS = 20;
const FOOTER_LINES = 2;

/** --readonly refuses dangerous keys here, for every view below, with one line in the flash. */
export function App(props: AppProps) {
  const mutators = useMutators();
  const readonly = props.readonly ?? false;
  const { onKeyHandlers } = props;
  const policy = useMemo<KeyPolicy>(() => ({ readonly, refuse: (message) => mutators.setFlash(message), onHandlers: onKeyHandlers }), [readonly, mutators, onKeyHandlers]);
  return (
    <KeyPolicyProvider value={policy}>
      <Frame {...props} />
    </KeyPolicyProvider>
  );
}

function Frame({ readonly = false, clock = realClock }: AppProps) {
  const { columns, rows } = useTerminalSize();
  const mutators = useMutators();
  const view = useClusterStore(selectTopView);
  const mode = useClusterStore((state) => state.mode);
  const focus = useClusterStore((state) => state.focus);
  const keysCaptured = useClusterStore((state) => state.keysCaptured ?? false);
  const flow = useActionFlowContext();
  const hasLogs = useLogsEnvironment() !== undefined;
  // While the action flow owns the keyboard (prompt, confirmation, execution) the explorer's keys stand aside.
  const flowOpen = useActionFlowOpen();
  const wide = isWideLayout(columns, rows);
  const base = baseScreen({ view, mode, focus, wide, hasLogs, keysCaptured, flow: flow?.state });
  const screen = mode === 'help' ? 'help' : base;
  useGlobalKeys(screen);
  useActionKeys(mode === 'normal' && (screen === 'overview' || screen === 'list') ? screen : undefined);

  // The store's clock moves when the screen would change by it: for tables, when one of their rows'
  // text does (ClockWakeups) or the header's minute; other views (describe, audit, logs, the modal)
  // every second as before.
  const [wakeups] = useState(() => new ClockWakeups());
  const tablesOnly = mode !== 'help' && !flowOpen && (view.type === 'overview' || view.type === 'list');
  useEffect(() => {
    let handle: unknown;
    const schedule = () => {
      const now = clock.now();
      const nextMinute = (Math.floor(now / MINUTE_MS) + 1) * MINUTE_MS;
      const at = tablesOnly ? Math.min(wakeups.next(), nextMinute) : now + 1000;
      if (handle !== undefined) clock.clearTimeout(handle);
      handle = clock.setTimeout(tick, Math.max(MIN_TICK_MS, at - now));
    };
    const tick = () => {
      mutators.setNow(clock.now());
      schedule();
    };
    wakeups.listen(schedule);
    tick();
    return () => {
      wakeups.listen(undefined);
      clock.clearTimeout(handle);
    };
  }, [clock, mutators, tablesOnly, wakeups]);

  const height = Math.max(1, rows - 1);
  const body = Math.max(3, height - HEADER_LINES - FOOTER_LINES);
  const active = mode === 'normal' && !flowOpen;
  // `f` in the full-screen logs: the log lines get every row (any prompt brings the frame back).
  const zoomed = view.type === 'logs' && view.zoomed === true && mode === 'normal';
  let content;
  if (mode === 'help') {
    content = <HelpView screen={base} width={columns} height={body} />;
  } else if (view.type === 'overview') {
    content = <OverviewView viewId={view.id} width={columns} height={body} active={active} wide={wide} />;
  } else if (view.type === 'list') {
    content = <ListView key={view.id} viewId={view.id} pane={view.pane} scope={view.scope} resource={view.resource} width={columns} height={body} active={active} />;
  } else if (view.type === 'audit') {
    content = <AuditView key={view.id} viewId={view.id} width={columns} height={body} active={active} />;
  } else if (view.type === 'finding') {
    content = <FindingView key={view.id} findingId={view.findingId} scroll={view.scroll} width={columns} height={body} active={active} />;
  } else if (view.type === 'contexts') {
    content = <ContextsView key={view.id} width={columns} height={body} active={active} />;
  } else if (view.type === 'verify') {
    content = <VerifyView key={view.id} scroll={view.scroll} width={columns} height={body} active={active} />;
  } else if (view.type === 'rollout') {
    content = <RolloutView key={view.id} uid={view.uid} width={columns} height={body} active={active} />;
  } else if (view.type === 'logs') {
    content = <LogsScreen key={view.id} kind={view.kind} uid={view.uid} zoomed={zoomed} width={columns} height={zoomed ? height : body} active={active} />;
  } else {
    content = <DescribeView key={view.id} kind={view.kind} uid={view.uid} scroll={view.scroll} format={view.format} reveal={view.reveal} width={columns} height={body} active={active} />;
  }

  return (
    <Box flexDirection="column" width={columns} height={height} overflow="hidden">
      {zoomed ? null : <Header width={columns} readonly={readonly} />}
      {/* `?` over the modal hides it without unmounting it, so its scroll and focus survive. */}
      <ClockWakeupsContext.Provider value={wakeups}>
        {flowOpen && mode === 'help' ? content : null}
        {flowOpen ? (
          <Box display={mode === 'help' ? 'none' : 'flex'}>
            <ActionOverlay width={columns} height={body} isActive={mode === 'normal'} />
          </Box>
        ) : (
          content
        )}
      </ClockWakeupsContext.Provider>
      {zoomed ? null : <PromptBar width={columns} />}
      {/* The modal prints its own keys. */}
      {zoomed ? null : <KeyHints screen={flowOpen && mode !== 'help' ? undefined : screen} width={columns} />}
    </Box>
  );
}
