// Which screen has the keys: the one whose rows of the key table apply, whose keys the footer hints
// and `?` lists. Pure, from what the App renders.
import type { FlowState } from '../app/actions/actionFlow.js';
import type { InputMode, OverviewPane, ViewEntry } from '../store/types.js';
import type { Screen } from './keymap.js';

export interface ScreenInputs {
  view: ViewEntry;
  mode: InputMode;
  focus: OverviewPane;
  /** The wide overview, whose details pane shows the selected pod's logs when there is a cluster. */
  wide: boolean;
  hasLogs: boolean;
  /** A view takes every key (the logs filter being typed). */
  keysCaptured: boolean;
  flow: FlowState | undefined;
}

/** The screen under the help: what `?` was pressed on. */
export function baseScreen({ view, mode, focus, wide, hasLogs, keysCaptured, flow }: ScreenInputs): Screen {
  if (mode === 'command' || mode === 'filter') return 'prompt';
  if (flow && flow.phase !== 'idle') {
    switch (flow.phase) {
      case 'prompting': return flow.prompt.type === 'number' ? 'numberPrompt' : flow.prompt.type === 'images' ? 'imagePrompt' : 'revisionPicker';
      case 'previewing': return 'confirm';
      case 'confirming-danger': return 'danger';
      case 'running':
      case 'done': return 'execution';
    }
  }
  if (keysCaptured) return 'logFilter';
  switch (view.type) {
    case 'overview': return focus === 'details' && wide && hasLogs ? 'logsPane' : 'overview';
    case 'list': return 'list';
    case 'describe': return 'describe';
    case 'logs': return 'logs';
    case 'audit': return 'audit';
    case 'finding': return 'finding';
    case 'contexts': return 'contexts';
    case 'rollout': return 'rollout';
    case 'verify': return 'verify';
  }
}
