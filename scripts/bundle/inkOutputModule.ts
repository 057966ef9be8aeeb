// The bundle's src/ui/inkOutputModule.ts: Ink's Output module imported statically, so it is the
// same instance Ink's renderer uses (scripts/bundle.mjs resolves the path past Ink's exports map).
import * as output from 'ink/build/output.js';

export function importInkOutput(): Promise<{ default?: unknown }> {
  return Promise.resolve(output as { default?: unknown });
}
