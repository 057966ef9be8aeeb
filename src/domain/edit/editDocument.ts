// The text `e` opens in the editor, and reading it back, as `kubectl edit` does: the object as
// YAML without metadata.managedFields and status (the server owns both), under a comment header;
// a failed attempt is reopened with its error as a comment at the top and the user's text kept.
import { parse, parseDocument, stringify } from 'yaml';
import type { KubeObject } from '../resources.js';
import type { Json } from './mergePatch.js';

/** What the editor shows: the object minus the fields a user cannot change by editing. */
export function editableObject(obj: KubeObject): Json {
  const copy = structuredClone(obj) as unknown as Record<string, Json> & { metadata: Record<string, Json> };
  delete copy.status;
  delete copy.metadata.managedFields;
  return copy;
}

const HEADER = [
  '# Please edit the object below. Lines beginning with a \'#\' will be ignored,',
  '# and an empty file will abort the edit. If an error occurs while saving this file will be',
  '# reopened with the relevant failures.',
  '#',
];

export function editText(obj: Json, error?: string): string {
  return `${documentHeader(error)}${stringify(obj, { lineWidth: 0 })}`;
}

function documentHeader(error?: string): string {
  const lines = [...HEADER];
  if (error) lines.push(...error.split('\n').map((line) => `# ${line}`), '#');
  return `${lines.join('\n')}\n`;
}

/** The user's text with the header and error comments gone: the part compared and reopened. */
export function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .trim();
}

/** The text to reopen after `error`: the header, the error, then what the user wrote (kept as is). */
export function reopenText(userText: string, error: string): string {
  return `${documentHeader(error)}${withoutComments(userText)}\n`;
}

export type ParsedEdit = { type: 'empty' } | { type: 'object'; value: Json } | { type: 'invalid'; reason: string };

export function parseEdit(text: string): ParsedEdit {
  if (withoutComments(text) === '') return { type: 'empty' };
  try {
    const value = parse(text) as Json;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { type: 'invalid', reason: 'error: the edited file must hold one object (a YAML mapping)' };
    return { type: 'object', value };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { type: 'invalid', reason: `error: the edited file is not valid YAML: ${message}` };
  }
}

/**
 * The user's text with metadata.resourceVersion set to `resourceVersion` (the base a reopen after
 * a conflict edits on), the rest kept as written; text that does not parse is returned as is.
 */
export function withResourceVersion(text: string, resourceVersion: string | undefined): string {
  if (!resourceVersion) return text;
  try {
    const document = parseDocument(withoutComments(text));
    if (document.errors.length > 0 || !document.hasIn(['metadata'])) return text;
    document.setIn(['metadata', 'resourceVersion'], resourceVersion);
    return document.toString({ lineWidth: 0 });
  } catch {
    return text;
  }
}
