// The action flow bound to the live cluster (app/actions/storeActionDeps: plans from the store's
// snapshot, run through the gateway, marks cleared after an executed run).
import { useMemo, type ReactNode } from 'react';
import { storeActionDeps } from '../../app/actions/storeActionDeps.js';
import type { ClusterGateway } from '../../kube/types.js';
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
  const deps = useMemo(() => storeActionDeps(store, { gateway, readonly, now }), [gateway, readonly, now, store]);
  return <ActionFlowProvider deps={deps}>{children}</ActionFlowProvider>;
}
