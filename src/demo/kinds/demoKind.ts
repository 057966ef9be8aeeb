// What the demo does for one kind, as the demo table (demo/demoKinds.ts) holds it: how kubectl
// prints it and, for a kind the demo simulates, its controller and the store events that make the
// controller sync one of its objects. cluster.ts builds and drives every controller from that
// table, so adding a simulated kind (a Job, a CronJob) is a module in demo/kinds/ and one table
// line, never an edit of the cluster.
import type { KindName, ObjectOfKind } from '../../domain/resources.js';
import type { WorkloadKind } from '../../domain/kinds.js';
import type { EventRecorder } from '../controllers/eventRecorder.js';
import type { PodPlacement } from '../controllers/podPlacement.js';
import type { Scheduler } from '../controllers/scheduler.js';
import type { Cell, ColumnDefinition } from '../http/tableCells.js';
import type { ObjectStore } from '../objectStore.js';

/** kubectl's server-side printer for a kind: its Table columns and the cells of one row. */
export interface Printer<T> {
  columns: ColumnDefinition[];
  cells(obj: T, now: number): Cell[];
}

/** The parts of the simulated cluster a controller is built from (one set per cluster: nothing is shared between clusters). */
export interface ClusterParts {
  store: ObjectStore;
  /** Timers and the clock (`scheduler.clock.now()`); delays divided by the cluster's timeScale. */
  scheduler: Scheduler;
  events: EventRecorder;
  /** The scheduler's decision for a pod a controller creates: the node, or Pending without one. */
  placement: PodPlacement;
  /** The one node's name (per-node kinds run a pod on it). */
  node: string;
}

/** A built controller: brings one object of its kind (and what it controls) to its spec. */
export interface Reconciler {
  /** Called with the object's key after a change; the object may be gone (a deletion). */
  sync(namespace: string, name: string): void;
}

/**
 * A simulated kind's controller. It syncs one of its objects when that object changes, when an
 * object of a kind in `owns` that names it as controller changes (the ReplicaSets or pods it
 * created; controller-runtime's `Owns`), and, for a per-node kind, when a Node goes.
 */
export interface DemoController {
  /** Builds it for one cluster; `requeue` asks for another sync of one of its objects later (a deadline, a pod turning available). */
  create(parts: ClusterParts, requeue: (namespace: string, name: string) => void): Reconciler;
  owns: readonly KindName[];
  /** Runs a pod per node: a Node's deletion syncs every object of the kind (the real controller watches Nodes). */
  perNode?: true;
}

/**
 * One kind's entry in the demo table. A workload (the registry's `workload` capability: kubectl
 * rolls it out) must have a controller, or the demo never recreates its pods after a delete.
 */
export type DemoKind<K extends KindName> = { printer: Printer<ObjectOfKind[K]> } & (K extends WorkloadKind ? { controller: DemoController } : { controller?: DemoController });
