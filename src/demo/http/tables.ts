// The meta.k8s.io/v1 Table form of lists, objects and watch events, asked for with
// `Accept: application/json;as=Table;v=v1;g=meta.k8s.io`.
import type { KubeObject } from '../../domain/resources.js';
import { customCells, customColumns } from './printerColumns.js';
import type { ResourceType } from './resourceTypes.js';
import { cellsOf, columnsOf, type PrintedKind } from '../demoKinds.js';

export type { ColumnDefinition } from './tableCells.js';

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

export const buildTable = (type: ResourceType, objects: KubeObject[], options: TableOptions): Record<string, unknown> => ({
  kind: 'Table',
  apiVersion: 'meta.k8s.io/v1',
  metadata: {
    ...(options.resourceVersion ? { resourceVersion: options.resourceVersion } : {}),
    ...(options.continueToken ? { continue: options.continueToken } : {}),
  },
  columnDefinitions: options.omitColumns ? [] : type.custom ? customColumns(type.custom.printerColumns) : columnsOf(type.kind as PrintedKind),
  rows: objects.map((obj) => {
    const object = rowObject(obj, options.includeObject);
    const cells = type.custom ? customCells(type.custom.printerColumns, obj, options.now) : cellsOf(obj, options.now);
    return { cells, ...(object ? { object } : {}) };
  }),
});
