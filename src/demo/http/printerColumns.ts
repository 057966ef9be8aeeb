// A custom resource's Table form, as the apiextensions apiserver prints it: a Name column, then
// the CRD version's additionalPrinterColumns (or an Age column when it declares none), each cell
// read by its JSONPath; `date` cells are printed as ages.
import type { CustomResourceColumn } from '../../domain/resources.js';
import { ageSince } from './humanDuration.js';
import type { Cell, ColumnDefinition } from './tableCells.js';

const AGE_COLUMN: CustomResourceColumn = { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' };

const columnsOrDefault = (printerColumns: readonly CustomResourceColumn[]): readonly CustomResourceColumn[] =>
  printerColumns.length > 0 ? printerColumns : [AGE_COLUMN];

export const customColumns = (printerColumns: readonly CustomResourceColumn[]): ColumnDefinition[] => [
  { name: 'Name', type: 'string', format: 'name', description: 'Name must be unique within a namespace.', priority: 0 },
  ...columnsOrDefault(printerColumns).map((c): ColumnDefinition => ({
    name: c.name,
    type: (c.type === 'date' || c.type === 'integer' ? c.type : 'string') as ColumnDefinition['type'],
    format: c.format ?? '',
    description: c.description ?? '',
    priority: c.priority ?? 0,
  })),
];

/** Steps of a simple JSONPath: `.a.b`, `.a[0].b`, `.a[*].b`, `.metadata.labels['app.kubernetes.io/name']`. */
function steps(path: string): (string | number | '*')[] {
  const out: (string | number | '*')[] = [];
  const pattern = /\.([^.[\]]+)|\[(\d+|\*)\]|\[['"]([^'"]+)['"]\]/g;
  for (const match of path.replace(/^\{|\}$/g, '').matchAll(pattern)) {
    if (match[1] !== undefined) out.push(match[1]);
    else if (match[2] !== undefined) out.push(match[2] === '*' ? '*' : Number(match[2]));
    else out.push(match[3]);
  }
  return out;
}

export function evaluateJsonPath(object: unknown, path: string): unknown[] {
  let values: unknown[] = [object];
  for (const step of steps(path)) {
    values = values.flatMap((value): unknown[] => {
      if (step === '*') return Array.isArray(value) ? value : [];
      if (typeof step === 'number') return Array.isArray(value) && step < value.length ? [value[step]] : [];
      return typeof value === 'object' && value !== null && !Array.isArray(value) && step in value ? [(value as Record<string, unknown>)[step]] : [];
    });
  }
  return values.filter((value) => value !== undefined && value !== null);
}

const cellOf = (column: CustomResourceColumn, object: unknown, now: number): Cell | null => {
  const values = evaluateJsonPath(object, column.jsonPath);
  if (values.length === 0) return null;
  const [first] = values;
  if (column.type === 'date') return typeof first === 'string' ? ageSince(first, now) : null;
  if ((column.type === 'integer' || column.type === 'number') && typeof first === 'number') return first;
  return values.map((value) => (typeof value === 'object' ? JSON.stringify(value) : String(value))).join(' ');
};

export const customCells = (printerColumns: readonly CustomResourceColumn[], object: { metadata: { name: string } }, now: number): (Cell | null)[] => [
  object.metadata.name,
  ...columnsOrDefault(printerColumns).map((column) => cellOf(column, object, now)),
];
