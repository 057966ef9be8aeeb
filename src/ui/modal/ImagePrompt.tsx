// Asks for the new image of each container (`i`): one field per container of every Deployment
// acted on, its current image prefilled. A reference the grammar refuses never reaches a plan.
import React, { useState } from 'react';
import { Box, Text } from 'ink';
import type { ImageField } from '../../app/actions/actionFlow.js';
import type { ImageAnswer } from '../../domain/plans/planSetImage.js';
import { useKeys } from '../useKeys.js';
import { useTheme } from '../useTheme.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { clearField, complete, eraseChar, fieldProblem, initialImageForm, moveFocus, submitImages, typeText, type ImageFormState } from './imageInput.js';

export interface ImagePromptProps {
  title: string;
  fields: ImageField[];
  completions: string[];
  width: number;
  height: number;
  onSubmit(answer: ImageAnswer): void;
  onCancel(): void;
  isActive: boolean;
}

export function ImagePrompt(props: ImagePromptProps) {
  const theme = useTheme();
  const [form, setForm] = useState<ImageFormState>(() => initialImageForm(props.fields));
  const several = new Set(props.fields.map((f) => f.uid)).size > 1;
  useKeys(
    'imagePrompt',
    {
      cancel: () => props.onCancel(),
      submit: () => {
        const outcome = submitImages(form, props.fields);
        if ('answer' in outcome) props.onSubmit(outcome.answer);
        else setForm(outcome.state);
      },
      complete: () => setForm((f) => complete(f, props.completions)),
      down: () => setForm((f) => moveFocus(f, 1)),
      up: () => setForm((f) => moveFocus(f, -1)),
      erase: () => setForm(eraseChar),
      clearField: () => setForm(clearField),
      type: (input) => setForm((f) => typeText(f, input)),
    },
    { isActive: props.isActive },
  );
  const problem = form.error ?? fieldProblem(form);
  const visible = Math.max(1, props.height - 5);
  const first = Math.min(Math.max(0, form.focus - visible + 1), Math.max(0, props.fields.length - visible));
  return (
    <Box flexDirection="column" width={props.width} borderStyle="round" borderColor={theme.accent} paddingX={1}>
      <Text bold wrap="truncate-end">
        {sanitizeLine(props.title)}
      </Text>
      {props.fields.slice(first, first + visible).map((field, offset) => {
        const i = first + offset;
        const label = several ? `${field.workload}/${field.container}` : field.container;
        return (
          <Text key={`${field.uid}/${field.container}`} wrap="truncate-start">
            {`${i === form.focus ? '›' : ' '} ${sanitizeLine(label)}=`}
            <Text bold={i === form.focus} inverse={i === form.focus}>
              {sanitizeLine(form.texts[i]) || ' '}
            </Text>
          </Text>
        );
      })}
      <Text color={problem ? theme.danger : undefined} dimColor={!problem} wrap="truncate-end">
        {problem ? `✘ ${sanitizeLine(problem)}` : 'Enter preview · Tab complete (images of this namespace, newest first) · ↑/↓ field · Ctrl-u clear · Esc cancel'}
      </Text>
    </Box>
  );
}
