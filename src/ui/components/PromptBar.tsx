// The `:` command line and the `/` filter line; otherwise the last flash message.
import { Text } from 'ink';
import { useClusterStore } from '../StoreContext.js';
import { useTheme } from '../useTheme.js';
import { fit } from './columnLayout.js';
import { sanitizeLine } from '../../text/sanitize.js';

export function PromptBar({ width }: { width: number }) {
  const theme = useTheme();
  const mode = useClusterStore((state) => state.mode);
  const input = useClusterStore((state) => state.input);
  const flash = useClusterStore((state) => state.flash);
  if (mode === 'command' || mode === 'filter') {
    const prefix = mode === 'command' ? ':' : '/';
    return (
      <Text wrap="truncate-end" color={theme.accent}>
        {fit(`${prefix}${input}▏`, width)}
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end" color={theme.warn}>
      {fit(sanitizeLine(flash ?? ''), width)}
    </Text>
  );
}
