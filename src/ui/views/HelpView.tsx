// `?`: every key from keymap.ts, grouped by where it applies.
import { Box, Text } from 'ink';
import { fit } from '../components/columnLayout.js';
import { KEYMAP } from '../keymap.js';
import { useTheme } from '../useTheme.js';

const SCOPE_TITLES = { global: 'Anywhere', table: 'Tables', describe: 'Describe', audit: 'Audit (:audit)', finding: 'Audit finding', logs: 'Logs (l)', prompt: 'Command / filter bar' } as const;

export function HelpView({ width, height }: { width: number; height: number }) {
  const theme = useTheme();
  const inner = Math.max(0, width - 2);
  const lines: { text: string; heading?: boolean }[] = [];
  for (const scope of Object.keys(SCOPE_TITLES) as (keyof typeof SCOPE_TITLES)[]) {
    lines.push({ text: SCOPE_TITLES[scope], heading: true });
    for (const binding of KEYMAP.filter((b) => b.scope === scope)) lines.push({ text: `  ${binding.keys.padEnd(14)} ${binding.help}` });
  }
  // More columns when the list is taller than the pane.
  const rowsAvailable = Math.max(1, height - 3);
  const columns = Math.min(3, Math.ceil(lines.length / rowsAvailable));
  const perColumn = Math.ceil(lines.length / columns);
  const colWidth = Math.floor(inner / columns);
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="single" borderColor={theme.accent} overflow="hidden">
      <Text bold color={theme.accent}>{fit('Keys (? or Esc closes)', inner)}</Text>
      {Array.from({ length: Math.min(perColumn, rowsAvailable) }, (_, row) => (
        <Text key={row} wrap="truncate-end">
          {Array.from({ length: columns }, (_, col) => {
            const line = lines[col * perColumn + row];
            return (
              <Text key={col} bold={line?.heading}>
                {fit(line?.text ?? '', colWidth)}
              </Text>
            );
          })}
        </Text>
      ))}
    </Box>
  );
}
