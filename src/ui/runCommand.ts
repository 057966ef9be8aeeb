// What a `:` command line means. Pure, so the parsing is tested without Ink.
import { COMMAND_ALIASES } from '../render/registry.js';
import type { PaneKind } from '../store/types.js';

export type CommandLine = { type: 'quit' } | { type: 'open'; pane: PaneKind } | { type: 'audit' } | { type: 'verify' } | { type: 'none' } | { type: 'unknown'; text: string };

export function parseCommandLine(text: string): CommandLine {
  const word = text.trim().toLowerCase();
  if (word === '') return { type: 'none' };
  if (word === 'q' || word === 'quit' || word === 'q!') return { type: 'quit' };
  if (word === 'audit' || word === 'findings') return { type: 'audit' };
  if (word === 'verify' || word === 'checklist') return { type: 'verify' };
  const pane = COMMAND_ALIASES[word];
  return pane ? { type: 'open', pane } : { type: 'unknown', text: word };
}
