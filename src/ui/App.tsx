// The frame: header, the top view of the stack, the prompt line and the key hints. Every part has
// an explicit height so the frame is one line shorter than the terminal (Ink repaints the whole
// screen when output reaches the last row).
import { Box } from 'ink';
import { useEffect } from 'react';
import { realClock, type Clock } from '../domain/clock.js';
import { selectTopView } from '../store/selectors.js';
import { Header } from './components/Header.js';
import { KeyHints } from './components/KeyHints.js';
import { PromptBar } from './components/PromptBar.js';
import type { KeyScope } from './keymap.js';
import { useActions, useClusterStore } from './StoreContext.js';
import { useGlobalKeys } from './useGlobalKeys.js';
import { ActionOverlay, useActionFlowOpen } from './actions/ActionOverlay.js';
import { useActionKeys } from './actions/useActionKeys.js';
import { useTerminalSize } from './useTerminalSize.js';
import { AuditView } from './views/AuditView.js';
import { FindingView } from './views/audit/FindingView.js';
import { DescribeView } from './views/DescribeView.js';
import { HelpView } from './views/HelpView.js';
import { ListView } from './views/ListView.js';
import { LogsScreen } from './views/LogsScreen.js';
import { OverviewView, isWideLayout } from './views/OverviewView.js';

export interface AppProps {
  readonly?: boolean;
  /** Drives the 1 s age tick; tests pass a ManualClock. */
  clock?: Clock;
}

const HEADER_LINES = 2;
const FOOTER_LINES = 2;

export function App({ readonly = false, clock = realClock }: AppProps) {
  const { columns, rows } = useTerminalSize();
  const actions = useActions();
  const view = useClusterStore(selectTopView);
  const mode = useClusterStore((state) => state.mode);
  // While the action flow owns the keyboard (prompt, confirmation, execution) the explorer's keys stand aside.
  const flowOpen = useActionFlowOpen();
  useGlobalKeys({ suspended: flowOpen });
  useActionKeys(mode === 'normal' && !flowOpen && (view.type === 'overview' || view.type === 'list'));

  useEffect(() => {
    let handle: unknown;
    const tick = () => {
      actions.setNow(clock.now());
      handle = clock.setTimeout(tick, 1000);
    };
    tick();
    return () => clock.clearTimeout(handle);
  }, [clock, actions]);

  const height = Math.max(1, rows - 1);
  const body = Math.max(3, height - HEADER_LINES - FOOTER_LINES);
  const active = mode === 'normal' && !flowOpen;
  // `f` in the full-screen logs: the log lines get every row (any prompt brings the frame back).
  const zoomed = view.type === 'logs' && view.zoomed === true && mode === 'normal';
  let content;
  let scopes: KeyScope[];
  if (mode === 'help') {
    content = <HelpView width={columns} height={body} />;
    scopes = ['global'];
  } else if (view.type === 'overview') {
    content = <OverviewView viewId={view.id} width={columns} height={body} active={active} wide={isWideLayout(columns, rows)} />;
    scopes = ['table', 'global'];
  } else if (view.type === 'list') {
    content = <ListView key={view.id} viewId={view.id} pane={view.pane} scope={view.scope} width={columns} height={body} active={active} />;
    scopes = ['table', 'global'];
  } else if (view.type === 'audit') {
    content = <AuditView key={view.id} viewId={view.id} width={columns} height={body} active={active} />;
    scopes = ['audit', 'global'];
  } else if (view.type === 'finding') {
    content = <FindingView key={view.id} findingId={view.findingId} scroll={view.scroll} width={columns} height={body} active={active} />;
    scopes = ['finding', 'describe', 'global'];
  } else if (view.type === 'logs') {
    content = <LogsScreen key={view.id} kind={view.kind} uid={view.uid} zoomed={zoomed} width={columns} height={zoomed ? height : body} active={active} />;
    scopes = ['logs', 'global'];
  } else {
    content = <DescribeView key={view.id} kind={view.kind} uid={view.uid} scroll={view.scroll} width={columns} height={body} active={active} />;
    scopes = ['describe', 'global'];
  }
  if (mode === 'command' || mode === 'filter') scopes = ['prompt'];
  // The modal prints its own keys; the explorer's (global ones included) are suspended meanwhile.
  if (flowOpen) scopes = [];

  return (
    <Box flexDirection="column" width={columns} height={height} overflow="hidden">
      {zoomed ? null : <Header width={columns} readonly={readonly} />}
      {flowOpen ? <ActionOverlay width={columns} height={body} /> : content}
      {zoomed ? null : <PromptBar width={columns} />}
      {zoomed ? null : <KeyHints scopes={scopes} width={columns} />}
    </Box>
  );
}
