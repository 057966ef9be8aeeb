// The one line the action flow leaves in the flash line: why an action did not start (read-only,
// nothing selected, a builder's refusal), or the summary of an executed run, kept after its result
// is closed.
import type { FlowState } from './actionFlow.js';
import { summarizeResults } from './resultSummary.js';

export function flowMessage(state: FlowState): string | undefined {
  if (state.phase === 'idle') return state.message;
  if (state.phase === 'done' && state.mode === 'execute') return `${state.plan.title}: ${summarizeResults(state.results)}${state.error ? ` (${state.error})` : ''}`;
  return undefined;
}
