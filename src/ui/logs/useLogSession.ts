// One LogSession per target, for as long as the target stays the same: opened (after an optional
// debounce, so scrolling through pods does not open a stream per row), fed the store's pod
// updates so restarts and deletions are seen at once, and stopped when the target changes or the
// component unmounts.
import { useEffect, useRef, useState } from 'react';
import { realClock } from '../../domain/clock.js';
import type { Pod } from '../../domain/resources.js';
import { replacedSince } from '../../render/mapDeltas.js';
import type { LogTarget } from '../../logs/logEntry.js';
import { followedBy, logTargetKey } from '../../logs/logTarget.js';
import { LogSession } from '../../logs/logSession.js';
import type { ClusterStore } from '../../store/clusterStore.js';
import { useStoreApi } from '../StoreContext.js';
import { useLogsEnvironment } from './LogsContext.js';

export function useLogSession(target: LogTarget | undefined, debounceMs = 0): LogSession | undefined {
  const environment = useLogsEnvironment();
  const store = useStoreApi();
  const [session, setSession] = useState<LogSession | undefined>(undefined);
  const latestTarget = useRef(target);
  latestTarget.current = target;
  const key = logTargetKey(target);

  useEffect(() => {
    const wanted = latestTarget.current;
    if (!environment || !wanted || wanted.pods.length === 0) {
      setSession(undefined);
      return;
    }
    const clock = environment.clock ?? realClock;
    let opened: LogSession | undefined;
    const open = () => {
      timer = undefined;
      opened = new LogSession({
        gateway: environment.gateway,
        clock,
        capacity: environment.capacity,
        target: wanted,
        knownPods: podsNamed(store, wanted.pods),
      });
      setSession(opened);
      void opened.start();
    };
    let timer: unknown;
    if (debounceMs > 0) {
      setSession(undefined);
      timer = clock.setTimeout(open, debounceMs);
    } else {
      open();
    }
    return () => {
      if (timer !== undefined) clock.clearTimeout(timer);
      opened?.stop();
    };
  }, [key, environment, store, debounceMs]);

  useEffect(() => (session ? forwardPodChanges(store, session) : undefined), [store, session]);
  return session;
}

function podsNamed(store: ClusterStore, names: readonly string[]): Pod[] {
  const wanted = new Set(names);
  return [...store.getState().resources.Pod.values()].filter((pod) => wanted.has(pod.metadata.name));
}

/**
 * Pushes each changed pod of the session's target into it, each deletion, and, for a Deployment's
 * or ReplicaSet's merged logs, each pod that joins it later (a restart's or undo's new pods);
 * returns the unsubscribe.
 */
export function forwardPodChanges(store: ClusterStore, session: LogSession): () => void {
  const { target } = session.getState();
  const names = new Set(target.pods);
  const byName = (): Map<string, Pod> => new Map(podsNamed(store, [...names]).map((pod) => [pod.metadata.name, pod]));
  let last = byName();
  return store.subscribe((state, previous) => {
    const podsChanged = state.resources.Pod !== previous.resources.Pod;
    if (!podsChanged && state.resources.ReplicaSet === previous.resources.ReplicaSet) return;
    // A burst that only replaced pods names them: look at those, not at every pod of the namespace.
    const replaced = podsChanged ? replacedSince(state.derivations.memo, previous.resources.Pod, state.resources.Pod) : undefined;
    if (replaced) {
      for (const uid of replaced) {
        const pod = state.resources.Pod.get(uid);
        if (pod && names.has(pod.metadata.name) && last.get(pod.metadata.name) !== pod) {
          last.set(pod.metadata.name, pod);
          session.onPodUpdate(pod);
        }
      }
      return;
    }
    if (target.follows) {
      for (const pod of state.resources.Pod.values()) {
        if (names.has(pod.metadata.name) || !followedBy(target, pod, state.resources.ReplicaSet)) continue;
        names.add(pod.metadata.name);
        session.addPod(pod);
      }
    }
    if (!podsChanged) return;
    const current = byName();
    for (const [name, pod] of current) if (last.get(name) !== pod) session.onPodUpdate(pod);
    for (const name of last.keys()) if (!current.has(name)) session.onPodDeleted(name);
    last = current;
  });
}
