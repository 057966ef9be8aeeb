// Enter on a finding: its evidence, a static table (ink-table: the stale breakdown or the objects
// concerned), the advice and the fix's kubectl lines, scrollable like describe. It stays live:
// once fixed, it says so instead of going stale.
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { selectSnapshot } from '../../../store/selectors.js';
import { fit } from '../../components/columnLayout.js';
import { loadInkTable } from '../../inkTable/loadInkTable.js';
import { handlersFor, useKeys } from '../../useKeys.js';
import { useMutators, useClusterStore } from '../../StoreContext.js';
import { useTheme } from '../../useTheme.js';
import { MOVE_IDS, movedIndex } from '../../movedIndex.js';
import { auditOptionsFor } from '../../../app/audit/auditSelector.js';
import { totalHeight, windowBlocks } from './blockWindow.js';
import { findingBlocks, type Block } from './findingBlocks.js';
import { useFixFinding } from './useFixFinding.js';
import { useLiveAudit } from './useLiveAudit.js';

export interface FindingViewProps {
  findingId: string;
  scroll: number;
  width: number;
  height: number;
  active: boolean;
}

/** A table cut by the top of the window still draws its borders and heading. */
const TABLE_CHROME = 3;

export function FindingView({ findingId, scroll, width, height, active }: FindingViewProps) {
  const theme = useTheme();
  const mutators = useMutators();
  const report = useLiveAudit();
  const snapshot = useClusterStore(selectSnapshot);
  const fix = useFixFinding();
  const finding = report.findings.find((f) => f.id === findingId);
  const inner = Math.max(0, width - 2);
  const blocks = useMemo<Block[]>(
    () => (finding ? findingBlocks(finding, report, snapshot, auditOptionsFor(report.context)) : [{ type: 'text', lines: [`${findingId}: fixed — the audit no longer reports it.`] }]),
    [finding, report, snapshot, findingId],
  );
  const total = totalHeight(blocks);
  const visible = Math.max(0, height - 3);
  const hasTable = blocks.some((block) => block.type === 'table');
  const maxScroll = Math.max(0, total - visible + (hasTable ? TABLE_CHROME : 0));
  const top = Math.min(scroll, maxScroll);

  useKeys(
    'finding',
    {
      ...handlersFor(MOVE_IDS, (command) => {
        const next = movedIndex(command, top, visible, maxScroll);
        if (next !== undefined) mutators.updateTopView({ scroll: next });
      }),
      fix: () => fix(finding),
      back: () => mutators.popView(),
    },
    { isActive: active },
  );

  const InkTable = loadInkTable();
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="single" borderColor={finding ? theme.accent : theme.ok} overflow="hidden">
      <Text bold color={theme.accent} wrap="truncate-end">
        {fit(`Finding ${findingId}  ${Math.min(total, top + 1)}-${Math.min(total, top + visible)} of ${total}`, inner)}
      </Text>
      {windowBlocks(blocks, top, visible).map((block, b) =>
        block.type === 'text' ? (
          block.lines.map((line, i) => (
            <Text key={`${b}:${i}`} wrap="truncate-end">{fit(line, inner)}</Text>
          ))
        ) : (
          <Box key={b} flexShrink={0}>
            <InkTable data={block.data} columns={block.columns} />
          </Box>
        ),
      )}
    </Box>
  );
}
