// Issue 15's acceptance in a real terminal: the built kilo-tui against `kilo-tui demo-server`
// shows, in :pods, the CPU and memory `kubectl top pods` prints against the same server (within
// one poll), :no the node's usage and % of allocatable as `kubectl top nodes`; and the demo
// without metrics-server shows n/a and the header note, nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';
import { CLI_PATH, startTmux, type TmuxSession, typeCommand } from '../helpers/tmux.js';

let demo: DemoServerProcess;
let tui: TmuxSession;

beforeAll(async () => {
  demo = await startDemoServerProcess();
  tui = startTmux([process.execPath, CLI_PATH, '--kubeconfig', demo.kubeconfig], { columns: 140, rows: 40 });
  await tui.waitFor('14 deploy', 30_000);
}, 60_000);

afterAll(async () => {
  tui?.kill();
  await demo?.stop();
});

/** name → [cpu, memory] of each row whose first cell matches. */
function usageRows(text: string, cpuColumn: number): Map<string, [string, string]> {
  const rows = new Map<string, [string, string]>();
  for (const line of text.split('\n')) {
    const cells = line.replace(/[│>*]/g, ' ').trim().split(/\s+/);
    if (cells[0]?.startsWith('kilo-') && cells.length > cpuColumn + 1) rows.set(cells[0], [cells[cpuColumn], cells[cpuColumn + 1]]);
  }
  return rows;
}

describe('usage in kilo-tui equals kubectl top on the same server', () => {
  it(':pods shows CPU and MEM as kubectl top pods prints them (within one 15 s poll)', async () => {
    await typeCommand(tui, 'pods', 'Pods (15)');
    // The TUI polls every 15 s and kubectl reads the current scrape: within one poll they agree.
    const matched = await eventually(async () => {
      await tui.waitFor(/\d+m\s+\d+Mi/, 20_000);
      const screen = tui.capture();
      const top = usageRows(await demo.kubectl('top', 'pods', '--no-headers'), 1);
      // NAME READY STATUS RESTARTS (two cells when it has "(… ago)") then CPU MEM: find them by their units.
      const shown = new Map<string, [string, string]>();
      for (const line of screen.split('\n')) {
        const match = /(kilo-\S+)\s.*?\s(\d+m)\s+(\d+Mi)\s/.exec(line);
        if (match) shown.set(match[1], [match[2], match[3]]);
      }
      if (top.size < 14) return false;
      for (const [name, usage] of top) {
        const row = [...shown.entries()].find(([shownName]) => name.startsWith(shownName.replace(/…$/, '')));
        if (!row || row[1][0] !== usage[0] || row[1][1] !== usage[1]) return false;
      }
      return { top, shown };
    }, 45_000, 'the TUI and kubectl top to agree');
    expect(matched.shown.size).toBe(14);
    // kilo-meds' new pod crash-loops: no reading, n/a.
    expect(tui.capture()).toMatch(/kilo-meds-7568f7694c\S*\s+0\/1\s+CrashLoopBackOff\s+\d+ \(\S+ ago\)\s+n\/a\s+n\/a/);
  }, 90_000);

  it(':no shows the tablet with CPU, %CPU, MEM and %MEM as kubectl top nodes does; Enter lists its pods', async () => {
    tui.send('Escape');
    await typeCommand(tui, 'no', 'Nodes (1)');
    // "Within one poll": the TUI polls every 15 s, not in step with the scrapes, so it may show the
    // scrape kubectl top showed up to one poll ago. Every kubectl top reading of the last 20 s counts.
    const seen: { at: number; line: string }[] = [];
    await eventually(async () => {
      const screen = await tui.waitFor(/kilo-tablet\s+Ready\s+control-plane,master\s+v1\.32\.0\+k3s1\s+amd64\s+\d+m/, 20_000);
      const [, cpu, cpuPercent, memory, memoryPercent] = /kilo-tablet\s+\S+\s+\S+\s+\S+\s+\S+\s+(\d+m)\s+(\d+)\s+(\d+Mi)\s+(\d+)/.exec(screen)!;
      seen.push({ at: Date.now(), line: (await demo.kubectl('top', 'nodes', '--no-headers')).trim().split(/\s+/).join(' ') });
      const shown = ['kilo-tablet', cpu, `${cpuPercent}%`, memory, `${memoryPercent}%`].join(' ');
      return seen.some(({ at, line }) => at > Date.now() - 20_000 && line === shown);
    }, 60_000, 'the node row and kubectl top nodes to agree');
    tui.send('Enter');
    await tui.waitFor('Pods (15) [no/kilo-tablet]');
    tui.send('Escape');
    await tui.waitFor('Nodes (1)');
  }, 90_000);
});

describe('the demo without metrics-server', () => {
  it('reads n/a in every usage cell and says why once in the header; the rest works', async () => {
    const bare = startTmux([process.execPath, CLI_PATH, '--demo', '--no-metrics'], { columns: 140, rows: 40 });
    try {
      await bare.waitFor('14 deploy', 30_000);
      const header = await bare.waitFor('metrics: unavailable (metrics API not served)', 30_000);
      expect(header.match(/metrics: unavailable/g)).toHaveLength(1);
      const pods = await typeCommand(bare, 'pods', 'Pods (15)');
      expect(pods).toMatch(/kilo-ai-brain-c679fb7f9\S*\s+1\/1\s+Running\s+11 \(\S+ ago\)\s+n\/a\s+n\/a\s+n\/a\s+n\/a\s+n\/a\s+n\/a/);
      expect(pods).not.toMatch(/error/i);
      bare.send('Escape');
      await typeCommand(bare, 'no', 'Nodes (1)');
      expect(await bare.waitFor(/kilo-tablet\s+Ready.*n\/a\s+n\/a\s+n\/a\s+n\/a/)).toContain('metrics: unavailable (metrics API not served)');
      expect(bare.isAlive()).toBe(true);
    } finally {
      bare.kill();
    }
  }, 90_000);
});

describe("kilo-ai-brain's memory trend", () => {
  it('describe shows its memory rising to the 2Gi limit line, then the OOM kill marked', async () => {
    // --time-scale 40: its leak reaches the limit ~60 s after start instead of 40 minutes.
    const fast = startTmux([process.execPath, CLI_PATH, '--demo', '--time-scale', '40'], { columns: 120, rows: 35 });
    try {
      await fast.waitFor('14 deploy', 30_000);
      await typeCommand(fast, 'pods', 'Pods (15)');
      fast.send('g');
      await fast.waitFor(/^│> kilo-ai-brain/m);
      fast.send('d');
      await fast.waitFor('Describe Pod/kilo-ai-brain-c679fb7f9-8khhj');
      const rising = await fast.waitFor(/MEM {2}[▁▂▃▄▅▆▇█]{3,}/, 60_000);
      expect(rising).toMatch(/─+ {2}limit 2Gi/);
      const bars = /MEM {2}([▁▂▃▄▅▆▇█]+)/.exec(rising)![1];
      const levels = [...bars].map((bar) => '▁▂▃▄▅▆▇█'.indexOf(bar));
      expect(levels.every((level, i) => i === 0 || level >= levels[i - 1])).toBe(true);
      expect(levels.at(-1)!).toBeGreaterThan(levels[0]);
      const killed = await fast.waitFor(/✕ OOMKilled \S+ ago \(ai-brain, restart 12\)/, 90_000);
      // The peak seen is the last sample before the kill: one poll (15 s, 10 simulated minutes at
      // --time-scale 40, ~360Mi of the leak) or more under load below the limit, never above it.
      const peak = Number(/peak (\d+)Mi/.exec(killed)?.[1]);
      expect(peak).toBeGreaterThan(620);
      expect(peak).toBeLessThanOrEqual(2048);
    } finally {
      fast.kill();
    }
  }, 180_000);
});
