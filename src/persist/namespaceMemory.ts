// The namespace last used in each context, remembered between runs as kubectl remembers a
// context's namespace in the kubeconfig (which kilo-tui never writes): one small JSON file,
// $XDG_STATE_HOME/kilo-tui/namespaces.json, { "<context>": "<namespace>" }; "" is every namespace.
import { closeSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { stateHome } from './actionLog.js';
import { privateDirectory } from './privateDirectory.js';

const FILE = 'namespaces.json';
/** A kubeconfig can hold any number of contexts; the file stays small all the same. */
const MAX_CONTEXTS = 200;

export const namespaceMemoryPath = (env: NodeJS.ProcessEnv = process.env): string => join(stateHome(env), 'kilo-tui', FILE);

function readAll(env: NodeJS.ProcessEnv): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(namespaceMemoryPath(env), 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    // Only strings count: a hand-edited or damaged file forgets, it does not break start-up.
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

/** The namespace last used in `context`, if any ("" = every namespace). */
export function rememberedNamespace(context: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const all = readAll(env);
  return Object.hasOwn(all, context) ? all[context] : undefined;
}

/** Remembers `namespace` for `context`; a failure to write is the caller's to report or ignore. */
export function rememberNamespace(context: string, namespace: string, env: NodeJS.ProcessEnv = process.env): void {
  const all = readAll(env);
  delete all[context];
  const entries = [...Object.entries(all), [context, namespace] as [string, string]].slice(-MAX_CONTEXTS);
  const dir = privateDirectory(stateHome(env), ['kilo-tui']);
  // Written beside and renamed over: a crash mid-write leaves the old file, never half of one.
  const temporary = join(dir, `${FILE}.${process.pid}.tmp`);
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(Object.fromEntries(entries), null, 1)}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, join(dir, FILE));
}
