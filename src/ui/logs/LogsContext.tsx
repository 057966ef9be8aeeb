// What the logs panes need beyond the store: the gateway to stream from, the ring size
// (`--log-lines N`) and the clock. Absent (tests of the App without a cluster), the overview keeps
// its details pane and `l` says logs are unavailable.
import { createContext, useContext, type ReactNode } from 'react';
import type { Clock } from '../../domain/clock.js';
import type { ClusterGateway } from '../../kube/types.js';

export interface LogsEnvironment {
  gateway: ClusterGateway;
  /** Ring capacity per session; default DEFAULT_LOG_LINES. */
  capacity?: number;
  clock?: Clock;
  /** The state home Ctrl-s saves under (<it>/kilo-tui/logs); default $XDG_STATE_HOME, else ~/.local/state. */
  stateHome?: string;
  /** How long the selection must rest before the wide layout's pane switches pods; default 250 ms. */
  followDebounceMs?: number;
}

const LogsContext = createContext<LogsEnvironment | undefined>(undefined);

export function LogsProvider({ environment, children }: { environment: LogsEnvironment; children: ReactNode }) {
  return <LogsContext.Provider value={environment}>{children}</LogsContext.Provider>;
}

export function useLogsEnvironment(): LogsEnvironment | undefined {
  return useContext(LogsContext);
}
