// A Namespace's describe reads its ResourceQuotas and LimitRanges through the gateway: items that
// are not objects are dropped, an empty list stays an empty list (kubectl's "No resource quota."),
// a resource the server does not serve is absent (checked on the demo in
// test/kinds/describeKubectl.test.ts), and any other failure rejects so the view can say why.
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/kube/connect.js';
import { scratchDir } from '../helpers/scratchDir.js';
import { startScriptedServer, type ScriptedServer } from '../helpers/scriptedApiServer.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const quota = { metadata: { name: 'compute' }, spec: { hard: { pods: '10' } }, status: { hard: { pods: '10' }, used: { pods: '3' } } };

describe('gateway.namespacePolicies', () => {
  it('returns the quotas and limit ranges the server lists, dropping items that are not objects', async () => {
    server = await startScriptedServer({ lists: { resourcequotas: [quota, 42, null] } });
    const gateway = await connect({ kubeconfig: server.kubeconfig(scratchDir('kilo-quotas-'), 'kilo-guardian'), env: {} });
    expect(await gateway.namespacePolicies!('kilo-guardian')).toEqual({ quotas: [quota], limitRanges: [] });
    gateway.close();
  });

  it('rejects when the server fails (not a 404)', async () => {
    server = await startScriptedServer({ listStatus: 500 });
    const gateway = await connect({ kubeconfig: server.kubeconfig(scratchDir('kilo-quotas-'), 'kilo-guardian'), env: {} });
    await expect(gateway.namespacePolicies!('kilo-guardian')).rejects.toThrow(/scripted failure/);
    gateway.close();
  });
});
