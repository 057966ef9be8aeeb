// The demo table: per kind the demo serves, what it does for it. Every kind has kubectl's printer
// (its Table columns and cells); a kind the demo simulates has a controller too, which cluster.ts
// builds and syncs from here (kinds/demoKind.ts says how). A read-only kind's printer is written
// here (its cells in http/tableCells.ts, or a cells file beside it for a group of kinds); a
// simulated kind's entry is its module in kinds/, which holds its printer and its controller.
// The type makes the table complete: tsc names a served kind without an entry, and a workload
// kind without a controller.
import type { KubeObject, ResourceKind } from '../domain/resources.js';
import { configMapCells, cronJobCells, horizontalPodAutoscalerCells, ingressCells, jobCells, persistentVolumeCells, persistentVolumeClaimCells, secretCells, serviceAccountCells } from './http/builtinCells.js';
import { endpointSliceCells, endpointsCells } from './http/endpointCells.js';
import {
  col,
  customResourceDefinitionCells,
  eventCells,
  formatLabelSelector,
  nameCol,
  namespaceCells,
  nodeCells,
  podCells,
  serviceCells,
  wideWorkload,
  type Cell,
  type ColumnDefinition,
} from './http/tableCells.js';
import { daemonSets } from './kinds/daemonSets.js';
import type { DemoController, DemoKind } from './kinds/demoKind.js';
import { deployments } from './kinds/deployments.js';
import { replicaSets } from './kinds/replicaSets.js';
import { statefulSets } from './kinds/statefulSets.js';

/** The kinds with a fixed printer: every one the demo serves but the generic ServedObject entry (custom kinds print by their CRD). */
export type PrintedKind = Exclude<ResourceKind, 'ServedObject'>;

/** A new kind adds its entry here. The simulated kinds come first: their order is the order the cluster syncs them in at start (Deployments, then ReplicaSets). */
export const DEMO_KINDS: { [K in PrintedKind]: DemoKind<K> } = {
  Deployment: deployments,
  ReplicaSet: replicaSets,
  StatefulSet: statefulSets,
  DaemonSet: daemonSets,
  // The kinds the demo only stores and serves.
  Pod: {
    printer: {
      columns: [nameCol, col('Ready'), col('Status'), col('Restarts'), col('Age'), col('IP', 'string', 1), col('Node', 'string', 1), col('Nominated Node', 'string', 1), col('Readiness Gates', 'string', 1)],
      cells: podCells,
    },
  },
  Service: { printer: { columns: [nameCol, col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', 'string', 1)], cells: serviceCells } },
  Event: {
    printer: {
      columns: [col('Last Seen'), col('Type'), col('Reason'), col('Object'), col('Subobject', 'string', 1), col('Source', 'string', 1), col('Message'), col('First Seen', 'string', 1), col('Count', 'integer', 1), col('Name', 'string', 1, 'name')],
      cells: eventCells,
    },
  },
  Node: {
    printer: {
      columns: [nameCol, col('Status'), col('Roles'), col('Age'), col('Version'), col('Internal-IP', 'string', 1), col('External-IP', 'string', 1), col('OS-Image', 'string', 1), col('Kernel-Version', 'string', 1), col('Container-Runtime', 'string', 1)],
      cells: nodeCells,
    },
  },
  CustomResourceDefinition: { printer: { columns: [nameCol, { ...col('Created At', 'date'), description: 'CreationTimestamp is a timestamp representing the server time when this object was created.' }], cells: customResourceDefinitionCells } },
  Namespace: { printer: { columns: [nameCol, col('Status'), col('Age')], cells: namespaceCells } },
  // Issue 11's built-in kinds (cells in builtinCells.ts), alphabetical.
  ConfigMap: { printer: { columns: [nameCol, col('Data', 'integer'), col('Age')], cells: configMapCells } },
  CronJob: {
    printer: {
      columns: [nameCol, col('Schedule'), col('Timezone'), col('Suspend'), col('Active', 'integer'), col('Last Schedule'), col('Age'), ...wideWorkload],
      cells: (cj, now) => cronJobCells(cj, now, formatLabelSelector),
    },
  },
  HorizontalPodAutoscaler: {
    printer: {
      columns: [nameCol, col('Reference'), col('Targets'), col('MinPods'), col('MaxPods', 'integer'), col('Replicas', 'integer'), col('Age')],
      cells: horizontalPodAutoscalerCells,
    },
  },
  Ingress: { printer: { columns: [nameCol, col('Class'), col('Hosts'), col('Address'), col('Ports'), col('Age')], cells: ingressCells } },
  Job: { printer: { columns: [nameCol, col('Status'), col('Completions'), col('Duration'), col('Age'), ...wideWorkload], cells: (job, now) => jobCells(job, now, formatLabelSelector) } },
  PersistentVolume: {
    printer: {
      columns: [nameCol, col('Capacity'), col('Access Modes'), col('Reclaim Policy'), col('Status'), col('Claim'), col('StorageClass'), col('VolumeAttributesClass'), col('Reason'), col('Age'), col('VolumeMode', 'string', 1)],
      cells: persistentVolumeCells,
    },
  },
  PersistentVolumeClaim: {
    printer: {
      columns: [nameCol, col('Status'), col('Volume'), col('Capacity'), col('Access Modes'), col('StorageClass'), col('VolumeAttributesClass'), col('Age'), col('VolumeMode', 'string', 1)],
      cells: persistentVolumeClaimCells,
    },
  },
  Secret: { printer: { columns: [nameCol, col('Type'), col('Data'), col('Age')], cells: secretCells } },
  ServiceAccount: { printer: { columns: [nameCol, col('Secrets'), col('Age')], cells: serviceAccountCells } },
  // Endpoints and EndpointSlices (cells in endpointCells.ts).
  Endpoints: { printer: { columns: [nameCol, col('Endpoints'), col('Age')], cells: endpointsCells } },
  EndpointSlice: { printer: { columns: [nameCol, col('AddressType'), col('Ports'), col('Endpoints'), col('Age')], cells: endpointSliceCells } },
};

export const columnsOf = (kind: PrintedKind): ColumnDefinition[] => DEMO_KINDS[kind].printer.columns;

export const cellsOf = (obj: KubeObject, now: number): Cell[] => (DEMO_KINDS[obj.kind as PrintedKind].printer.cells as (obj: KubeObject, now: number) => Cell[])(obj, now);

/** The simulated kinds' controllers, in the table's order. */
export const DEMO_CONTROLLERS: readonly { kind: PrintedKind; controller: DemoController }[] = (Object.keys(DEMO_KINDS) as PrintedKind[]).flatMap((kind) => {
  const controller = (DEMO_KINDS[kind] as { controller?: DemoController }).controller;
  return controller ? [{ kind, controller }] : [];
});
