// Progress of a running plan: `12/63`, each operation's result as it arrives (newest kept in view
// unless the user scrolls), then a summary. Esc or Enter closes once it is done.
import React, { useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../useKeys.js';
import type { OperationResult, Plan } from '../../domain/plans/plan.js';
import type { PlanContext } from '../../domain/plans/planContext.js';
import { toKubectlLine } from '../../domain/plans/toKubectl.js';
import type { Theme } from '../theme.js';
import { useTheme } from '../useTheme.js';
import type { RunMode } from '../../app/actions/actionFlow.js';
import { describeOutcome, isFailure, summarizeResults } from '../../app/actions/resultSummary.js';
import { clampOffset } from './scrollWindow.js';
import { WindowedLines, type StyledLine } from './WindowedLines.js';

export interface ExecutionViewProps {
  plan: Plan;
  ctx: PlanContext;
  mode: RunMode;
  results: readonly OperationResult[];
  done: boolean;
  /** A failure of the run as a whole (not of one operation), e.g. the action log could not be written. */
  error?: string;
  width: number;
  height: number;
  onClose(): void;
  isActive: boolean;
}

/** Rows besides the list: border 2, heading 1, list label 1, summary 1, hint 1. */
const FIXED_ROWS = 6;

export function resultLine(result: OperationResult, ctx: PlanContext, plan: Plan, theme: Theme): StyledLine {
  const command = toKubectlLine(result.operation, { context: plan.context, currentContext: ctx.currentContext });
  const color = isFailure(result.outcome) ? (result.outcome === 'changed since preview: skipped' ? theme.warn : theme.danger) : theme.ok;
  return { text: `${describeOutcome(result)}  ${command}`, color };
}

export function ExecutionView(props: ExecutionViewProps) {
  const { plan, ctx, results, done, width, height } = props;
  const theme = useTheme();
  // undefined = follow the newest result; a number = where the user scrolled to.
  const [pinnedOffset, setPinnedOffset] = useState<number | undefined>(undefined);
  const listRows = Math.max(1, height - FIXED_ROWS - (props.error ? 1 : 0));
  const lines = results.map((result) => resultLine(result, ctx, plan, theme));
  const followOffset = clampOffset(lines.length, lines.length, listRows);
  const offset = pinnedOffset ?? followOffset;
  const scrollTo = (next: number) => {
    const clamped = clampOffset(next, lines.length, listRows);
    setPinnedOffset(clamped >= followOffset ? undefined : clamped);
  };

  useKeys(
    'execution',
    {
      close: () => (done ? props.onClose() : undefined),
      down: () => scrollTo(offset + 1),
      up: () => scrollTo(offset - 1),
      pageDown: () => scrollTo(offset + listRows),
      pageUp: () => scrollTo(offset - listRows),
    },
    { isActive: props.isActive },
  );

  const total = plan.operations.length;
  const verb = props.mode === 'dryRun' ? 'Server dry run (dryRun=All) of' : 'Running';
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="round" borderColor={done ? theme.ok : theme.accent} paddingX={1}>
      <Text bold wrap="truncate-end">
        {`${verb}: ${plan.title} · ${results.length}/${total}${done ? ' · done' : ''}`}
      </Text>
      <WindowedLines lines={lines} offset={offset} height={listRows} noun="results" hint="j/k PgUp/PgDn scroll" />
      {props.error ? (
        <Text color={theme.danger} wrap="truncate-end">
          {props.error}
        </Text>
      ) : null}
      <Text bold={done} wrap="truncate-end">
        {done ? summarizeResults(results) : `${total - results.length} still running…`}
      </Text>
      <Text dimColor wrap="truncate-end">
        {done
          ? props.mode === 'dryRun'
            ? 'Enter/Esc back to the preview (nothing was changed)'
            : 'Enter/Esc close · the panes update from the watch'
          : 'working… results appear as each operation finishes'}
      </Text>
    </Box>
  );
}
