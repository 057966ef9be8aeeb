// Collects what a watch reports, for assertions.
import type { KubeObject } from '../../src/domain/resources.js';
import type { ConnectionState, WatchHandlers } from '../../src/kube/types.js';

export interface WatchRecord extends WatchHandlers {
  syncs: KubeObject[][];
  events: { type: string; name: string; resourceVersion?: string }[];
  states: ConnectionState[];
  statuses(): string[];
}

export function recordWatch(): WatchRecord {
  const record: WatchRecord = {
    syncs: [],
    events: [],
    states: [],
    statuses: () => record.states.map((s) => s.status),
    onSync: (items) => void record.syncs.push(items),
    onEvent: (type, object) => void record.events.push({ type, name: object.metadata.name, resourceVersion: object.metadata.resourceVersion }),
    onState: (state) => void record.states.push(state),
  };
  return record;
}
