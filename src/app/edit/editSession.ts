// `e` as `kubectl edit` does it: the object's YAML in the user's editor, read back, turned into a
// merge patch and checked by a server dry run before any preview. Invalid YAML or a change the
// server refuses (a conflict, a validation error) reopens the editor with the reason as a comment
// at the top and the user's text kept; saving the same text again gives up, and the buffer stays
// on disk (its path is reported). No Ink here: the terminal is handed over through `openEditor`.
import { describeMergePatch, mergePatchBetween, type Json } from '../../domain/edit/mergePatch.js';
import { editableObject, editText, parseEdit, reopenText, withoutComments } from '../../domain/edit/editDocument.js';
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
  | { type: 'patch'; object: KubeObject; patch: Json; changes: string[]; path: string };

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
        return { type: 'patch', object, patch, changes: describeMergePatch(original, patch), path };
      } catch (error) {
        reason = `error: ${oneLine(error)}`;
      }
    }
    failed = { text, reason };
    deps.writeBuffer(path, reopenText(saved, reason));
  }
  return { type: 'aborted', path, reason: failed?.reason ?? 'too many attempts' };
}
