// `:audit`: the live findings, most severe first, under a health line like the report's. Findings
// recompute from the store on every change, so a fixed one disappears by itself. Enter shows the
// evidence, x opens the finding's fix in the confirmation modal.
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { resolveCursor, selectTableState } from '../../store/selectors.js';
import { fit } from '../components/columnLayout.js';
import { Table } from '../components/Table.js';
import { MOVE_IDS } from '../movedIndex.js';
import { handlersFor, useKeys } from '../useKeys.js';
import { useMoveCursor } from '../useMoveCursor.js';
import { useMutators, useClusterStore } from '../StoreContext.js';
import { useTheme } from '../useTheme.js';
import { FINDING_COLUMNS, findingRows, healthLine } from './audit/findingRows.js';
import { useFixFinding } from './audit/useFixFinding.js';
import { useLiveAudit } from './audit/useLiveAudit.js';

export interface AuditViewProps {
  viewId: number;
  width: number;
  height: number;
  active: boolean;
}

const NO_MARKS: Readonly<Record<string, true>> = {};

export function AuditView({ viewId, width, height, active }: AuditViewProps) {
  const theme = useTheme();
  const mutators = useMutators();
  const report = useLiveAudit();
  const fix = useFixFinding();
  const tableKey = `${viewId}:audit`;
  const table = useClusterStore((state) => selectTableState(state, tableKey));
  const rows = useMemo(() => findingRows(report.findings), [report.findings]);
  const cursorIndex = resolveCursor(rows, table);
  const selected = report.findings[cursorIndex];
  const page = Math.max(1, height - 5);

  const moveCursor = useMoveCursor(tableKey, rows.length, (i) => rows[i].uid, cursorIndex, page);

  useKeys(
    'audit',
    {
      ...handlersFor(MOVE_IDS, (command) => moveCursor(command)),
      back: () => mutators.popView(),
      drill: () => (selected ? mutators.pushView({ type: 'finding', findingId: selected.id, scroll: 0 }) : undefined),
      fix: () => fix(selected),
    },
    { isActive: active },
  );

  const healthy = report.health.healthy === report.health.total;
  const inner = Math.max(0, width - 2);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Box width={width} height={1} paddingLeft={1}>
        <Text wrap="truncate-end" bold color={healthy ? theme.ok : theme.danger}>
          {fit(healthLine(report), inner)}
        </Text>
      </Box>
      {rows.length === 0 ? (
        <Box width={width} height={height - 1} borderStyle="single" borderColor={theme.accent} paddingLeft={1}>
          <Text color={theme.ok}>{fit('No findings: nothing to fix.', inner - 1)}</Text>
        </Box>
      ) : (
        <Table
          title={`Audit ${report.namespace}: ${rows.length} finding${rows.length === 1 ? '' : 's'}`}
          columns={FINDING_COLUMNS}
          rows={rows}
          cursorIndex={cursorIndex}
          width={width}
          height={height - 1}
          focused
          marks={NO_MARKS}
          theme={theme}
        />
      )}
    </Box>
  );
}
