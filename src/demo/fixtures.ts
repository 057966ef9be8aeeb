// Loads a demo fixture folder (demo-fixtures/<namespace>/): fixture.yaml names the namespace and
// when the manifests were captured; every other *.yaml holds Kubernetes objects (one per YAML
// document, or `kind: List` items); behaviours/*.yaml say how each image runs. Errors name the
// file and a field path `items[<n>].<field>`, n counting the objects of that file from 0.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Behaviour, FixtureError, type FixtureSet } from './fixtureTypes.js';
import { isRecord, readYamlDocuments } from './fixtures/readYamlDocuments.js';
import { shiftTimestamps } from './fixtures/shiftTimestamps.js';
import { validateBehaviour } from './fixtures/validateBehaviour.js';
import { validateObject } from './fixtures/validateObject.js';
import { customResourceTypes } from './http/resourceTypes.js';
import type { CustomResourceDefinition } from '../domain/resources.js';
import { type LoadedObject, validateReferences } from './fixtures/validateReferences.js';

export const FIXTURE_FILE = 'fixture.yaml';
export const BEHAVIOURS_DIR = 'behaviours';

// A DNS-1123 label, as Kubernetes requires of namespace names.
const NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

const yamlFiles = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.yaml') || name.endsWith('.yml')).sort() : [];

function readFixtureHeader(file: string): { namespace: string; capturedAt: number } {
  const [header] = readYamlDocuments(file);
  if (!isRecord(header)) throw new FixtureError(file, '(document)', 'must be a mapping with namespace and capturedAt');
  const { namespace, capturedAt } = header;
  if (typeof namespace !== 'string' || !NAMESPACE_NAME.test(namespace)) throw new FixtureError(file, 'namespace', 'must be a namespace name such as kilo-guardian');
  const captured = typeof capturedAt === 'string' ? Date.parse(capturedAt) : capturedAt instanceof Date ? capturedAt.getTime() : NaN;
  if (Number.isNaN(captured)) throw new FixtureError(file, 'capturedAt', 'must be an RFC 3339 time such as 2026-01-06T12:00:00Z');
  return { namespace, capturedAt: captured };
}

/** The documents of `file`, with `kind: List` documents replaced by their items. */
function objectsOf(file: string): unknown[] {
  return readYamlDocuments(file).flatMap((doc) => (isRecord(doc) && doc.kind === 'List' && Array.isArray(doc.items) ? doc.items : [doc]));
}

function loadBehaviours(dir: string): Behaviour[] {
  const behaviours: Behaviour[] = [];
  const seen = new Map<string, string>();
  for (const name of yamlFiles(dir)) {
    const file = join(dir, name);
    readYamlDocuments(file).forEach((doc, index) => {
      const behaviour = validateBehaviour(doc, file, index);
      const first = seen.get(behaviour.image);
      if (first) throw new FixtureError(file, `items[${index}].image`, `"${behaviour.image}" already has a behaviour in ${first}`);
      seen.set(behaviour.image, file);
      behaviours.push(behaviour);
    });
  }
  return behaviours;
}

/**
 * Reads and validates the fixture in `dir`. Timestamps move by (now - capturedAt), whole
 * seconds, so ages at `now` are the ages at capture; resourceVersions are dropped for the store
 * to assign. Throws FixtureError on the first problem found.
 */
export function loadFixtures(dir: string, now: number): FixtureSet {
  const { namespace, capturedAt } = readFixtureHeader(join(dir, FIXTURE_FILE));
  const deltaMs = Math.floor((now - capturedAt) / 1000) * 1000;
  const loaded: LoadedObject[] = [];
  const files = yamlFiles(dir).filter((name) => name !== FIXTURE_FILE).map((name) => ({ file: join(dir, name), objects: objectsOf(join(dir, name)) }));
  // Custom resources are checked against the CRDs of the same folder, wherever they are in it.
  const customTypes = files.flatMap(({ file, objects }) =>
    objects.flatMap((value, index) => {
      if (!isRecord(value) || value.kind !== 'CustomResourceDefinition') return [];
      return customResourceTypes(validateObject(value, file, index, namespace) as CustomResourceDefinition);
    }),
  );
  for (const { file, objects } of files) {
    objects.forEach((value, index) => {
      const object = validateObject(value, file, index, namespace, customTypes);
      loaded.push({ object: shiftTimestamps(object, deltaMs, file, `items[${index}]`), file, index });
    });
  }
  const behaviours = loadBehaviours(join(dir, BEHAVIOURS_DIR));
  validateReferences(loaded, behaviours);
  return { namespace, objects: loaded.map((entry) => entry.object), behaviours };
}
