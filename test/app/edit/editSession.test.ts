import { describe, expect, it } from 'vitest';
import { resumeEditSession, runEditSession, type EditSessionDeps } from '../../../src/app/edit/editSession.js';
import { editableObject } from '../../../src/domain/edit/editDocument.js';
import { describeMergePatch, mergePatchBetween } from '../../../src/domain/edit/mergePatch.js';
import type { Deployment } from '../../../src/domain/resources.js';

const cam: Deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'kilo-cam', namespace: 'kilo-guardian', uid: 'u1', resourceVersion: '42', managedFields: [{ manager: 'kubectl' }] } as Deployment['metadata'],
  spec: { replicas: 1, selector: { matchLabels: { app: 'kilo-cam' } }, template: { metadata: { labels: { app: 'kilo-cam' } }, spec: { containers: [{ name: 'cam', image: 'kilo/cam:latest' }] } } },
  status: { replicas: 1 },
};

/** An editor that applies `edits` in turn to the buffer, recording what it was shown. */
function session(edits: ((text: string) => string)[], dryRun: EditSessionDeps['dryRun'] = async () => {}, server: () => Deployment = () => cam) {
  const files = new Map<string, string>();
  const shown: string[] = [];
  const dryRuns: unknown[] = [];
  let round = 0;
  const deps: EditSessionDeps = {
    fetch: async () => structuredClone(server()),
    dryRun: async (kind, name, patch) => {
      dryRuns.push(patch);
      await dryRun(kind, name, patch);
    },
    openEditor: (path) => {
      const text = files.get(path)!;
      shown.push(text);
      files.set(path, edits[Math.min(round++, edits.length - 1)](text));
      return { ok: true };
    },
    createBuffer: (_k, _n, text) => (files.set('/buf.yaml', text), '/buf.yaml'),
    writeBuffer: (path, text) => void files.set(path, text),
    read: (path) => files.get(path)!,
  };
  return { run: () => runEditSession({ kind: 'Deployment', name: 'kilo-cam' }, deps), deps, shown, dryRuns, files };
}

describe('runEditSession', () => {
  it('opens the YAML without managedFields and status; a change becomes a merge patch, dry-run with the resourceVersion', async () => {
    const s = session([(t) => t.replace('replicas: 1\n  selector', 'replicas: 2\n  selector')]);
    const outcome = await s.run();
    expect(s.shown[0]).not.toContain('managedFields');
    expect(s.shown[0]).not.toMatch(/^status:/m);
    expect(outcome).toMatchObject({ type: 'patch', patch: { spec: { replicas: 2 } }, changes: ['spec.replicas: 1 → 2'], path: '/buf.yaml' });
    expect(s.dryRuns).toEqual([{ spec: { replicas: 2 }, metadata: { resourceVersion: '42' } }]);
  });

  it('an unchanged file does nothing; an edit of server-owned fields only is no change either', async () => {
    expect((await session([(t) => t]).run()).type).toBe('unchanged');
    expect((await session([(t) => t.replace("resourceVersion: \"42\"", 'resourceVersion: "7"')]).run()).type).toBe('unchanged');
  });

  it('a server refusal (conflict) reopens the editor with the error on top and the text kept; the same text again gives up', async () => {
    const s = session([(t) => t.replace('replicas: 1\n  selector', 'replicas: 3\n  selector'), (t) => t], async () => {
      throw new Error('Operation cannot be fulfilled on deployments.apps "kilo-cam": the object has been modified; please apply your changes to the latest version and try again');
    });
    const outcome = await s.run();
    expect(s.shown[1]).toMatch(/^# Please edit the object below/);
    expect(s.shown[1]).toContain('# error: Operation cannot be fulfilled on deployments.apps "kilo-cam": the object has been modified');
    expect(s.shown[1]).toContain('replicas: 3');
    expect(outcome).toEqual({ type: 'aborted', path: '/buf.yaml', reason: expect.stringContaining('the object has been modified') });
    expect(s.files.get('/buf.yaml')).toContain('replicas: 3');
  });

  it('refused at y: reopened on the same buffer with the reason, the text kept and the current resourceVersion as the base; saved as is, only the user\'s changes are sent, on that version', async () => {
    let onServer = cam;
    const s = session([(t) => t.replace('replicas: 1\n  selector', 'replicas: 3\n  selector'), (t) => t], async () => {}, () => onServer);
    const first = await s.run();
    if (first.type !== 'patch') throw new Error(first.type);
    // Someone labels it between the preview and y: the executor's precondition is refused.
    onServer = { ...cam, metadata: { ...cam.metadata, resourceVersion: '50', labels: { team: 'cam' } } };
    const reason = 'Operation cannot be fulfilled on deployments.apps "kilo-cam": the object has been modified; please apply your changes to the latest version and try again';
    const again = await resumeEditSession({ kind: 'Deployment', name: 'kilo-cam' }, { path: first.path, original: first.original, reason }, s.deps);
    expect(s.shown).toHaveLength(2);
    expect(s.shown[1]).toMatch(/^# Please edit the object below/);
    expect(s.shown[1]).toContain(`# error: ${reason}`);
    expect(s.shown[1]).toContain('# The object changed meanwhile (resourceVersion 42 → 50): saving applies your changes to it as it is now.');
    expect(s.shown[1]).toContain('replicas: 3');
    expect(s.shown[1]).toContain('resourceVersion: "50"');
    expect(again).toMatchObject({ type: 'patch', path: '/buf.yaml', patch: { spec: { replicas: 3 } }, object: { metadata: { resourceVersion: '50' } }, original: editableObject(cam) });
    // The label added meanwhile is not in the patch: it stays.
    expect(s.dryRuns.at(-1)).toEqual({ spec: { replicas: 3 }, metadata: { resourceVersion: '50' } });
  });

  it('an empty file cancels', async () => {
    expect(await session([() => '# nothing\n']).run()).toEqual({ type: 'aborted', path: '/buf.yaml', reason: 'Edit cancelled, saved file was empty.' });
  });
});

describe('mergePatchBetween', () => {
  it('sets changed and new fields, nulls removed ones, replaces arrays whole', () => {
    const before = { a: 1, b: { c: 2, d: 3 }, list: [1, 2] };
    const after = { a: 1, b: { c: 5 }, list: [1], e: 'x' };
    const patch = mergePatchBetween(before, after)!;
    expect(patch).toEqual({ b: { c: 5, d: null }, list: [1], e: 'x' });
    expect(describeMergePatch(before, patch)).toEqual(['b.d: 3 → removed', 'b.c: 2 → 5', 'list: [1,2] → [1]', 'e: (unset) → "x"']);
    expect(mergePatchBetween(before, structuredClone(before))).toBeUndefined();
  });
});
