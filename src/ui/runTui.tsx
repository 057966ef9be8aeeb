// Entry point the CLI calls: one store, the watches feeding it, and the Ink app on the alternate
// screen. Resolves when the user quits, with the watches stopped and the terminal restored.
import { render } from 'ink';
import { realClock, type Clock } from '../domain/clock.js';
import type { ClusterGateway } from '../kube/types.js';
import { createClusterStore, type ClusterStore } from '../store/clusterStore.js';
import { syncCluster } from '../store/syncCluster.js';
import { syncMetrics } from '../store/syncMetrics.js';
import { GatewayActionFlowProvider } from './actions/GatewayActionFlowProvider.js';
import { App } from './App.js';
import { ClusterSession, type ClusterSessionDeps } from '../app/cluster/clusterSession.js';
import { ClusterSwitchContext } from './ClusterSessionContext.js';
import { firstFrameReady } from './firstFrame.js';
import { drawChangedLinesOnly } from './lineDiffOutput.js';
import { shareInkOutputCaches } from './inkOutputCache.js';
import { KeyStream } from './keyStream.js';
import { LogsProvider } from './logs/LogsContext.js';
import { DiscoveryProvider } from './DiscoveryContext.js';
import { StoreProvider } from './StoreContext.js';
import { ReadLogsProvider } from './views/audit/ReadLogsContext.js';
import { DescribeReadsProvider, type DescribeReads } from './views/DescribeReadsContext.js';
import { EditProvider, type EditEnvironment } from './edit/EditContext.js';
import { resumeEditSession, runEditSession, type EditSessionDeps } from '../app/edit/editSession.js';
import { createEditBuffer, runEditor } from '../app/edit/editBuffer.js';
import { readFileSync, writeFileSync } from 'node:fs';

/** An error no part of the TUI caught; the terminal was restored before this is thrown. */
export class UnexpectedError extends Error {
  constructor(override readonly cause: unknown) {
    super(`unexpected error: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)} (set KILO_TUI_DEBUG=1 for details)`);
  }
}

export interface RunTuiOptions {
  readonly: boolean;
  /** Ring capacity of each logs session (`--log-lines N`); default 10,000. */
  logLines?: number;
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
  clock?: Clock;
  /** Ink's console patching; tests turn it off (vitest replaces console). Default true. */
  patchConsole?: boolean;
  /**
   * A store already fed by syncCluster (the CLI starts the lists before loading the UI); runTui
   * stops it on quit. Default: a new store and sync.
   */
  sync?: { store: ClusterStore; stop(): void };
  /** How to open another context, list the kubeconfig's and remember namespaces (`:ctx`, `:ns`). */
  switching?: Omit<ClusterSessionDeps, 'sync'>;
}

// Ink 6.8 has no alternate-screen option, so the TUI switches screens itself (xterm 1049).
const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h\u001b[H';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l';

/** Watches and metrics polling, stopped together. */
function startSync(gateway: ClusterGateway, store: ClusterStore, clock: Clock): () => void {
  const stopWatches = syncCluster(gateway, store, { clock });
  const stopMetrics = syncMetrics(gateway, store, { clock });
  return () => {
    stopMetrics();
    stopWatches();
  };
}

export async function runTui(initialGateway: ClusterGateway, options: RunTuiOptions): Promise<void> {
  await shareInkOutputCaches();
  const stdout = options.stdout ?? process.stdout;
  // One key per read, so keys that arrive together are each handled (see keyStream.ts).
  const keys = new KeyStream(options.stdin ?? process.stdin);
  const stdin = keys as unknown as NodeJS.ReadStream;
  const clock = options.clock ?? realClock;
  const store = options.sync?.store ?? createClusterStore({ now: clock.now() });
  // The namespace and context in use, switched live; the providers below hold its gateway, which
  // always speaks to the current one.
  const session = new ClusterSession(store, initialGateway, { sync: (next, into) => startSync(next, into, clock), ...options.switching }, options.sync ? () => options.sync!.stop() : undefined);
  const gateway = session.gateway;
  const stopSync = () => session.close();
  // The audit view reads crashed containers' logs for its root-cause lines.
  const readLogs = gateway.readLogs.bind(gateway);
  // Describe reads a Namespace's quotas and limit ranges and a cluster-scoped object's Events, as kubectl describe does.
  const describeReads: DescribeReads = {
    namespacePolicies: (namespace) => gateway.namespacePolicies!(namespace, { timeoutMs: 10_000 }),
    objectEvents: (subject) => gateway.objectEvents!(subject, { timeoutMs: 10_000 }),
  };
  const logsEnvironment = { gateway, capacity: options.logLines, clock };
  const alternate = stdout.isTTY === true;
  if (alternate) stdout.write(ENTER_ALTERNATE_SCREEN);
  await firstFrameReady(store);
  // `e`: the editor gets the terminal as kubectl edit gives it: main screen, cooked mode, cursor
  // shown; the TUI comes back on the alternate screen and repaints in full.
  const realStdin = options.stdin ?? process.stdin;
  const handOver = <T,>(run: () => T): T => {
    realStdin.setRawMode?.(false);
    if (alternate) stdout.write(`${LEAVE_ALTERNATE_SCREEN}\u001b[?25h`);
    try {
      return run();
    } finally {
      if (alternate) stdout.write(`${ENTER_ALTERNATE_SCREEN}\u001b[?25l`);
      realStdin.setRawMode?.(true);
      instance.clear();
    }
  };
  const editDeps = (namespace: string | undefined): EditSessionDeps => ({
    fetch: (k, n) => gateway.get(k, n, { namespace }),
    dryRun: async (k, n, patch) => void (await gateway.patchObject(k, n, patch, 'merge', { dryRun: true, namespace })),
    openEditor: (path) => handOver(() => runEditor(path)),
    createBuffer: (k, n, text) => createEditBuffer(k, n, text, clock.now()),
    writeBuffer: (path, text) => writeFileSync(path, text),
    read: (path) => readFileSync(path, 'utf8'),
  });
  const editEnvironment: EditEnvironment = {
    edit: (kind, name, namespace) => runEditSession({ kind, name }, editDeps(namespace)),
    resume: (kind, name, namespace, refused) => resumeEditSession({ kind, name }, refused, editDeps(namespace)),
  };
  const instance = render(
    <StoreProvider store={store}>
      <ClusterSwitchContext.Provider value={session}>
        <DiscoveryProvider discover={gateway.discover?.bind(gateway)}>
          <GatewayActionFlowProvider gateway={gateway} readonly={options.readonly} now={() => clock.now()}>
            <ReadLogsProvider readLogs={readLogs}>
              <LogsProvider environment={logsEnvironment}>
                <EditProvider value={editEnvironment}>
                  <DescribeReadsProvider reads={describeReads}>
                    <App readonly={options.readonly} clock={clock} />
                  </DescribeReadsProvider>
                </EditProvider>
              </LogsProvider>
            </ReadLogsProvider>
          </GatewayActionFlowProvider>
        </DiscoveryProvider>
      </ClusterSwitchContext.Provider>
    </StoreProvider>,
    { stdout, stdin, exitOnCtrlC: false, patchConsole: options.patchConsole ?? true },
  );
  // On the alternate screen only the lines that changed are written (a logs pane rewrites its own
  // lines, not the screen); a resize repaints everything (lineDiffOutput.ts).
  const stopRepaint = alternate ? await drawChangedLinesOnly(stdout) : undefined;
  // `kill` and a closing terminal end the TUI like :q does, so raw mode, the cursor and the
  // main screen are restored instead of leaving the shell unusable.
  const quitOnSignal = () => instance.unmount();
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.once(signal, quitOnSignal);
  // A terminal that went away (window closed, ssh dropped) fails every later write with EIO or
  // EPIPE, Ink's last ones included. That ends the session as SIGHUP does, quietly, so the watches
  // stop and --demo removes its files; unhandled, the 'error' event crashed with a stack trace.
  // The listener stays: the writes of the shutdown below fail the same way.
  let outputError: NodeJS.ErrnoException | undefined;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    outputError ??= error;
    quitOnSignal();
  });
  // Any error nobody caught (a timer, a stream callback) ends the session like a quit does, so the
  // terminal gets its main screen, cursor and cooked mode back; the CLI then prints one line.
  let unexpected: unknown;
  const quitOnUnexpected = (error: unknown): void => {
    unexpected ??= error;
    quitOnSignal();
  };
  process.on('uncaughtException', quitOnUnexpected);
  process.on('unhandledRejection', quitOnUnexpected);
  try {
    await instance.waitUntilExit();
  } finally {
    process.off('uncaughtException', quitOnUnexpected);
    process.off('unhandledRejection', quitOnUnexpected);
    for (const signal of signals) process.off(signal, quitOnSignal);
    stopSync();
    stopRepaint?.();
    instance.unmount();
    keys.detach();
    if (alternate && !outputError) stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
  if (unexpected !== undefined) throw new UnexpectedError(unexpected);
  if (outputError && outputError.code !== 'EIO' && outputError.code !== 'EPIPE') {
    throw new Error(`cannot write to the terminal: ${outputError.message}`);
  }
}
