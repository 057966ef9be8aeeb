// ink-table 3 is CommonJS and does `require('ink')`, which Node refuses for ESM Ink (its graph has
// a top-level await). We hand the already-imported ESM Ink to CommonJS through the require cache
// under the exact path ink-table resolves, then require ink-table. It renders static tables only
// (no per-row dim/highlight), which is why the live panes use our own windowed table instead.
import { createRequire, Module } from 'node:module';
import * as ink from 'ink';
import type { ComponentType } from 'react';

export type ScalarDict = Record<string, string | number | boolean | null | undefined>;

export interface InkTableProps {
  data: ScalarDict[];
  columns?: string[];
  padding?: number;
}

let cached: ComponentType<InkTableProps> | undefined;

export function loadInkTable(): ComponentType<InkTableProps> {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const tablePath = require.resolve('ink-table');
  const inkPath = createRequire(tablePath).resolve('ink');
  if (!require.cache[inkPath]) {
    const shim = new Module(inkPath);
    shim.filename = inkPath;
    shim.loaded = true;
    shim.exports = ink;
    require.cache[inkPath] = shim;
  }
  const loaded = require(tablePath) as { default: ComponentType<InkTableProps> };
  cached = loaded.default;
  return cached;
}
