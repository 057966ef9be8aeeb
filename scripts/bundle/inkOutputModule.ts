// The bundle's src/ui/inkOutputModule.ts: Ink's Output and instances modules imported statically,
// so they are the same instances Ink's renderer uses (scripts/bundle.mjs resolves the paths past
// Ink's exports map).
import * as instances from 'ink/build/instances.js';
import * as output from 'ink/build/output.js';

export function importInkOutput(): Promise<{ default?: unknown }> {
  return Promise.resolve(output as { default?: unknown });
}

export function importInkInstances(): Promise<{ default?: unknown }> {
  return Promise.resolve(instances as { default?: unknown });
}
