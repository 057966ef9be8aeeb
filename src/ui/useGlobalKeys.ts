// Keys that work everywhere (quit, command bar, help, pane focus) and the prompt's line editing.
import { useApp, useInput } from 'ink';
import { sanitizeForTerminal } from '../render/sanitize.js';
import { selectTopView } from '../store/selectors.js';
import { matchCommand } from './keymap.js';
import { OVERVIEW_PANES } from './views/OverviewView.js';
import { parseCommandLine } from './runCommand.js';
import { useClusterStore, useStoreApi } from './StoreContext.js';

/** The table the `/` filter applies to: the focused overview pane or the full-screen list. */
export function focusedTableKey(view: { type: string; id: number }, focus: string): string | undefined {
  if (view.type === 'overview') return focus === 'details' ? undefined : `${view.id}:${focus}`;
  if (view.type === 'list') return `${view.id}:list`;
  return undefined;
}

/** `suspended`: a modal owns the keyboard; only quit still works. */
export function useGlobalKeys({ suspended = false }: { suspended?: boolean } = {}): void {
  const store = useStoreApi();
  const { exit } = useApp();
  // The mode as rendered, not as just changed by another handler of this same keypress
  // (the table's `/` opens the filter; that `/` must not also be typed into it).
  const mode = useClusterStore((state) => state.mode);

  useInput((input, key) => {
    const state = store.getState();
    const { mutators } = state;
    const quit = () => {
      mutators.requestQuit();
      exit();
    };
    if (matchCommand('global', input, key) === 'quit') return quit();
    if (suspended) return;
    // The logs filter is being typed: `:` and `?` are text there.
    if (state.keysCaptured) return;

    if (mode === 'command' || mode === 'filter') {
      const tableKey = focusedTableKey(selectTopView(state), state.focus);
      const update = (text: string) => {
        mutators.setInput(text);
        if (mode === 'filter' && tableKey) mutators.setFilter(tableKey, text);
      };
      switch (matchCommand('prompt', input, key)) {
        case 'cancel':
          if (mode === 'filter' && tableKey) mutators.setFilter(tableKey, '');
          return mutators.closePrompt();
        case 'erase':
          return update(state.input.slice(0, -1));
        case 'submit': {
          mutators.closePrompt();
          if (mode === 'filter') return;
          const line = parseCommandLine(state.input);
          if (line.type === 'quit') return quit();
          if (line.type === 'open') return mutators.pushView({ type: 'list', pane: line.pane });
          if (line.type === 'audit') return mutators.pushView({ type: 'audit' });
          if (line.type === 'unknown') return mutators.setFlash(`unknown command: ${line.text}`);
          return;
        }
        default:
          if (!key.ctrl && !key.meta && input) update(state.input + sanitizeForTerminal(input));
          return;
      }
    }

    if (mode === 'help') {
      if (key.escape || input === '?') mutators.closePrompt();
      return;
    }

    switch (matchCommand('global', input, key)) {
      case 'command': return mutators.openPrompt('command');
      case 'help': return mutators.openPrompt('help');
      case 'focusNext':
      case 'focusPrev': {
        if (selectTopView(state).type !== 'overview') return;
        const step = key.shift ? -1 : 1;
        const index = OVERVIEW_PANES.findIndex((pane) => pane.id === state.focus);
        return mutators.setFocus(OVERVIEW_PANES[(index + step + OVERVIEW_PANES.length) % OVERVIEW_PANES.length].id);
      }
      default:
        return;
    }
  });
}
