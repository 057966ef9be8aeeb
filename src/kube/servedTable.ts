// The server-side Table form (meta.k8s.io/v1), asked for by kinds kilo-tui has no renderer of:
// the server prints them as kubectl would (a CRD's additionalPrinterColumns included), and each
// row becomes a ServedObject carrying its cells and the object itself (includeObject=Object).
import type { ServedObject } from '../domain/resources.js';
import type { ServedResource, TableColumn } from '../domain/servedResources.js';

/** kubectl's Accept for `get` (Table, falling back to plain JSON on servers without it). */
export const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';
export const TABLE_QUERY = { includeObject: 'Object' } as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const isTable = (value: unknown): value is Record<string, unknown> => isRecord(value) && value.kind === 'Table';

/** The column definitions of a Table; empty when it has none (watch events after the first). */
export function tableColumns(table: unknown): TableColumn[] {
  if (!isRecord(table) || !Array.isArray(table.columnDefinitions)) return [];
  return table.columnDefinitions.flatMap((c): TableColumn[] =>
    isRecord(c) && typeof c.name === 'string'
      ? [{ name: c.name, type: typeof c.type === 'string' ? c.type : 'string', ...(typeof c.format === 'string' ? { format: c.format } : {}), ...(typeof c.priority === 'number' ? { priority: c.priority } : {}) }]
      : [],
  );
}

/**
 * The rows of a Table as ServedObjects, unadmitted (admission checks their metadata). A row
 * without an object is passed on as it is, for admission to refuse and count.
 */
export function servedObjectsOf(table: unknown, resource: ServedResource, columns: readonly TableColumn[]): unknown[] {
  if (!isRecord(table) || !Array.isArray(table.rows)) return [];
  return table.rows.map((row) => {
    if (!isRecord(row) || !isRecord(row.object)) return row;
    const object = row.object;
    const served: Omit<ServedObject, 'metadata'> & { metadata: unknown } = {
      apiVersion: 'meta.k8s.io/v1',
      kind: 'ServedObject',
      metadata: object.metadata,
      resource,
      columns,
      cells: Array.isArray(row.cells) ? row.cells : [],
      object: object as ServedObject['object'],
    };
    return served;
  });
}
