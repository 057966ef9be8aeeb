// Renders the App (or any tree) with a fresh store into a fake terminal of a given size, like
// ink-testing-library but with columns and rows, so layout and frame height can be asserted.
import { EventEmitter } from 'node:events';
import { render } from 'ink';
import type { ReactElement } from 'react';
import { ManualClock } from '../../src/domain/clock.js';
import type { KubeObject } from '../../src/domain/resources.js';
import { createClusterStore, emptyResources, type ClusterStore } from '../../src/store/clusterStore.js';
import type { ClusterState, ResourceMaps } from '../../src/store/types.js';
import { MemoryStdin } from '../../src/ui/memoryStdin.js';
import { App } from '../../src/ui/App.js';
import { whenReactIdle } from '../../src/ui/reactIdle.js';
import { KeyStream } from '../../src/ui/keyStream.js';
import { StoreProvider } from '../../src/ui/StoreContext.js';

export class FakeStdout extends EventEmitter {
  readonly frames: string[] = [];
  isTTY = false;
  constructor(public columns: number, public rows: number) {
    super();
  }
  write = (frame: string): boolean => {
    this.frames.push(frame);
    return true;
  };
  lastFrame = (): string => this.frames[this.frames.length - 1] ?? '';
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

/** The in-memory terminal input the bench also uses, written to the way a test types. */
export class FakeStdin extends MemoryStdin {
  write = (data: string): void => this.type(data);
}

/** Resource maps keyed by uid from a flat list of objects. */
export function resourcesOf(objects: readonly KubeObject[]): ResourceMaps {
  const maps = emptyResources() as unknown as Record<string, Map<string, KubeObject>>;
  for (const obj of objects) maps[obj.kind].set(obj.metadata.uid, obj);
  return maps as unknown as ResourceMaps;
}

export const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once React has no work left (see src/ui/reactIdle.ts for why keys must wait for it). */
export const reactIdle = () => new Promise<void>((resolve) => whenReactIdle(resolve));

export interface RenderOptions {
  columns: number;
  rows: number;
  clock?: ManualClock;
  tree?: ReactElement;
  /** Keys reach Ink through the KeyStream, as in runTui (one key per read, after React is idle). */
  keyStream?: boolean;
}

export function renderWithStore(storeState: Partial<ClusterState> | ClusterStore, { columns, rows, clock = new ManualClock(), tree, keyStream }: RenderOptions) {
  const store = 'getState' in storeState ? (storeState as ClusterStore) : createClusterStore({ now: clock.now(), ...(storeState as Partial<ClusterState>) });
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const stderr = new FakeStdout(columns, rows);
  const instance = render(<StoreProvider store={store}>{tree ?? <App clock={clock} />}</StoreProvider>, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: (keyStream ? new KeyStream(stdin as unknown as NodeJS.ReadStream) : stdin) as unknown as NodeJS.ReadStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  /** Writes keys one at a time, each once React has finished the work the previous one caused. */
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      stdin.write(key);
      await tick(key === '\u001b' ? 40 : 20);
      await reactIdle();
    }
  };
  return { store, stdout, stdin, stderr, clock, press, lastFrame: stdout.lastFrame, unmount: instance.unmount, waitUntilExit: instance.waitUntilExit };
}

/** React error output that must never appear in a frame. */
export function expectNoReactError(frame: string): void {
  for (const marker of ['The above error', 'Error:', '    at ']) {
    if (frame.includes(marker)) throw new Error(`frame shows a React error (${marker}):\n${frame}`);
  }
}
