// One root-cause cache per App, so the findings list and the evidence screen share what was read:
// the gateway's readLogs in the TUI, a fake in tests, absent when the App runs without a cluster
// (the audit then has no log lines).
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { RootCauseCache, type ReadLogs } from '../../../app/audit/rootCauseCache.js';

const RootCauseContext = createContext<RootCauseCache | undefined>(undefined);

/** `readLogs` should be stable (bound once per gateway), or the cache starts over. */
export function ReadLogsProvider({ readLogs, children }: { readLogs: ReadLogs; children: ReactNode }) {
  const cache = useMemo(() => new RootCauseCache(readLogs), [readLogs]);
  useEffect(() => () => cache.close(), [cache]);
  return <RootCauseContext.Provider value={cache}>{children}</RootCauseContext.Provider>;
}

export function useRootCauseCache(): RootCauseCache | undefined {
  return useContext(RootCauseContext);
}
