// LogSession through kube/ against the bundled kilo-guardian demo server.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock, realClock } from '../../src/demo/clock.js';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import type { Pod } from '../../src/domain/resources.js';
import { connect } from '../../src/kube/connect.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { LogSession } from '../../src/logs/logSession.js';

let demo: RunningDemo | undefined;
let gateway: ClusterGateway | undefined;
let session: LogSession | undefined;
afterEach(async () => {
  session?.stop();
  gateway?.close();
  await demo?.close();
});

const texts = (s: LogSession): string[] => s.lines.toArray().map((entry) => entry.text);

async function podNamed(prefix: string): Promise<Pod> {
  const pods = await gateway!.list<Pod>('Pod');
  const pod = pods.find((p) => p.metadata.name.startsWith(prefix));
  if (!pod) throw new Error(`no pod ${prefix}*`);
  return pod;
}

describe('logs against the demo server', () => {
  it('shows the kilo-meds crash from the previous container, then follows the next instance after a separator', async () => {
    const clock = new ManualClock();
    demo = await startDemo({ clock });
    gateway = await connect({ kubeconfig: demo.kubeconfigPath, env: {} });
    const crashing = await podNamed('kilo-meds-7568f7694c');
    session = new LogSession({ gateway, clock, target: { title: crashing.metadata.name, pods: [crashing.metadata.name], merged: false } });
    void session.start();
    await vi.waitFor(() => {
      session!.flush();
      expect(texts(session!)).toContain("ModuleNotFoundError: No module named 'prometheus_client'");
    });
    expect(session.getState()).toMatchObject({ mode: 'previous', termination: { exitCode: 1 } });

    session.toggleMode();
    // Simulated time passes until the kubelet's back-off expires and the container runs again.
    await vi.waitFor(
      () => {
        clock.advance(1_000);
        session!.flush();
        const lines = texts(session!);
        const separator = lines.findIndex((line) => /^── restarted: exit 1, restart #\d+ ──$/.test(line));
        expect(separator).toBeGreaterThanOrEqual(0);
        expect(lines.slice(separator + 1)).toContain("ModuleNotFoundError: No module named 'prometheus_client'");
      },
      { timeout: 20_000, interval: 20 },
    );
  });

  it("a running pod's new lines arrive while following", async () => {
    demo = await startDemo({ clock: realClock, timeScale: 10 });
    gateway = await connect({ kubeconfig: demo.kubeconfigPath, env: {} });
    const running = await podNamed('kilo-gateway');
    session = new LogSession({ gateway, target: { title: running.metadata.name, pods: [running.metadata.name], merged: false }, mode: 'current' });
    void session.start();
    await vi.waitFor(() => expect(session!.getState().status).toBe('following'));
    await vi.waitFor(() => expect(session!.getState().lineCount).toBeGreaterThan(0));
    const before = session.lines.endSeq;
    // Poll for the next written line; the demo writes one every few (scaled) seconds.
    await vi.waitFor(() => expect(session!.lines.endSeq).toBeGreaterThan(before), { timeout: 10_000, interval: 50 });
    const newest = session.lines.at(session.lines.endSeq - 1);
    expect(newest?.kind).toBe('line');
    expect(newest?.timestamp).toMatch(/^2\d{3}-\d{2}-\d{2}T/);
  });
});
