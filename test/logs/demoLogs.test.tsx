// LogSession through kube/ against the bundled kilo-guardian demo server.
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock, realClock } from '../../src/domain/clock.js';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import type { Pod } from '../../src/domain/resources.js';
import { connect } from '../../src/kube/connect.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { LogSession } from '../../src/logs/logSession.js';
import { LogsView } from '../../src/ui/views/LogsView.js';
import { fastLoggingFixtures, HOSTILE_TEXT } from './fastLoggingFixtures.js';

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

  it("a running pod's new lines appear as they are written (a fixture logging every 100 ms)", async () => {
    demo = await startDemo({ clock: realClock, fixturesDir: fastLoggingFixtures() });
    gateway = await connect({ kubeconfig: demo.kubeconfigPath, env: {} });
    const running = await podNamed('kilo-gateway');
    session = new LogSession({ gateway, target: { title: running.metadata.name, pods: [running.metadata.name], merged: false }, mode: 'current' });
    void session.start();
    await vi.waitFor(() => expect(session!.getState().status).toBe('following'));
    await vi.waitFor(() => expect(session!.getState().lineCount).toBeGreaterThan(0));
    const before = session.lines.endSeq;
    // Several new lines while we watch, each stamped by the server as it was written.
    await vi.waitFor(() => expect(session!.lines.endSeq).toBeGreaterThan(before + 3), { timeout: 5_000, interval: 20 });
    const fresh = session.lines.slice(before, session.lines.endSeq);
    expect(fresh.every((entry) => entry.kind === 'line' && /^2\d{3}-\d{2}-\d{2}T/.test(entry.timestamp ?? ''))).toBe(true);
    expect(fresh.map((entry) => entry.text)).toContain('INFO:     tick');
  });

  it('a log line with clear-screen, title and cursor sequences arrives and renders without them', async () => {
    demo = await startDemo({ clock: realClock, fixturesDir: fastLoggingFixtures() });
    gateway = await connect({ kubeconfig: demo.kubeconfigPath, env: {} });
    const running = await podNamed('kilo-gateway');
    session = new LogSession({ gateway, target: { title: running.metadata.name, pods: [running.metadata.name], merged: false }, mode: 'current' });
    void session.start();
    await vi.waitFor(() => expect(texts(session!)).toContain(HOSTILE_TEXT), { timeout: 5_000, interval: 20 });
    for (const text of texts(session)) expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    const app = render(<LogsView session={session} width={80} height={12} isActive={false} onClose={() => {}} />);
    try {
      await vi.waitFor(() => expect(app.lastFrame()).toContain(HOSTILE_TEXT));
      const frame = app.lastFrame() ?? '';
      for (const sequence of ['\x1b[2J', '\x1b]0;', '\x07', '\x1b[5;10H', '\x1b[A', '\x1b[2K']) expect(frame).not.toContain(sequence);
    } finally {
      app.unmount();
    }
  });
});
