// The Cancel / Confirm pair; the focused one is drawn inverted so it reads without colour too.
import React from 'react';
import { Box, Text } from 'ink';
import { useTheme } from '../useTheme.js';

export type ModalButton = 'cancel' | 'confirm';

export function ModalButtons({ focused, confirmLabel = 'Confirm' }: { focused: ModalButton; confirmLabel?: string }) {
  const theme = useTheme();
  return (
    <Box gap={2}>
      <Text inverse={focused === 'cancel'} bold={focused === 'cancel'}>
        {focused === 'cancel' ? '▸ Cancel ' : '  Cancel '}
      </Text>
      <Text inverse={focused === 'confirm'} bold={focused === 'confirm'} color={focused === 'confirm' ? theme.danger : undefined}>
        {focused === 'confirm' ? `▸ ${confirmLabel} ` : `  ${confirmLabel} `}
      </Text>
    </Box>
  );
}
