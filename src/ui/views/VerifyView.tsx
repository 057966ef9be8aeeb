// `:verify`: the audit report's verification checklist, recomputed from the store on every watch
// event, so an item turns ✔ the moment the cluster gets there. j/k scroll, Esc goes back.
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { runVerify } from '../../domain/verify/runVerify.js';
import { selectSnapshot } from '../../store/selectors.js';
import { unlistedVerifyKinds } from '../../store/verifySources.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { movedIndex, MOVE_IDS } from '../movedIndex.js';
import { useMutators, useClusterStore } from '../StoreContext.js';
import { handlersFor, useKeys } from '../useKeys.js';
import { useTheme } from '../useTheme.js';

export interface VerifyViewProps {
  scroll: number;
  width: number;
  height: number;
  active: boolean;
}

type Tone = 'ok' | 'danger' | 'dim';

export function VerifyView({ scroll, width, height, active }: VerifyViewProps) {
  const theme = useTheme();
  const mutators = useMutators();
  const snapshot = useClusterStore(selectSnapshot);
  const connection = useClusterStore((state) => state.connection);
  const report = useMemo(() => runVerify(snapshot, unlistedVerifyKinds(connection, snapshot)), [snapshot, connection]);
  const lines = useMemo(
    () =>
      report.items.flatMap((item): { text: string; tone: Tone }[] => [
        { text: `${item.pass ? '✔' : '✘'} ${item.title}`, tone: item.pass ? 'ok' : 'danger' },
        ...item.failures.map((f) => ({ text: `    ✘ ${sanitizeLine(f)}`, tone: 'danger' as Tone })),
        ...item.details.map((d) => ({ text: `    ${sanitizeLine(d)}`, tone: 'dim' as Tone })),
      ]),
    [report],
  );
  const visible = Math.max(0, height - 3);
  const maxScroll = Math.max(0, lines.length - visible);
  const top = Math.min(scroll, maxScroll);
  useKeys(
    'verify',
    {
      ...handlersFor(MOVE_IDS, (command) => {
        const next = movedIndex(command, top, visible, maxScroll);
        if (next !== undefined) mutators.updateTopView({ scroll: next });
      }),
      back: () => mutators.popView(),
    },
    { isActive: active },
  );
  const passed = report.items.filter((i) => i.pass).length;
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="single" borderColor={theme.accent} overflow="hidden" paddingX={1}>
      <Text bold wrap="truncate-end" color={report.passed ? theme.ok : theme.danger}>
        {`Verification checklist · ${sanitizeLine(report.namespace)} · ${passed}/${report.items.length} pass${report.passed ? ' · all good' : ''}`}
      </Text>
      {lines.slice(top, top + visible).map((line, i) => (
        <Text key={top + i} wrap="truncate-end" color={line.tone === 'ok' ? theme.ok : line.tone === 'danger' ? theme.danger : undefined} dimColor={line.tone === 'dim'}>
          {line.text}
        </Text>
      ))}
    </Box>
  );
}
