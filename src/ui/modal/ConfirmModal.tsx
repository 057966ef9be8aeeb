// Shows a plan before anything runs: the action and count, warnings and notes, every kubectl line
// (scrollable, with its position), and Cancel / Confirm with focus starting on Cancel.
// With `dangerStage` it shows the second, explicit warning for dangerous operations instead.
import React, { useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../useKeys.js';
import type { Plan } from '../../domain/plans/plan.js';
import type { Theme } from '../theme.js';
import { useTheme } from '../useTheme.js';
import { DangerWarning } from './DangerWarning.js';
import { ModalButtons, type ModalButton } from './ModalButtons.js';
import { hasDangerousOperations } from '../../app/actions/actionFlow.js';
import { contextWarning, operationLines, planHeading, type PlanContext } from './planLines.js';
import { blockWindow, clampBlockOffset, pageUpStart } from './blockWindow.js';
import { lineHeights, WindowedLines, type StyledLine } from './WindowedLines.js';

export interface ConfirmModalProps {
  plan: Plan;
  ctx: PlanContext;
  width: number;
  height: number;
  onConfirm(): void;
  onCancel(): void;
  onDryRun(): void;
  onExport(): void;
  exportedPath?: string;
  /** A one-line note from the flow, e.g. why an export failed. */
  message?: string;
  /** Show the second warning for dangerous operations; its confirmation calls onConfirm again. */
  dangerStage?: boolean;
  isActive: boolean;
}

/** Rows the modal uses besides the command list: border 2, heading 1, list label 1, buttons 1, hints 1. */
const FIXED_ROWS = 6;
const MAX_SUMMARY_ROWS = 4;

export function ConfirmModal(props: ConfirmModalProps) {
  const { plan, ctx, width, height, isActive } = props;
  const theme = useTheme();
  const [focus, setFocus] = useState<ModalButton>('cancel');
  const [offset, setOffset] = useState(0);
  const lines = operationLines(plan, ctx, theme);
  const summary = summaryRows(plan, contextWarning(plan, ctx), theme);
  const noteRows = props.exportedPath || props.message ? 1 : 0;
  const listRows = Math.max(1, height - FIXED_ROWS - summary.length - noteRows);
  // Offsets count operations; a page keeps the last (first) whole line of the window in view.
  const heights = lineHeights(lines);
  const scrollTo = (next: (current: number) => number) => setOffset((current) => clampBlockOffset(next(current), heights, listRows));
  const pageDown = (current: number) => Math.max(current + 1, blockWindow(current, heights, listRows).end - 1);
  const pageUp = (current: number) => Math.min(current - 1, pageUpStart(heights, current + 1, listRows));
  const dangerous = hasDangerousOperations(plan);

  useKeys(
    'confirm',
    {
      cancel: () => props.onCancel(),
      confirm: () => props.onConfirm(),
      dryRun: () => props.onDryRun(),
      export: () => props.onExport(),
      press: () => (focus === 'confirm' ? props.onConfirm() : props.onCancel()),
      switchButton: () => setFocus((f) => (f === 'cancel' ? 'confirm' : 'cancel')),
      down: () => scrollTo((current) => current + 1),
      up: () => scrollTo((current) => current - 1),
      pageDown: () => scrollTo(pageDown),
      pageUp: () => scrollTo(pageUp),
      top: () => setOffset(0),
      bottom: () => scrollTo(() => lines.length),
    },
    { isActive: isActive && !props.dangerStage },
  );

  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="round" borderColor={dangerous ? theme.danger : theme.warn} paddingX={1}>
      <Text bold wrap="truncate-end">
        {planHeading(plan)}
      </Text>
      {props.dangerStage ? (
        <DangerWarning plan={plan} ctx={ctx} height={height - 3} onConfirm={props.onConfirm} onCancel={props.onCancel} isActive={isActive} />
      ) : (
        <>
          {summary.map((row, i) => (
            <Text key={i} color={row.color} dimColor={row.dim} wrap="truncate-end">
              {row.text}
            </Text>
          ))}
          <WindowedLines lines={lines} offset={offset} height={listRows} hint="j/k PgUp/PgDn scroll" />
          {props.exportedPath ? <Text color={theme.ok} wrap="truncate-end">{`plan written to ${props.exportedPath}`}</Text> : null}
          {!props.exportedPath && props.message ? <Text color={theme.danger} wrap="truncate-end">{props.message}</Text> : null}
          <ModalButtons focused={focus} confirmLabel={dangerous ? 'Confirm…' : 'Confirm'} />
          <Text dimColor wrap="truncate-end">
            y confirm · n/Esc cancel · D server dry run · e export script · Tab switch
          </Text>
        </>
      )}
    </Box>
  );
}

/**
 * Warnings (⚠, in warning colour) first, then notes (plain, dim): a reassurance must not look like
 * a warning. When there are more than fit, the last row counts the rest instead of hiding them.
 */
function summaryRows(plan: Plan, contextNote: string | undefined, theme: Theme): StyledLine[] {
  const warnings: StyledLine[] = [
    ...(contextNote ? [{ text: `⚠ ${contextNote}`, color: theme.danger }] : []),
    ...plan.warnings.map((text) => ({ text: `⚠ ${text}`, color: theme.warn })),
  ];
  const notes: StyledLine[] = (plan.notes ?? []).map((text) => ({ text, dim: true }));
  const rows = [...warnings, ...notes];
  if (rows.length <= MAX_SUMMARY_ROWS) return rows;
  const shown = rows.slice(0, MAX_SUMMARY_ROWS - 1);
  const hiddenWarnings = Math.max(0, warnings.length - shown.length);
  const hidden = rows.length - shown.length;
  if (hiddenWarnings === 0) return [...shown, { text: `…and ${hidden} more ${hidden === 1 ? 'note' : 'notes'}`, dim: true }];
  const noun = hiddenWarnings === hidden ? 'warnings' : 'warnings and notes';
  return [...shown, { text: `⚠ …and ${hidden} more ${noun}`, color: theme.warn }];
}
