// The meta.k8s.io/v1 Table form of lists, objects and watch events, asked for with
// `Accept: application/json;as=Table;v=v1;g=meta.k8s.io`.
import type { KubeObject, ResourceKind } from '../../domain/resources.js';
import { cellsOf } from './tableCells.js';

export interface ColumnDefinition {
  name: string;
  type: 'string' | 'integer' | 'date';
  format: string;
  description: string;
  priority: number;
}

const col = (name: string, type: ColumnDefinition['type'] = 'string', priority = 0, format = ''): ColumnDefinition => ({
  name,
  type,
  format,
  description: `${name} column`,
  priority,
});

const nameCol = col('Name', 'string', 0, 'name');
const wideWorkload = [col('Containers', 'string', 1), col('Images', 'string', 1), col('Selector', 'string', 1)];

export const COLUMNS: Record<ResourceKind, ColumnDefinition[]> = {
  Deployment: [nameCol, col('Ready'), col('Up-to-date', 'integer'), col('Available', 'integer'), col('Age'), ...wideWorkload],
  ReplicaSet: [nameCol, col('Desired', 'integer'), col('Current', 'integer'), col('Ready', 'integer'), col('Age'), ...wideWorkload],
  Pod: [nameCol, col('Ready'), col('Status'), col('Restarts'), col('Age'), col('IP', 'string', 1), col('Node', 'string', 1), col('Nominated Node', 'string', 1), col('Readiness Gates', 'string', 1)],
  Service: [nameCol, col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', 'string', 1)],
  Event: [col('Last Seen'), col('Type'), col('Reason'), col('Object'), col('Subobject', 'string', 1), col('Source', 'string', 1), col('Message'), col('First Seen', 'string', 1), col('Count', 'integer', 1), col('Name', 'string', 1, 'name')],
  Namespace: [nameCol, col('Status'), col('Age')],
};

export type IncludeObject = 'None' | 'Metadata' | 'Object';

/** True when the Accept header asks for a meta.k8s.io/v1 Table anywhere in its list. */
export const wantsTable = (accept: string | undefined): boolean =>
  (accept ?? '').split(',').some((media) => {
    const params = new Map(media.split(';').slice(1).map((p) => p.trim().split('=') as [string, string]));
    return params.get('as') === 'Table' && params.get('g') === 'meta.k8s.io' && (params.get('v') ?? 'v1') === 'v1';
  });

export const parseIncludeObject = (value: string | null): IncludeObject =>
  value === 'None' || value === 'Object' ? value : 'Metadata';

const rowObject = (obj: KubeObject, include: IncludeObject): unknown => {
  if (include === 'None') return undefined;
  if (include === 'Object') return obj;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
};

export interface TableOptions {
  now: number;
  includeObject: IncludeObject;
  resourceVersion?: string;
  continueToken?: string;
  /** Watch events after the first omit the column definitions, as the API server does. */
  omitColumns?: boolean;
}

export const buildTable = (kind: ResourceKind, objects: KubeObject[], options: TableOptions): Record<string, unknown> => ({
  kind: 'Table',
  apiVersion: 'meta.k8s.io/v1',
  metadata: {
    ...(options.resourceVersion ? { resourceVersion: options.resourceVersion } : {}),
    ...(options.continueToken ? { continue: options.continueToken } : {}),
  },
  columnDefinitions: options.omitColumns ? [] : COLUMNS[kind],
  rows: objects.map((obj) => {
    const object = rowObject(obj, options.includeObject);
    return { cells: cellsOf(obj, options.now), ...(object ? { object } : {}) };
  }),
});
