// `kilo-tui demo-server --faults`: a bad spec is one line and exit 2; a good one is what kubectl
// meets (kubectl is the reference client: it must see the same failure a real server gives).
import { spawnSync } from 'node:child_process';
import { afterAll, expect, it } from 'vitest';
import { startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';
import { CLI_PATH } from '../helpers/tmux.js';

let server: DemoServerProcess | undefined;
afterAll(async () => {
  await server?.stop();
});

it('refuses a bad fault spec with one line and exit code 2', () => {
  const run = spawnSync(process.execPath, [CLI_PATH, 'demo-server', '--faults', 'fault=boom'], { encoding: 'utf8', timeout: 20_000 });
  expect(run.status).toBe(2);
  expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^kilo-tui: --faults: unknown fault 'boom'/)]);
});

it('kubectl meets the injected faults: a 503 on DELETE, while reads still work', async () => {
  server = await startDemoServerProcess(['--faults', 'fault=503,method=DELETE,path=/apis/apps/v1/namespaces/*/replicasets/*']);
  const names = (await server.kubectl('get', 'rs', '-o', 'name')).trim().split('\n');
  expect(names.length).toBe(78);
  const deleted = await server.kubectl('delete', names[0]).then(
    () => 'deleted',
    (error: { stderr?: string }) => error.stderr ?? '',
  );
  expect(deleted).toMatch(/injected 503|ServiceUnavailable|unable to handle/);
  expect((await server.kubectl('get', 'rs', '-o', 'name')).trim().split('\n')).toHaveLength(78);
}, 60_000);
