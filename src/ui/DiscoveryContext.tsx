// The gateway's discovery reaches the command bar through context (none in tests that need only
// the registry's words: an unknown word then gets its closest registered word).
import { createContext, useContext, type ReactNode } from 'react';
import type { Discover } from '../app/commands/resolveCommand.js';

const DiscoveryContext = createContext<Discover | undefined>(undefined);

export function DiscoveryProvider({ discover, children }: { discover: Discover | undefined; children: ReactNode }) {
  return <DiscoveryContext.Provider value={discover}>{children}</DiscoveryContext.Provider>;
}

export function useDiscover(): Discover | undefined {
  return useContext(DiscoveryContext);
}
