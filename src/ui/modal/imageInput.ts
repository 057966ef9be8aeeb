// Editing the set-image prompt's fields: one per container, its current image prefilled. Typing
// appends, Backspace erases, Ctrl-u clears, Tab completes from the namespace's images (again:
// the next match). Enter checks every field against the image reference grammar.
import type { ImageField } from '../../app/actions/actionFlow.js';
import type { ImageAnswer } from '../../domain/plans/planSetImage.js';
import { checkImageReference } from '../../domain/images/imageReference.js';
import { completeImage } from '../../domain/images/imagesUsed.js';

export interface ImageFormState {
  texts: string[];
  focus: number;
  /** The last completion, so Tab again moves to the next candidate for the same typed text. */
  completion?: { from: string; to: string };
  error?: string;
}

export const initialImageForm = (fields: readonly ImageField[]): ImageFormState => ({ texts: fields.map((f) => f.image), focus: 0 });

const editFocused = (state: ImageFormState, edit: (text: string) => string): ImageFormState => ({
  texts: state.texts.map((text, i) => (i === state.focus ? edit(text) : text)),
  focus: state.focus,
});

export const typeText = (state: ImageFormState, input: string): ImageFormState => editFocused(state, (text) => text + input.replace(/[\r\n\t]/g, ''));
export const eraseChar = (state: ImageFormState): ImageFormState => editFocused(state, (text) => [...text].slice(0, -1).join(''));
export const clearField = (state: ImageFormState): ImageFormState => editFocused(state, () => '');

export function moveFocus(state: ImageFormState, delta: number): ImageFormState {
  const count = state.texts.length;
  return { texts: state.texts, focus: (state.focus + delta + count) % count };
}

export function complete(state: ImageFormState, candidates: readonly string[]): ImageFormState {
  const text = state.texts[state.focus];
  const previous = state.completion && state.completion.to === text ? state.completion : undefined;
  const next = completeImage(text, candidates, previous);
  if (!next) return { ...state, completion: undefined, error: `no image of this namespace's ReplicaSets starts with "${text}"` };
  return { ...editFocused(state, () => next.to), completion: next };
}

/** Why the focused field cannot be used, as the prompt shows it while typing. */
export function fieldProblem(state: ImageFormState): string | undefined {
  const check = checkImageReference(state.texts[state.focus] ?? '');
  return check.ok ? undefined : check.reason;
}

/** The answer, or the state with focus on the first bad field and its reason. */
export function submitImages(state: ImageFormState, fields: readonly ImageField[]): { answer: ImageAnswer } | { state: ImageFormState } {
  for (let i = 0; i < fields.length; i++) {
    const check = checkImageReference(state.texts[i]);
    if (!check.ok) return { state: { texts: state.texts, focus: i, error: `${fields[i].container}: ${check.reason}` } };
  }
  if (fields.every((field, i) => field.image === state.texts[i])) return { state: { ...state, error: 'nothing changed: edit an image first (Esc cancels)' } };
  const answer: ImageAnswer = {};
  fields.forEach((field, i) => {
    (answer[field.uid] ??= {})[field.container] = state.texts[i];
  });
  return { answer };
}
