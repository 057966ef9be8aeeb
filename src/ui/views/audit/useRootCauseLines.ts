// Feeds the live audit its root-cause lines: asks the shared cache for the logs the audit wants
// and re-renders when a line arrives.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { AuditLogs } from '../../../domain/audit/types.js';
import { useClusterStore } from '../../StoreContext.js';
import { makeRootCauseTargetsSelector, NO_LOGS } from '../../../app/audit/auditSelector.js';
import { useRootCauseCache } from './ReadLogsContext.js';

const noSubscription = () => () => {};
const noLogs = () => NO_LOGS;

export function useRootCauseLines(): AuditLogs {
  const cache = useRootCauseCache();
  const selectTargets = useMemo(makeRootCauseTargetsSelector, []);
  const targets = useClusterStore(selectTargets);
  useEffect(() => cache?.update(targets), [cache, targets]);
  return useSyncExternalStore(cache?.subscribe ?? noSubscription, cache?.current ?? noLogs, cache?.current ?? noLogs);
}
