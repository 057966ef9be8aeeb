// What a `:` command line means, from the registry's words alone. Pure, so the parsing is tested
// without Ink; resolveCommand.ts adds the kinds discovery knows.
import { COMMAND_ALIASES } from '../../render/registry.js';
import type { PaneKind } from '../../store/types.js';

export type CommandLine = { type: 'quit' } | { type: 'open'; pane: PaneKind } | { type: 'audit' } | { type: 'none' } | { type: 'unknown'; text: string };

/** Words that are not a kind's. */
export const BUILTIN_WORDS: readonly string[] = ['q', 'quit', 'audit', 'findings'];

export function parseCommandLine(text: string): CommandLine {
  const word = text.trim().toLowerCase();
  if (word === '') return { type: 'none' };
  if (word === 'q' || word === 'quit' || word === 'q!') return { type: 'quit' };
  if (word === 'audit' || word === 'findings') return { type: 'audit' };
  const pane = COMMAND_ALIASES[word];
  return pane ? { type: 'open', pane } : { type: 'unknown', text: word };
}
