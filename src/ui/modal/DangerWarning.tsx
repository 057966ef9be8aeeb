// The second, explicit confirmation for dangerous operations (deleting a current revision or a
// ReplicaSet with pods). A repeated `y` is too easy to hit by accident, so the user types a word.
import React, { useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../useKeys.js';
import type { Plan } from '../../domain/plans/plan.js';
import type { PlanContext } from '../../domain/plans/planContext.js';
import { countOf } from '../../domain/plans/planContext.js';
import type { Theme } from '../theme.js';
import { useTheme } from '../useTheme.js';
import { clampOffset } from './scrollWindow.js';
import { WindowedLines, type StyledLine } from './WindowedLines.js';

/** The word that confirms: the action itself for deletes, `yes` for anything else. */
export function confirmationWord(plan: Plan): string {
  return plan.action === 'delete' ? 'delete' : 'yes';
}

/** Each dangerous operation by object and impact: what will stop matters more here than the command. */
export function dangerousLines(plan: Plan, theme: Theme): StyledLine[] {
  return plan.operations
    .filter((op) => op.dangerous)
    .map((op) => ({
      text: `${op.target.kind.toLowerCase()} ${op.target.name}${op.impact ? `: ${op.impact}` : ''}`,
      color: theme.danger,
    }));
}

/** Rows besides the list: heading 1, list label 1, prompt 1, hint 1. */
const FIXED_ROWS = 4;

export function DangerWarning(props: {
  plan: Plan;
  ctx: PlanContext;
  /** Rows available inside the modal. */
  height: number;
  onConfirm(): void;
  onCancel(): void;
  isActive: boolean;
}) {
  const { plan } = props;
  const theme = useTheme();
  const word = confirmationWord(plan);
  const [typed, setTyped] = useState('');
  const [offset, setOffset] = useState(0);
  const [mismatch, setMismatch] = useState(false);
  const lines = dangerousLines(plan, theme);
  const listRows = Math.max(1, props.height - FIXED_ROWS);
  const scrollBy = (delta: number) => setOffset((current) => clampOffset(current + delta, lines.length, listRows));

  useKeys(
    'danger',
    {
      cancel: () => props.onCancel(),
      confirm: () => {
        if (typed === word) return props.onConfirm();
        setMismatch(true);
        setTyped('');
      },
      erase: () => setTyped((t) => t.slice(0, -1)),
      down: () => scrollBy(1),
      up: () => scrollBy(-1),
      pageDown: () => scrollBy(listRows),
      pageUp: () => scrollBy(-listRows),
      type: (input) => {
        setMismatch(false);
        setTyped((t) => (t + input).slice(0, 20));
      },
    },
    { isActive: props.isActive },
  );

  return (
    <Box flexDirection="column">
      <Text color={theme.danger} bold wrap="truncate-end">
        {`⚠ ${countOf(lines.length, 'operation')} of ${plan.operations.length} cannot be undone and affect running workloads:`}
      </Text>
      <WindowedLines lines={lines} offset={offset} height={listRows} noun="dangerous operations" hint="↑/↓ PgUp/PgDn scroll" />
      <Text wrap="truncate-end">
        {`Type `}
        <Text bold color={theme.danger}>
          {word}
        </Text>
        {` and press Enter to run all ${plan.operations.length}: `}
        <Text inverse>{typed || ' '}</Text>
      </Text>
      <Text dimColor={!mismatch} color={mismatch ? theme.danger : undefined} wrap="truncate-end">
        {mismatch ? `that was not "${word}": nothing was run · Esc goes back` : 'Esc goes back to the preview · nothing has run yet'}
      </Text>
    </Box>
  );
}
