// Picks the revision `U` rolls back to: each revision's image, age and ReplicaSet, the current one
// marked. The selection starts where `kubectl rollout undo` would go: the newest earlier revision.
import React, { useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../useKeys.js';
import { formatAge } from '../../domain/age.js';
import { useTheme } from '../useTheme.js';
import type { RevisionChoice } from '../../app/actions/actionFlow.js';
import { offsetShowing, scrollWindow, windowLabel } from './scrollWindow.js';

export interface RevisionPickerProps {
  title: string;
  deploymentName: string;
  /** Newest first. */
  revisions: readonly RevisionChoice[];
  width: number;
  height: number;
  onPick(revision: number): void;
  onCancel(): void;
  isActive: boolean;
}

/** Index of the newest revision older than the current one, else the first non-current one. */
export function defaultRevisionIndex(revisions: readonly RevisionChoice[]): number {
  const current = revisions.find((r) => r.current)?.revision;
  const earlier = revisions.findIndex((r) => !r.current && (current === undefined || r.revision < current));
  if (earlier >= 0) return earlier;
  return Math.max(0, revisions.findIndex((r) => !r.current));
}

/** Rows besides the list: border 2, title 1, header 1, label 1, hint 1. */
const FIXED_ROWS = 6;

export function RevisionPicker(props: RevisionPickerProps) {
  const { revisions } = props;
  const theme = useTheme();
  const [selected, setSelected] = useState(() => defaultRevisionIndex(revisions));
  const listRows = Math.max(1, props.height - FIXED_ROWS);
  const [offset, setOffset] = useState(() => offsetShowing(defaultRevisionIndex(revisions), 0, listRows));
  const move = (delta: number) => {
    const next = Math.min(revisions.length - 1, Math.max(0, selected + delta));
    setSelected(next);
    setOffset((o) => offsetShowing(next, o, listRows));
  };

  useKeys(
    'revisionPicker',
    {
      cancel: () => props.onCancel(),
      submit: () => (revisions[selected] ? props.onPick(revisions[selected].revision) : undefined),
      down: () => move(1),
      up: () => move(-1),
    },
    { isActive: props.isActive },
  );

  const imageWidth = Math.max(5, ...revisions.map((r) => r.image.length));
  const window = scrollWindow(offset, revisions.length, listRows);
  const row = (r: RevisionChoice) =>
    `${String(r.revision).padStart(8)}  ${r.image.padEnd(imageWidth)}  ${formatAge(r.ageMs).padEnd(6)}  ${r.replicaSetName}${r.current ? '  ← current' : ''}`;

  return (
    <Box flexDirection="column" width={props.width} height={props.height} borderStyle="round" borderColor={theme.accent} paddingX={1}>
      <Text bold wrap="truncate-end">
        {props.title}
      </Text>
      <Text dimColor wrap="truncate-end">
        {`${'REVISION'.padStart(8)}  ${'IMAGE'.padEnd(imageWidth)}  ${'AGE'.padEnd(6)}  REPLICASET`}
      </Text>
      <Box flexDirection="column" height={listRows}>
        {revisions.slice(window.start, window.end).map((r, i) => {
          const index = window.start + i;
          return (
            <Text key={r.revision} inverse={index === selected} color={r.current ? theme.ok : undefined} wrap="truncate-end">
              {row(r)}
            </Text>
          );
        })}
      </Box>
      <Text dimColor wrap="truncate-end">
        {windowLabel(window, 'revisions')}
      </Text>
      <Text dimColor wrap="truncate-end">
        {revisions.length ? 'j/k choose · Enter preview the rollback · Esc cancel' : 'no earlier revisions to roll back to · Esc cancel'}
      </Text>
    </Box>
  );
}
