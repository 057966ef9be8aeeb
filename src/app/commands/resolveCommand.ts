// What a `:` word opens: a first-class kind's list (the registry's words, answered at once), or
// any other kind the server serves, found through discovery (`:ingressroutes`, `:ingressroute`,
// `:ingressroutes.traefik.io`, a short name). A word that names nothing is looked up once more
// with fresh discovery (a CRD may have just appeared; with ETags that costs a 304), and then
// answered with the closest known word.
import { KINDS, SERVED_KIND_NAMES } from '../../domain/kinds.js';
import { closestWord, findServed, wordsOf, type ServedResource } from '../../domain/servedResources.js';
import { COMMAND_ALIASES, listKindOf, type ListKind } from '../../render/registry.js';
import { BUILTIN_WORDS, parseCommandLine, type CommandLine } from './commandLine.js';

export type ResolvedCommand = Exclude<CommandLine, { type: 'unknown' }> | { type: 'openServed'; resource: ServedResource } | { type: 'unknown'; text: string; message: string };

export type Discover = (options?: { refresh?: boolean }) => Promise<readonly ServedResource[]>;

/** The registered kind a discovered resource is, when it is one (it then opens its own list). */
function registeredList(resource: ServedResource): ListKind | undefined {
  const kind = SERVED_KIND_NAMES.find((name) => KINDS[name].group === resource.group && KINDS[name].plural === resource.plural);
  return kind ? listKindOf(kind) : undefined;
}

function opened(resource: ServedResource): ResolvedCommand {
  const pane = registeredList(resource);
  return pane ? { type: 'open', pane } : { type: 'openServed', resource };
}

/** The one line for a word that opens nothing: the closest known word when one is near. */
export function unknownCommandMessage(word: string, served: readonly ServedResource[]): string {
  const known = new Set([...Object.keys(COMMAND_ALIASES), ...BUILTIN_WORDS, ...served.flatMap(wordsOf)]);
  const closest = closestWord(word, known);
  return closest ? `unknown command: ${word} (did you mean :${closest}?)` : `unknown command: ${word}`;
}

export async function resolveCommand(text: string, discover?: Discover): Promise<ResolvedCommand> {
  const line = parseCommandLine(text);
  if (line.type !== 'unknown') return line;
  if (!discover) return { ...line, message: unknownCommandMessage(line.text, []) };
  let served: readonly ServedResource[] = [];
  try {
    served = await discover();
    const found = findServed(served, line.text);
    if (found) return opened(found);
    served = await discover({ refresh: true });
    const fresh = findServed(served, line.text);
    if (fresh) return opened(fresh);
  } catch {
    // Discovery failing (a server down, forbidden) leaves the registry's words: still say the closest.
  }
  return { ...line, message: unknownCommandMessage(line.text, served) };
}
