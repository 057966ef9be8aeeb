// The footer: the keys that apply to what has focus, taken from keymap.ts.
import { Text } from 'ink';
import { hintsFor, type KeyScope } from '../keymap.js';
import { useTheme } from '../useTheme.js';
import { fit } from './columnLayout.js';

export function KeyHints({ scopes, width }: { scopes: readonly KeyScope[]; width: number }) {
  const theme = useTheme();
  const text = hintsFor(scopes).map((hint) => `<${hint.keys}> ${hint.help}`).join('  ');
  return (
    <Text wrap="truncate-end" color={theme.muted}>
      {fit(text, width)}
    </Text>
  );
}
