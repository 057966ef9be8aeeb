// The built `kilo-tui demo-server` as a child process, as a user starts it, plus kubectl against it.
import { execFile, spawn, type ChildProcess } from 'node:child_process';

import { join } from 'node:path';
import { promisify } from 'node:util';
import { CLI_PATH } from './tmux.js';
import { scratchDir } from './scratchDir.js';

const execFileAsync = promisify(execFile);

export interface DemoServerProcess {
  kubeconfig: string;
  url: string;
  child: ChildProcess;
  kubectl(...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

export async function startDemoServerProcess(extraArgs: string[] = []): Promise<DemoServerProcess> {
  const kubeconfig = join(scratchDir('kilo-e2e-'), 'kubeconfig');
  const child = spawn(process.execPath, [CLI_PATH, 'demo-server', '--kubeconfig-out', kubeconfig, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo-server did not start: ${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /demo server: (http:\/\/\S+)/.exec(output);
      if (match && output.includes('kubeconfig:')) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`demo-server exited with ${code}: ${output}`)));
  });
  return {
    kubeconfig,
    url,
    child,
    async kubectl(...args: string[]) {
      const { stdout } = await execFileAsync('kubectl', ['--kubeconfig', kubeconfig, ...args], { timeout: 20_000 });
      return stdout;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Polls `check` until it returns a truthy value (the simulated controllers settle asynchronously). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
