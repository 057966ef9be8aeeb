// `d`: the object as YAML, live, scrollable with j/k, PgUp/PgDn, g/G; Esc goes back.
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { stringify } from 'yaml';
import type { KubeObject } from '../../domain/resources.js';
import { withoutSecretValues } from '../../domain/secretRedaction.js';
import type { WatchedKind } from '../../kube/types.js';
import { sanitizeLine, sanitizeMultiline } from '../../text/sanitize.js';
import { clip, fit } from '../components/columnLayout.js';
import { handlersFor, useKeys } from '../useKeys.js';
import { useMutators, useClusterStore } from '../StoreContext.js';
import { useTheme } from '../useTheme.js';
import { MOVE_IDS, movedIndex } from '../movedIndex.js';

export interface DescribeViewProps {
  kind: WatchedKind;
  uid: string;
  scroll: number;
  width: number;
  height: number;
  active: boolean;
}

export function DescribeView({ kind, uid, scroll, width, height, active }: DescribeViewProps) {
  const theme = useTheme();
  const mutators = useMutators();
  const obj = useClusterStore((state): KubeObject | undefined => state.resources[kind].get(uid));
  const lines = useMemo(() => (obj ? sanitizeMultiline(stringify(withoutSecretValues(obj))).split('\n') : ['(deleted)']), [obj]);
  const inner = Math.max(0, width - 2);
  const visible = Math.max(0, height - 3);
  const maxScroll = Math.max(0, lines.length - visible);
  const top = Math.min(scroll, maxScroll);

  useKeys(
    'describe',
    {
      ...handlersFor(MOVE_IDS, (command) => {
        const next = movedIndex(command, top, visible, maxScroll);
        if (next !== undefined) mutators.updateTopView({ scroll: next });
      }),
      back: () => mutators.popView(),
    },
    { isActive: active },
  );

  const name = obj?.metadata.name ?? uid;
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="single" borderColor={theme.accent} overflow="hidden">
      <Text bold color={theme.accent} wrap="truncate-end">
        {fit(`Describe ${kind}/${sanitizeLine(name)}  ${top + 1}-${Math.min(lines.length, top + visible)} of ${lines.length}`, inner)}
      </Text>
      {lines.slice(top, top + visible).map((line, i) => (
        <Text key={top + i} wrap="truncate-end">{clip(line, inner)}</Text>
      ))}
    </Box>
  );
}
