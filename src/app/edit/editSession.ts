// `e` as `kubectl edit` does it: the object's YAML in the user's editor, read back, turned into a
// merge patch and checked by a server dry run before any preview. Invalid YAML or a change the
// server refuses (a conflict, a validation error) reopens the editor with the reason as a comment
// at the top and the user's text kept; saving the same text again gives up, and the buffer stays
// on disk (its path is reported). No Ink here: the terminal is handed over through `openEditor`.
import { describeMergePatch, mergePatchBetween, type Json } from '../../domain/edit/mergePatch.js';
import { editableObject, editText, parseEdit, reopenText, withoutComments, withResourceVersion } from '../../domain/edit/editDocument.js';
import { editPatchWithPrecondition } from '../../domain/plans/planEdit.js';
import type { KindName, KubeObject } from '../../domain/resources.js';

export interface EditSessionDeps {
  /** The object as the server has it now (a fresh read, as kubectl edit starts from). */
  fetch(kind: KindName, name: string): Promise<KubeObject>;
  /** Sends the patch with dryRun=All: the server's verdict without a change. */
  dryRun(kind: KindName, name: string, patch: Json): Promise<void>;
  /** Runs the editor on `path` with the terminal handed over; resolves when it exits. */
  openEditor(path: string): { ok: true } | { ok: false; reason: string };
  /** A new private file for this edit's buffer. */
  createBuffer(kind: KindName, name: string, text: string): string;
  writeBuffer(path: string, text: string): void;
  read(path: string): string;
}

export type EditOutcome =
  | { type: 'unchanged'; path: string }
  | { type: 'aborted'; path: string; reason: string }
  /** `original`: what the changes are measured from (kept for a reopen after a refusal at `y`). */
  | { type: 'patch'; object: KubeObject; original: Json; patch: Json; changes: string[]; path: string };

const MAX_ROUNDS = 20;
const SERVER_OWNED = ['resourceVersion', 'managedFields', 'generation', 'uid', 'creationTimestamp'];

/** Server-owned fields the user may have touched are taken from the original, so they never enter the patch. */
function userChanges(original: Json, edited: Json): Json {
  const copy = structuredClone(edited) as Record<string, Json>;
  delete copy.status;
  const from = (original as Record<string, Record<string, Json>>).metadata ?? {};
  const metadata = (copy.metadata && typeof copy.metadata === 'object' && !Array.isArray(copy.metadata) ? copy.metadata : {}) as Record<string, Json>;
  for (const key of SERVER_OWNED) {
    if (key in from) metadata[key] = from[key];
    else delete metadata[key];
  }
  copy.metadata = metadata;
  return copy;
}

const oneLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0];

export async function runEditSession(target: { kind: KindName; name: string }, deps: EditSessionDeps): Promise<EditOutcome> {
  const object = await deps.fetch(target.kind, target.name);
  const original = editableObject(object);
  const first = editText(original);
  const path = deps.createBuffer(target.kind, target.name, first);
  return editRounds(target, deps, { object, original, first, path });
}

/** An edit whose previewed patch the server refused at `y` (a conflict, a rejection). */
export interface RefusedEdit {
  /** The edit's buffer: it holds the text the user saved. */
  path: string;
  /** The object as the edit first showed it: the user's changes are measured from it. */
  original: Json;
  /** The server's answer, one line. */
  reason: string;
}

/**
 * After a refusal at `y`, as kubectl edit after a failed save: the editor opens again on the same
 * buffer, the reason as a comment on top, the user's text kept. The object is read again and its
 * current resourceVersion becomes the base (shown in the text, sent as the precondition): saving
 * applies the same changes to the object as it is now, and a change made meanwhile to a field the
 * user did not touch is kept, since only the user's changes (from what they first saw) are sent.
 */
export async function resumeEditSession(target: { kind: KindName; name: string }, refused: RefusedEdit, deps: EditSessionDeps): Promise<EditOutcome> {
  const object = await deps.fetch(target.kind, target.name);
  const before = (refused.original as { metadata?: { resourceVersion?: string } }).metadata?.resourceVersion;
  const now = object.metadata.resourceVersion;
  const lines = [
    `error: ${refused.reason}`,
    'Nothing was applied. Your text is kept below (and in this file).',
    before !== now
      ? `The object changed meanwhile (resourceVersion ${before ?? '?'} → ${now ?? '?'}): saving applies your changes to it as it is now.`
      : 'Saving previews your changes again.',
  ];
  const saved = deps.read(refused.path);
  deps.writeBuffer(refused.path, reopenText(withResourceVersion(saved, now), lines.join('\n')));
  return editRounds(target, deps, { object, original: refused.original, first: editText(refused.original), path: refused.path });
}

interface EditStart {
  /** The object as the server has it: its resourceVersion is the patch's precondition. */
  object: KubeObject;
  /** What the user's changes are measured from. */
  original: Json;
  /** The text of `original` as first opened: saved unchanged, nothing is done. */
  first: string;
  path: string;
}

async function editRounds(target: { kind: KindName; name: string }, deps: EditSessionDeps, { object, original, first, path }: EditStart): Promise<EditOutcome> {
  let failed: { text: string; reason: string } | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const opened = deps.openEditor(path);
    if (!opened.ok) return { type: 'aborted', path, reason: opened.reason };
    const saved = deps.read(path);
    const text = withoutComments(saved);
    if (!failed && text === withoutComments(first)) return { type: 'unchanged', path };
    if (failed && text === failed.text) return { type: 'aborted', path, reason: failed.reason };
    const parsed = parseEdit(saved);
    if (parsed.type === 'empty') return { type: 'aborted', path, reason: 'Edit cancelled, saved file was empty.' };
    let reason: string;
    if (parsed.type === 'invalid') reason = parsed.reason;
    else {
      const patch = mergePatchBetween(original, userChanges(original, parsed.value));
      if (patch === undefined) return { type: 'unchanged', path };
      try {
        await deps.dryRun(target.kind, target.name, editPatchWithPrecondition(patch, object.metadata.resourceVersion ?? ''));
        return { type: 'patch', object, original, patch, changes: describeMergePatch(original, patch), path };
      } catch (error) {
        reason = `error: ${oneLine(error)}`;
      }
    }
    failed = { text, reason };
    deps.writeBuffer(path, reopenText(saved, reason));
  }
  return { type: 'aborted', path, reason: failed?.reason ?? 'too many attempts' };
}
