// Editing and validating the whole number a prompt asks for (replicas, revisionHistoryLimit).

export interface NumberField {
  text: string;
  /** True until the user types: the first digit replaces the suggested value instead of appending. */
  pristine: boolean;
}

export function typeDigit(field: NumberField, digit: string): NumberField {
  if (!/^\d$/.test(digit)) return field;
  const text = field.pristine ? digit : (field.text + digit).replace(/^0+(?=\d)/, '');
  return { text: text.slice(0, 6), pristine: false };
}

export function eraseDigit(field: NumberField): NumberField {
  return { text: field.pristine ? '' : field.text.slice(0, -1), pristine: false };
}

export function stepNumber(field: NumberField, delta: number, min: number, max: number): NumberField {
  const current = Number.parseInt(field.text, 10);
  const base = Number.isNaN(current) ? min : current;
  return { text: String(Math.min(max, Math.max(min, base + delta))), pristine: false };
}

/** The number, or why it is not acceptable. */
export function validateNumber(text: string, min: number, max: number): { value: number } | { error: string } {
  if (text === '') return { error: 'enter a number' };
  if (!/^\d+$/.test(text)) return { error: 'whole numbers only' };
  const value = Number.parseInt(text, 10);
  if (value < min) return { error: `must be at least ${min}` };
  if (value > max) return { error: `must be at most ${max}` };
  return { value };
}
