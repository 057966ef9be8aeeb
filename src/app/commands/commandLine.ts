// What a `:` command line means, from the registry's words alone. Pure, so the parsing is tested
// without Ink; resolveCommand.ts adds the kinds discovery knows.
import { COMMAND_ALIASES } from '../../render/registry.js';
import type { PaneKind } from '../../store/types.js';

export type CommandLine =
  | { type: 'quit' }
  | { type: 'open'; pane: PaneKind }
  | { type: 'audit' }
  /** `:verify`: the report's verification checklist. */
  | { type: 'verify' }
  /** `:ns NAME` switches at once; `:ns all` (or `:ns -A`) shows every namespace (""). */
  | { type: 'namespace'; namespace: string }
  | { type: 'contexts' }
  | { type: 'context'; context: string }
  | { type: 'none' }
  | { type: 'unknown'; text: string };

const NAMESPACE_WORDS = new Set(['ns', 'namespace', 'namespaces']);
const CONTEXT_WORDS = new Set(['ctx', 'context', 'contexts']);

/** Words that are not a kind's. */
export const BUILTIN_WORDS: readonly string[] = ['q', 'quit', 'audit', 'findings', 'verify', 'checklist', ...CONTEXT_WORDS];

export function parseCommandLine(text: string): CommandLine {
  const [first = '', ...rest] = text.trim().split(/\s+/);
  const word = first.toLowerCase();
  // Names are kept as typed: a context name may have capitals; namespaces never do.
  const argument = rest.join(' ');
  if (word === '') return { type: 'none' };
  if (NAMESPACE_WORDS.has(word) && argument) {
    const namespace = argument.toLowerCase();
    return { type: 'namespace', namespace: namespace === 'all' || namespace === '-a' || namespace === '--all-namespaces' ? '' : namespace };
  }
  if (CONTEXT_WORDS.has(word)) return argument ? { type: 'context', context: argument } : { type: 'contexts' };
  if (argument) return { type: 'unknown', text: text.trim() };
  if (word === 'q' || word === 'quit' || word === 'q!') return { type: 'quit' };
  if (word === 'audit' || word === 'findings') return { type: 'audit' };
  if (word === 'verify' || word === 'checklist') return { type: 'verify' };
  const pane = COMMAND_ALIASES[word];
  return pane ? { type: 'open', pane } : { type: 'unknown', text: word };
}
