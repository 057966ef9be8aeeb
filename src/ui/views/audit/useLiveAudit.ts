// The live audit report for a view: the store's snapshot plus the root-cause lines read so far.
import { useMemo } from 'react';
import type { AuditReport } from '../../../domain/audit/types.js';
import { useClusterStore } from '../../StoreContext.js';
import { makeAuditSelector } from '../../../app/audit/auditSelector.js';
import { useRootCauseLines } from './useRootCauseLines.js';

export function useLiveAudit(): AuditReport {
  const logs = useRootCauseLines();
  const selectAudit = useMemo(makeAuditSelector, []);
  return useClusterStore((state) => selectAudit(state, logs));
}
