// The action flow of a running TUI: plans are built from the store's current snapshot, run through
// the gateway (gatewayActionDeps), and the marks they acted on are cleared once an executed run's
// result is closed.
import type { ClusterStore } from '../../store/clusterStore.js';
import { selectSnapshot } from '../../store/selectors.js';
import type { ActionFlowDeps } from './actionController.js';
import { gatewayActionDeps, type GatewayActionOptions } from './gatewayActionDeps.js';

export function storeActionDeps(store: ClusterStore, options: Omit<GatewayActionOptions, 'snapshot'>): ActionFlowDeps {
  return {
    ...gatewayActionDeps({ ...options, snapshot: () => selectSnapshot(store.getState()) }),
    clearMarks: () => store.getState().mutators.clearMarks(),
  };
}
