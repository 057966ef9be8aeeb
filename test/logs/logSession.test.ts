import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { FLUSH_INTERVAL_MS, LogSession } from '../../src/logs/logSession.js';
import { FakeLogGateway } from './fakeLogGateway.js';
import { crashLoopingPod, runningPod } from './podFixtures.js';

/** Lets pending promise callbacks (the fake gateway's answers) run. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

const texts = (session: LogSession): string[] => session.lines.toArray().map((entry) => entry.text);

const CRASH = 'kilo-meds-7568f7694c-q8w4k';
const RUNNING = 'kilo-meds-55d9cd8856-x2x9z';
const TRACEBACK = [
  '2026-01-06T11:57:58.100000000Z Traceback (most recent call last):',
  '2026-01-06T11:57:58.100000000Z   File "/app/main.py", line 16, in <module>',
  "2026-01-06T11:57:58.200000000Z ModuleNotFoundError: No module named 'prometheus_client'",
  '',
].join('\n');

let session: LogSession | undefined;
afterEach(() => session?.stop());

function open(gateway: FakeLogGateway, clock: ManualClock, pods: string[], extra: Partial<ConstructorParameters<typeof LogSession>[0]> = {}): LogSession {
  session = new LogSession({ gateway, clock, target: { title: pods[0], pods, merged: pods.length > 1 }, ...extra });
  void session.start();
  return session;
}

describe('LogSession', () => {
  it('opens a crash-looping pod on the previous container, with its last termination', async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(CRASH, crashLoopingPod(CRASH, 6));
    gateway.previousLogs.set(CRASH, TRACEBACK);
    const s = open(gateway, clock, [CRASH]);
    await settle();
    clock.advance(FLUSH_INTERVAL_MS);

    expect(gateway.reads).toEqual([{ pod: CRASH, options: { container: 'app', previous: true, timestamps: true, tailLines: 10_000 } }]);
    expect(gateway.streams).toHaveLength(0);
    const state = s.getState();
    expect(state.mode).toBe('previous');
    expect(state.termination).toMatchObject({ exitCode: 1, reason: 'Error', restartCount: 6, waitingReason: 'CrashLoopBackOff' });
    expect(state.status).toBe('previous container (exit 1, 2m ago)');
    expect(texts(s)).toEqual(['Traceback (most recent call last):', '  File "/app/main.py", line 16, in <module>', "ModuleNotFoundError: No module named 'prometheus_client'"]);
    expect(s.lines.at(s.lines.firstSeq)?.timestamp).toBe('2026-01-06T11:57:58.100000000Z');
  });

  it('p switches to the current container: the ring is cleared and the stream followed', async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(CRASH, runningPod(CRASH, 2));
    gateway.previousLogs.set(CRASH, TRACEBACK);
    const s = open(gateway, clock, [CRASH]);
    await settle();
    clock.advance(FLUSH_INTERVAL_MS);
    expect(s.getState().mode).toBe('previous');
    s.toggleMode();
    await settle();
    expect(s.getState()).toMatchObject({ mode: 'current', generation: 1, lineCount: 0 });
    expect(gateway.lastStream().options).toEqual({ container: 'app', timestamps: true, tailLines: 10_000 });
  });

  it('batches appends: chunks arriving within a frame reach listeners in one flush', async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(RUNNING, runningPod(RUNNING));
    const s = open(gateway, clock, [RUNNING]);
    await settle();
    expect(s.getState()).toMatchObject({ mode: 'current', status: 'following' });
    let notified = 0;
    s.subscribe(() => notified++);
    const stream = gateway.lastStream();
    stream.write('2026-01-06T12:00:00Z GET /meds 200\n2026-01-06T12:00:00Z GET /he');
    stream.write('alth 200\n');
    stream.write('2026-01-06T12:00:01Z \x1b[2Jcleared?\x1b]0;title\x07\n');
    expect(texts(s)).toEqual([]);
    expect(notified).toBe(0);
    clock.advance(FLUSH_INTERVAL_MS);
    expect(notified).toBe(1);
    expect(texts(s)).toEqual(['GET /meds 200', 'GET /health 200', 'cleared?']);
  });

  it('shows a line after a quiet interval at once, and a chatty stream at most once per interval', async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(RUNNING, runningPod(RUNNING));
    const s = open(gateway, clock, [RUNNING]);
    await settle();
    let notified = 0;
    s.subscribe(() => notified++);
    const stream = gateway.lastStream();
    stream.write('2026-01-06T12:00:00Z first\n');
    clock.advance(0);
    expect(texts(s)).toEqual(['first']);
    expect(notified).toBe(1);
    // 40 lines over the next interval: one more update, at its end.
    const step = Math.floor(FLUSH_INTERVAL_MS / 40);
    for (let i = 0; i < 40; i++) {
      stream.write(`2026-01-06T12:00:00Z line ${i}\n`);
      clock.advance(step);
    }
    clock.advance(FLUSH_INTERVAL_MS - 40 * step);
    expect(notified).toBe(2);
    expect(texts(s)).toHaveLength(41);
  });

  it('continues with the next container instance after a separator when the container restarts', async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(CRASH, runningPod(CRASH, 6));
    const s = open(gateway, clock, [CRASH], { mode: 'current' });
    await settle();
    gateway.lastStream().write('2026-01-06T12:00:00Z starting\n');
    // The container dies: the kubelet ends the stream and the pod backs off.
    gateway.pods.set(CRASH, crashLoopingPod(CRASH, 6));
    gateway.lastStream().end();
    await settle();
    expect(s.getState().status).toBe('container exited (exit 1); CrashLoopBackOff, waiting for restart…');
    clock.advance(1_000);
    await settle();
    expect(gateway.streams).toHaveLength(1);
    gateway.pods.set(CRASH, runningPod(CRASH, 7));
    clock.advance(2_000);
    await settle();
    expect(gateway.streams).toHaveLength(2);
    expect(gateway.lastStream().options).toEqual({ container: 'app', timestamps: true });
    gateway.lastStream().write('2026-01-06T12:00:05Z starting again\n');
    clock.advance(FLUSH_INTERVAL_MS);
    expect(texts(s)).toEqual(['starting', '── restarted: exit 1, restart #7 ──', 'starting again']);
    expect(s.lines.toArray()[1].kind).toBe('separator');
    expect(s.getState().status).toBe('following');
  });

  it('wakes a waiting stream as soon as the store pushes the restarted pod', async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(CRASH, crashLoopingPod(CRASH, 3));
    const s = open(gateway, clock, [CRASH], { mode: 'current' });
    await settle();
    gateway.lastStream().end(new Error('container is waiting to start'));
    await settle();
    expect(s.getState().status).toContain('waiting for restart');
    s.onPodUpdate(runningPod(CRASH, 4));
    await settle();
    expect(gateway.streams).toHaveLength(2);
    clock.advance(FLUSH_INTERVAL_MS);
    expect(texts(s)).toEqual(['── restarted: exit 1, restart #4 ──']);
  });

  it('resumes a dropped stream from the last timestamp without repeating lines', async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(RUNNING, runningPod(RUNNING));
    const s = open(gateway, clock, [RUNNING]);
    await settle();
    gateway.lastStream().write('2026-01-06T12:00:00.1Z a\n2026-01-06T12:00:01.5Z b\n2026-01-06T12:00:01.5Z c\n');
    gateway.lastStream().end(new Error('socket hang up'));
    await settle();
    expect(gateway.streams).toHaveLength(2);
    expect(gateway.lastStream().options).toEqual({ container: 'app', timestamps: true, sinceTime: '2026-01-06T12:00:01.5Z' });
    // A server that truncates sinceTime to the second sends some lines again.
    gateway.lastStream().write('2026-01-06T12:00:01.5Z b\n2026-01-06T12:00:01.5Z c\n2026-01-06T12:00:02Z d\n');
    clock.advance(FLUSH_INTERVAL_MS);
    expect(texts(s)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('backs off when a resumed stream keeps dropping, and says it is reconnecting', async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(RUNNING, runningPod(RUNNING));
    const s = open(gateway, clock, [RUNNING]);
    await settle();
    gateway.lastStream().end(new Error('reset'));
    await settle();
    gateway.lastStream().end(new Error('reset'));
    await settle();
    expect(gateway.streams).toHaveLength(2);
    expect(s.getState().status).toBe('reconnecting…');
    clock.advance(500);
    await settle();
    expect(gateway.streams).toHaveLength(3);
    expect(s.getState().status).toBe('following');
  });

  it('stops and says so when the pod is deleted', async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(RUNNING, runningPod(RUNNING));
    const s = open(gateway, clock, [RUNNING]);
    await settle();
    gateway.pods.delete(RUNNING);
    gateway.lastStream().end();
    await settle();
    expect(s.getState().status).toBe('pod deleted');
    clock.advance(60_000);
    await settle();
    expect(gateway.streams).toHaveLength(1);
  });

  it('merges several pods, tagging each line with its pod', async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(RUNNING, runningPod(RUNNING));
    gateway.pods.set(CRASH, runningPod(CRASH, 6));
    const s = open(gateway, clock, [RUNNING, CRASH]);
    await settle();
    expect(s.getState()).toMatchObject({ mode: 'current', status: 'following 2/2 pods', termination: undefined });
    gateway.streams.find((stream) => stream.pod === RUNNING)!.write('2026-01-06T12:00:00Z from old\n');
    gateway.streams.find((stream) => stream.pod === CRASH)!.write('2026-01-06T12:00:00Z from new\n');
    clock.advance(FLUSH_INTERVAL_MS);
    expect(s.lines.toArray().map((entry) => [entry.pod, entry.text])).toEqual([
      [RUNNING, 'from old'],
      [CRASH, 'from new'],
    ]);
  });

  it("merges in a pod that joins the target later (a rollout's new pod), once", async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    const NEW = 'kilo-meds-5d8f7c9b6d-n3w9p';
    gateway.pods.set(RUNNING, runningPod(RUNNING));
    gateway.pods.set(CRASH, runningPod(CRASH, 6));
    const s = open(gateway, clock, [RUNNING, CRASH]);
    await settle();
    s.addPod(runningPod(NEW));
    s.addPod(runningPod(NEW));
    await settle();
    expect(s.getState().target.pods).toEqual([RUNNING, CRASH, NEW]);
    expect(gateway.streams.filter((stream) => stream.pod === NEW)).toHaveLength(1);
    expect(s.getState().status).toBe('following 3/3 pods');
    gateway.streams.find((stream) => stream.pod === NEW)!.write('2026-01-06T12:00:01Z from the new pod\n');
    clock.advance(FLUSH_INTERVAL_MS);
    expect(s.lines.toArray().map((entry) => [entry.pod, entry.text])).toEqual([[NEW, 'from the new pod']]);
  });

  it("a single pod's logs take no other pod", async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(RUNNING, runningPod(RUNNING));
    const s = open(gateway, clock, [RUNNING]);
    await settle();
    s.addPod(runningPod(CRASH));
    await settle();
    expect(s.getState().target.pods).toEqual([RUNNING]);
    expect(gateway.streams.map((stream) => stream.pod)).toEqual([RUNNING]);
  });

  it('keeps only the ring capacity and reports the dropped count', async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(RUNNING, runningPod(RUNNING));
    const s = open(gateway, clock, [RUNNING], { capacity: 3 });
    await settle();
    gateway.lastStream().write(Array.from({ length: 8 }, (_, i) => `2026-01-06T12:00:0${i}Z line ${i}\n`).join(''));
    clock.advance(FLUSH_INTERVAL_MS);
    expect(texts(s)).toEqual(['line 5', 'line 6', 'line 7']);
    expect(s.getState().dropped).toBe(5);
  });
});

describe('LogSession in a tight crash loop', () => {
  it('reads an instance that started and died between two polls from the previous container', async () => {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(CRASH, crashLoopingPod(CRASH, 6));
    session = new LogSession({ gateway, clock, target: { title: CRASH, pods: [CRASH], merged: false }, mode: 'current' });
    void session.start();
    await settle();
    gateway.lastStream().end(new Error('container is waiting to start: CrashLoopBackOff'));
    await settle();
    // Restart #7 ran and crashed before the next poll: the pod is back in CrashLoopBackOff.
    gateway.pods.set(CRASH, crashLoopingPod(CRASH, 7));
    gateway.previousLogs.set(CRASH, TRACEBACK);
    clock.advance(1_000);
    await settle();
    clock.advance(FLUSH_INTERVAL_MS);
    expect(texts(session)).toEqual([
      '── restarted: exit 1, restart #7 ──',
      'Traceback (most recent call last):',
      '  File "/app/main.py", line 16, in <module>',
      "ModuleNotFoundError: No module named 'prometheus_client'",
    ]);
    expect(session.getState().status).toContain('waiting for restart');
    // The same instance is not read twice on the next poll.
    clock.advance(2_000);
    await settle();
    clock.advance(FLUSH_INTERVAL_MS);
    expect(texts(session)).toHaveLength(4);
  });
});
