// The store reaches components through context, so each run and each test has its own.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ClusterStore, ClusterStoreState } from '../store/clusterStore.js';

const StoreContext = createContext<ClusterStore | undefined>(undefined);

export function StoreProvider({ store, children }: { store: ClusterStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStoreApi(): ClusterStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi outside <StoreProvider>');
  return store;
}

export function useClusterStore<T>(selector: (state: ClusterStoreState) => T): T {
  return useStore(useStoreApi(), selector);
}

export function useMutators(): ClusterStoreState['mutators'] {
  return useClusterStore((state) => state.mutators);
}
