// The logs pane: a LogSession's lines in a width × height box, only the visible window rendered,
// with k9s keys. Store-independent: the App creates the session and passes it in.
import React, { useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Box } from 'ink';
import { compileFilter } from '../../logs/logFilter.js';
import type { LogSession } from '../../logs/logSession.js';
import { podLabels } from '../../logs/podLabels.js';
import { saveLogsNotice } from '../../app/logs/saveLogs.js';
import { ContainerPicker } from './logs/ContainerPicker.js';
import { layoutWindow } from './logs/layoutWindow.js';
import { handleLogsKey, logsCommandsOf, logsScreenOf, type LogsEffect } from './logs/logsKeys.js';
import { handlersFor, useKeys } from '../useKeys.js';
import { initialLogsViewState, type LogsViewState } from './logs/logsViewState.js';
import { LogRows } from './logs/LogRows.js';
import { LogsFooter } from './logs/LogsFooter.js';
import { LogsTitle } from './logs/LogsTitle.js';
import { TerminationBanner } from './logs/TerminationBanner.js';
import { visibleSeqs } from './logs/seqList.js';

export interface LogsViewProps {
  session: LogSession;
  width: number;
  height: number;
  isActive: boolean;
  onClose(): void;
  onToggleFullScreen?(): void;
  /** The state home Ctrl-s saves under (<it>/kilo-tui/logs); default $XDG_STATE_HOME, else ~/.local/state. */
  stateHome?: string;
  /**
   * Called when the pane starts or stops taking every key (the filter being typed), so the App's
   * global keys (`:`, `?`) stand aside. Called inside the key handler, before other handlers of
   * the same keypress run.
   */
  onCaptureKeys?(capturing: boolean): void;
  /** Full screen (default) or the wide overview's pane: the keys differ a little (Tab, f, Esc). */
  screen?: 'logs' | 'logsPane';
}

export function LogsView({ session, width, height, isActive, onClose, onToggleFullScreen, stateHome, onCaptureKeys, screen = 'logs' }: LogsViewProps): React.JSX.Element {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const [view, setView] = useState<LogsViewState>(initialLogsViewState);
  // Several keys can arrive in one stdin chunk, before React re-renders: read the latest here.
  const viewRef = useRef(view);
  viewRef.current = view;

  const filter = useMemo(() => compileFilter(view.filterText), [view.filterText]);
  // state.version changes whenever the ring does; the list must be rebuilt then.
  const list = useMemo(() => visibleSeqs(session.lines, filter), [session, state.version, filter]);
  const labels = useMemo(() => (state.target.merged ? podLabels(state.target.pods) : undefined), [state.target]);

  const showBanner = state.termination !== undefined && height >= 5;
  const bodyHeight = Math.max(0, height - 2 - (showBanner ? 1 : 0));
  const logWindow = layoutWindow({
    ring: session.lines,
    list,
    topSeq: view.autoscroll ? undefined : (view.topSeq ?? session.lines.firstSeq),
    height: bodyHeight,
    width,
    wrap: view.wrap,
    showTimestamps: view.timestamps,
    labels,
    filter,
    currentMatchSeq: view.currentMatchSeq,
  });

  const runEffect = (effect: LogsEffect): void => {
    switch (effect.type) {
      case 'close':
        return onClose();
      case 'fullScreen':
        return onToggleFullScreen?.();
      case 'toggleMode':
        return session.toggleMode();
      case 'range':
        return session.setRange(effect.range);
      case 'container':
        return session.setContainer(effect.name);
      case 'save':
        return save();
    }
  };

  const save = (): void => {
    const notice = saveLogsNotice(session.lines.toArray(), state.target, { now: Date.now(), stateHome });
    viewRef.current = { ...viewRef.current, notice };
    setView(viewRef.current);
  };

  const keysScreen = logsScreenOf(view, screen);
  useKeys(
    keysScreen,
    handlersFor(
      logsCommandsOf(keysScreen),
      (command, input) => {
        const result = handleLogsKey(viewRef.current, command, input, {
          list,
          window: logWindow,
          pageSize: Math.max(1, bodyHeight),
          containers: state.containers,
          container: state.container,
          capacity: session.lines.capacity,
        });
        if (!result) return;
        if (result.view.editingFilter !== viewRef.current.editingFilter) onCaptureKeys?.(result.view.editingFilter);
        viewRef.current = result.view;
        setView(result.view);
        result.effects.forEach(runEffect);
      },
    ),
    { isActive },
  );

  const emptyText = view.filterText ? 'no lines match the filter' : state.status;
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <LogsTitle state={state} view={view} width={width} />
      {showBanner && state.termination ? <TerminationBanner summary={state.termination} now={session.now()} width={width} /> : null}
      {view.picker ? (
        <ContainerPicker containers={state.containers} current={state.container} index={view.picker.index} height={bodyHeight} />
      ) : (
        <LogRows rows={logWindow.rows} height={bodyHeight} width={width} emptyText={emptyText} />
      )}
      <LogsFooter state={state} view={view} width={width} shown={list.length} />
    </Box>
  );
}
