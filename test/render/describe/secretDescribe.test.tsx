// A Secret's values reach the screen only after `x` in its describe view, under a warning line:
// its describe shows keys and byte sizes (as kubectl's), its YAML hides data and the
// last-applied copy of it. The Secret here comes through discovery (a ServedObject), as it does
// on a server whose Secrets kilo-tui has no renderer of; a first-class Secret uses the same view.
import { describe, expect, it } from 'vitest';
import type { ServedObject } from '../../../src/domain/resources.js';
import { createClusterStore } from '../../../src/store/clusterStore.js';
import { renderWithStore, tick } from '../../helpers/renderWithStore.js';

const NOW = Date.parse('2026-01-06T12:00:00Z');
const PASSWORD = 'hunter2-kilo-db';
const b64 = (text: string) => Buffer.from(text).toString('base64');
const metadata = {
  name: 'kilo-db-credentials',
  namespace: 'kilo-data',
  uid: '0e3f2a1b-9c8d-4e7f-a6b5-c4d3e2f1a0b9',
  creationTimestamp: '2025-12-16T07:53:00Z',
  annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ data: { password: b64(PASSWORD) } }) },
  managedFields: [{ manager: 'kubectl-client-side-apply', operation: 'Update' }],
};
const secret: ServedObject = {
  apiVersion: 'meta.k8s.io/v1',
  kind: 'ServedObject',
  metadata,
  resource: { group: '', version: 'v1', plural: 'secrets', singular: 'secret', kind: 'Secret', namespaced: true, shortNames: [], categories: [], verbs: ['get', 'list', 'watch', 'delete'] },
  columns: [{ name: 'Name', type: 'string' }, { name: 'Type', type: 'string' }, { name: 'Data', type: 'string' }, { name: 'Age', type: 'string' }],
  cells: ['kilo-db-credentials', 'Opaque', 2, '21d'],
  object: { apiVersion: 'v1', kind: 'Secret', metadata, type: 'Opaque', data: { password: b64(PASSWORD), username: b64('kilo') } },
};

function open(format?: 'yaml') {
  const store = createClusterStore({ now: NOW, stack: [{ type: 'describe', id: 0, kind: 'ServedObject', uid: metadata.uid, scroll: 0, ...(format ? { format } : {}) }] });
  store.getState().mutators.applyChanges([{ type: 'sync', kind: 'ServedObject', items: [secret] }]);
  return renderWithStore(store, { columns: 140, rows: 30 });
}

describe('a Secret in describe', () => {
  it('shows keys and byte sizes, never a value, until x; x shows the values under a warning line, x again hides them', async () => {
    const view = open();
    await tick(30);
    const hidden = view.lastFrame();
    expect(hidden).toContain('Describe Secret/kilo-db-credentials');
    expect(hidden).toMatch(/password:\s+15 bytes/);
    expect(hidden).toMatch(/username:\s+4 bytes/);
    expect(hidden).not.toContain(PASSWORD);
    expect(hidden).not.toContain(b64(PASSWORD));
    expect(hidden).not.toContain('warning');

    await view.press('x');
    const shown = view.lastFrame();
    const lines = shown.split('\n');
    const warning = lines.findIndex((line) => line.includes('secret values decoded below'));
    const value = lines.findIndex((line) => line.includes(PASSWORD));
    expect(warning).toBeGreaterThan(-1);
    expect(value).toBeGreaterThan(warning);

    await view.press('x');
    expect(view.lastFrame()).not.toContain(PASSWORD);
    view.unmount();
  });

  it('y shows its YAML without managedFields, its data or the last-applied copy of it', async () => {
    const view = open('yaml');
    await tick(30);
    const frame = view.lastFrame();
    expect(frame).toContain('YAML Secret/kilo-db-credentials');
    expect(frame).toContain('kind: Secret');
    expect(frame).not.toContain('managedFields');
    expect(frame).not.toContain(b64(PASSWORD));
    expect(frame).not.toContain(PASSWORD);
    expect(frame).toContain('password: 15 bytes (hidden)');
    view.unmount();
  });
});
