// The Cancel / Confirm pair; the focused one is drawn inverted so it reads without colour too.
import React from 'react';
import { Box, Text } from 'ink';

export type ModalButton = 'cancel' | 'confirm';

export function ModalButtons({ focused, confirmLabel = 'Confirm' }: { focused: ModalButton; confirmLabel?: string }) {
  return (
    <Box gap={2}>
      <Text inverse={focused === 'cancel'} bold={focused === 'cancel'}>
        {focused === 'cancel' ? '▸ Cancel ' : '  Cancel '}
      </Text>
      <Text inverse={focused === 'confirm'} bold={focused === 'confirm'} color={focused === 'confirm' ? 'red' : undefined}>
        {focused === 'confirm' ? `▸ ${confirmLabel} ` : `  ${confirmLabel} `}
      </Text>
    </Box>
  );
}
