// When the TUI draws its first frame. React mounting the whole tree on an empty store, then again
// with the lists a moment later, costs twice, and the lists' answers wait behind the first mount
// (it was ~40% of start-up's CPU under load); so the first frame waits for the first lists, or for
// a watch to report a failure, but never longer than a short bound.
import type { ClusterStore } from '../store/clusterStore.js';

export const FIRST_FRAME_WAIT_MS = 250;

export function firstFrameReady(store: ClusterStore, waitMs = FIRST_FRAME_WAIT_MS): Promise<void> {
  const initial = store.getState();
  const ready = (): boolean => {
    const state = store.getState();
    return state.resources !== initial.resources || Object.values(state.connection).some((c) => c.status === 'reconnecting' || c.status === 'forbidden');
  };
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    const unsubscribe = store.subscribe(() => {
      if (ready()) done();
    });
  });
}
