// A list whose items are null, 42 or {"metadata":null} reaches the store's door intact: the watcher
// neither throws on them (which would look like a connection failure, retried forever) nor drops
// the good items next to them; a list or get through the gateway skips and counts them.
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/kube/connect.js';
import type { ConnectionState } from '../../src/kube/types.js';
import { scratchDir } from '../helpers/scratchDir.js';
import { startScriptedServer, type ScriptedServer } from '../helpers/scriptedApiServer.js';
import { deployment } from '../render/objectBuilders.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('malformed list items', () => {
  it('the watcher syncs them through without failing, the gateway list skips and counts them', async () => {
    const good = deployment('kilo-meds');
    server = await startScriptedServer({ lists: { deployments: [null, 42, { metadata: null }, good] } });
    const gateway = await connect({ kubeconfig: server.kubeconfig(scratchDir('kilo-malformed-'), 'kilo-guardian'), env: {} });
    const states: ConnectionState[] = [];
    const synced = await new Promise<unknown[]>((resolve) => {
      gateway.watch('Deployment', { onSync: resolve, onEvent: () => {}, onState: (state) => states.push(state) });
    });
    expect(synced).toHaveLength(4);
    expect(states.map((s) => s.status)).not.toContain('reconnecting');
    const listed = await gateway.listAdmitted!('Deployment');
    expect(listed.items.map((d) => d.metadata.name)).toEqual(['kilo-meds']);
    expect(listed.skipped).toBe(3);
    gateway.close();
  });
});
