// The footer: the keys that apply to what has focus, taken from keymap.ts. `?` (every key) is
// always shown at the right end, however many hints the width cuts off before it.
import { Text } from 'ink';
import { hintsFor, type Screen } from '../keymap.js';
import { useTheme } from '../useTheme.js';
import { fit } from './columnLayout.js';

export function KeyHints({ screen, width }: { screen: Screen | undefined; width: number }) {
  const theme = useTheme();
  const hints = hintsFor(screen).map((hint) => `<${hint.keys}> ${hint.label}`);
  const help = hints.find((hint) => hint.startsWith('<?>'));
  const others = hints.filter((hint) => hint !== help).join('  ');
  const text = help && width > help.length + 10 ? `${fit(others, width - help.length - 2)}  ${help}` : others;
  return (
    <Text wrap="truncate-end" color={theme.muted}>
      {fit(text, width)}
    </Text>
  );
}
