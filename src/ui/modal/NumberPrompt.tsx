// Asks for a whole number (replicas for `s`, revisionHistoryLimit for `h`), suggesting a default
// and refusing anything out of range before a plan is built.
import React, { useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../useKeys.js';
import { useTheme } from '../useTheme.js';
import { eraseDigit, stepNumber, typeDigit, validateNumber, type NumberField } from './numberInput.js';

export interface NumberPromptProps {
  title: string;
  label: string;
  initial: number;
  min: number;
  max: number;
  width: number;
  onSubmit(value: number): void;
  onCancel(): void;
  isActive: boolean;
}

export function NumberPrompt(props: NumberPromptProps) {
  const { min, max } = props;
  const theme = useTheme();
  const [field, setField] = useState<NumberField>({ text: String(props.initial), pristine: true });
  const [error, setError] = useState<string | undefined>(undefined);

  const edit = (change: (field: NumberField) => NumberField) => {
    setError(undefined);
    setField(change);
  };
  useKeys(
    'numberPrompt',
    {
      cancel: () => props.onCancel(),
      submit: () => {
        const checked = validateNumber(field.text, min, max);
        return 'value' in checked ? props.onSubmit(checked.value) : setError(checked.error);
      },
      erase: () => edit(eraseDigit),
      increment: () => edit((f) => stepNumber(f, 1, min, max)),
      decrement: () => edit((f) => stepNumber(f, -1, min, max)),
      digit: (input) => edit((f) => [...input].reduce(typeDigit, f)),
    },
    { isActive: props.isActive },
  );

  return (
    <Box flexDirection="column" width={props.width} borderStyle="round" borderColor={theme.accent} paddingX={1}>
      <Text bold wrap="truncate-end">
        {props.title}
      </Text>
      <Text wrap="truncate-end">
        {`${props.label} (${min}–${max}): `}
        <Text inverse={field.pristine} bold>
          {field.text || ' '}
        </Text>
      </Text>
      <Text color={error ? theme.danger : undefined} dimColor={!error} wrap="truncate-end">
        {error ?? 'Enter preview · ↑/↓ change · Esc cancel'}
      </Text>
    </Box>
  );
}
