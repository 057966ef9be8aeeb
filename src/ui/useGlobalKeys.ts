// Keys the App handles on every screen that binds them (quit, the command bar, help, pane focus)
// and the command / filter bar's line editing.
import { useApp } from 'ink';
import { sanitizeLine } from '../text/sanitize.js';
import { selectTopView } from '../store/selectors.js';
import type { Screen } from './keymap.js';
import { OVERVIEW_PANES } from './views/OverviewView.js';
import { resolveCommand } from '../app/commands/resolveCommand.js';
import { useDiscover } from './DiscoveryContext.js';
import { parseCommandLine } from './runCommand.js';
import { useStoreApi } from './StoreContext.js';
import { useClusterSwitch } from './ClusterSessionContext.js';
import { useKeys } from './useKeys.js';

/** The table the `/` filter applies to: the focused overview pane or the full-screen list. */
export function focusedTableKey(view: { type: string; id: number }, focus: string): string | undefined {
  if (view.type === 'overview') return focus === 'details' ? undefined : `${view.id}:${focus}`;
  if (view.type === 'list') return `${view.id}:list`;
  return undefined;
}

/** `screen`: as rendered, not as just changed by another handler of this same keypress (the table's `/` opens the filter; that `/` must not also be typed into it). */
export function useGlobalKeys(screen: Screen): void {
  const store = useStoreApi();
  const clusterSwitch = useClusterSwitch();
  const discover = useDiscover();
  const { exit } = useApp();
  const quit = () => {
    store.getState().mutators.requestQuit();
    exit();
  };
  const mutators = () => store.getState().mutators;
  // The logs filter may have started on this same keypress: `:` and `?` are text there.
  const unlessCaptured = (run: () => void) => () => (store.getState().keysCaptured ? undefined : run());
  const editPrompt = (text: string) => {
    const state = store.getState();
    const tableKey = focusedTableKey(selectTopView(state), state.focus);
    mutators().setInput(text);
    if (state.mode === 'filter' && tableKey) mutators().setFilter(tableKey, text);
  };
  const focusStep = (step: number) => () => {
    const state = store.getState();
    if (selectTopView(state).type !== 'overview') return;
    const index = OVERVIEW_PANES.findIndex((pane) => pane.id === state.focus);
    mutators().setFocus(OVERVIEW_PANES[(index + step + OVERVIEW_PANES.length) % OVERVIEW_PANES.length].id);
  };

  useKeys(
    screen,
    {
      quit,
      command: unlessCaptured(() => mutators().openPrompt('command')),
      help: unlessCaptured(() => mutators().openPrompt('help')),
      closeHelp: () => mutators().closePrompt(),
      focusNext: focusStep(1),
      focusPrev: focusStep(-1),
      ...(screen === 'prompt'
        ? {
            cancel: () => {
              const state = store.getState();
              const tableKey = focusedTableKey(selectTopView(state), state.focus);
              if (state.mode === 'filter' && tableKey) mutators().setFilter(tableKey, '');
              mutators().closePrompt();
            },
            erase: () => editPrompt(store.getState().input.slice(0, -1)),
            type: (input: string) => editPrompt(store.getState().input + sanitizeLine(input)),
            submit: () => {
              const { mode, input } = store.getState();
              mutators().closePrompt();
              if (mode === 'filter') return;
              const line = parseCommandLine(input);
              if (line.type === 'quit') return quit();
              if (line.type === 'open') return mutators().pushView({ type: 'list', pane: line.pane });
              if (line.type === 'audit') return mutators().pushView({ type: 'audit' });
              if (line.type === 'contexts') return mutators().pushView({ type: 'contexts' });
              if (line.type === 'namespace') return clusterSwitch ? clusterSwitch.switchNamespace(line.namespace) : mutators().setFlash('no cluster to switch namespaces in');
              if (line.type === 'context') return clusterSwitch ? void clusterSwitch.switchContext(line.context) : mutators().setFlash('no kubeconfig to switch contexts in');
              if (line.type === 'verify') return mutators().pushView({ type: 'verify', scroll: 0 });
              if (line.type !== 'unknown') return;
              // Not a registered kind's word: discovery may know it (a CRD's plural, a short name).
              void resolveCommand(input, discover).then((resolved) => {
                if (resolved.type === 'openServed') return mutators().pushView({ type: 'list', pane: 'served', resource: resolved.resource });
                if (resolved.type === 'open') return mutators().pushView({ type: 'list', pane: resolved.pane });
                if (resolved.type === 'unknown') return mutators().setFlash(resolved.message);
              });
            },
          }
        : {}),
    },
    { isActive: true },
  );
}
