// The bundle's src/ui/inkTable/loadInkTable.ts. ink-table is CommonJS and requires 'ink', whose
// ESM graph has a top-level await, so it cannot be required; scripts/bundle.mjs resolves that
// require to inkForCommonJs.cjs, an object this fills with the ESM Ink before ink-table first runs.
import * as ink from 'ink';
import type { ComponentType } from 'react';
import type { InkTableProps } from '../../src/ui/inkTable/loadInkTable.js';
import inkForCommonJs from './inkForCommonJs.cjs';

export type { InkTableProps, ScalarDict } from '../../src/ui/inkTable/loadInkTable.js';

declare const require: (id: string) => unknown;

let cached: ComponentType<InkTableProps> | undefined;

export function loadInkTable(): ComponentType<InkTableProps> {
  if (cached) return cached;
  Object.assign(inkForCommonJs as object, ink);
  // esbuild bundles this require: ink-table's module body runs here, after the object is filled.
  cached = (require('ink-table') as { default: ComponentType<InkTableProps> }).default;
  return cached;
}
