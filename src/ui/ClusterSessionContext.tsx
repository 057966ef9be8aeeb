// The live namespace and context switch (app/cluster/clusterSession) as the views see it; absent
// when the App runs without a cluster (tests of one view), where the keys say so instead.
import { createContext, useContext } from 'react';
import type { ContextEntry } from '../kube/kubeconfig.js';

export interface ClusterSwitch {
  switchNamespace(namespace: string): void;
  switchContext(context: string): Promise<void>;
  contexts(): ContextEntry[];
}

export const ClusterSwitchContext = createContext<ClusterSwitch | undefined>(undefined);

export const useClusterSwitch = (): ClusterSwitch | undefined => useContext(ClusterSwitchContext);
