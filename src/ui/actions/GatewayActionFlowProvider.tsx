// The action flow bound to the live cluster: plans are built from the store's current snapshot and
// run through the gateway (see gatewayActionDeps for concurrency, action log and exports).
import { useMemo, type ReactNode } from 'react';
import type { ClusterGateway } from '../../kube/types.js';
import { selectSnapshot } from '../../store/selectors.js';
import { gatewayActionDeps } from '../../app/actions/gatewayActionDeps.js';
import { useStoreApi } from '../StoreContext.js';
import { ActionFlowProvider } from './ActionFlowContext.js';

export interface GatewayActionFlowProviderProps {
  gateway: ClusterGateway;
  readonly: boolean;
  now?: () => number;
  children: ReactNode;
}

export function GatewayActionFlowProvider({ gateway, readonly, now, children }: GatewayActionFlowProviderProps) {
  const store = useStoreApi();
  const deps = useMemo(
    () => ({
      ...gatewayActionDeps({ gateway, readonly, now, snapshot: () => selectSnapshot(store.getState()) }),
      clearMarks: () => store.getState().mutators.clearMarks(),
    }),
    [gateway, readonly, now, store],
  );
  return <ActionFlowProvider deps={deps}>{children}</ActionFlowProvider>;
}
