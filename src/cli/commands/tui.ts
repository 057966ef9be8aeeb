// `kilo-tui`: the interactive explorer.
import { realClock } from '../../demo/clock.js';
import { createClusterStore } from '../../store/clusterStore.js';
import { syncCluster } from '../../store/syncCluster.js';
import { syncMetrics } from '../../store/syncMetrics.js';
import { holdKeys } from '../../ui/earlyKeys.js';
import { UsageError, type CliOptions } from '../args.js';
import { openConnectionFor, type Connection } from './connectFor.js';
import { connect } from '../../kube/connect.js';
import { listContexts } from '../../kube/kubeconfig.js';
import { rememberedNamespace, rememberNamespace } from '../../persist/namespaceMemory.js';
import { clearCiForInk } from './inkEnvironment.js';

/** kill -INT's exit status, as a shell reports Ctrl-C. */
const EXIT_INTERRUPTED = 130;

export async function runTuiCommand(options: CliOptions): Promise<number> {
  // Checked before connecting: Ink needs a terminal, and a piped TUI is never what the user meant.
  if (!process.stdout.isTTY) throw new UsageError('stdout is not a terminal: run kilo-tui in a terminal, or use `kilo-tui audit` for scripts');
  if (!process.stdin.isTTY) throw new UsageError('stdin is not a terminal: kilo-tui reads keys from it');
  // Ink and chalk read the environment once when first imported, which happens below.
  clearCiForInk(process.env);
  let interrupted!: () => void;
  const interrupt = new Promise<'interrupted'>((resolve) => (interrupted = () => resolve('interrupted')));
  const keys = holdKeys(process.stdin, interrupted);
  // The namespace last used in the context, unless -n or -A says otherwise (not for --demo: its cluster is new every run).
  const opening = openConnectionFor(options, options.demo ? {} : { rememberedNamespace: (context) => rememberedNamespace(context) });
  let connection: Connection | 'interrupted';
  try {
    connection = await Promise.race([opening, interrupt]);
  } catch (error) {
    keys.restore();
    throw error;
  }
  if (connection === 'interrupted') {
    // The connection may still come up (the demo starting, a slow server): close it when it does.
    opening.then((late) => late.close(), () => {});
    return EXIT_INTERRUPTED;
  }
  try {
    // Start-up does its waiting in parallel: the first lists go out now, while the server answers
    // the probe and while the UI's modules (Ink and React, most of the code) load.
    const clock = realClock;
    const store = createClusterStore({ now: clock.now() });
    const stopWatches = syncCluster(connection.gateway, store, { clock });
    const stopMetrics = syncMetrics(connection.gateway, store, { clock });
    const stopSync = (): void => {
      stopMetrics();
      stopWatches();
    };
    let ready: [void, typeof import('../../ui/runTui.js')] | 'interrupted';
    try {
      ready = await Promise.race([Promise.all([connection.probed, import('../../ui/runTui.js')]), interrupt]);
    } catch (error) {
      stopSync();
      throw error;
    }
    if (ready === 'interrupted') {
      stopSync();
      return EXIT_INTERRUPTED;
    }
    keys.release();
    const { connectOptions, demo } = connection;
    await ready[1].runTui(connection.gateway, {
      readonly: options.readonly,
      logLines: options.logLines,
      clock,
      sync: { store, stop: stopSync },
      switching: {
        // Another context: its remembered namespace, else its own (-n and -A chose for the first one only).
        openContext: (context) => connect({ ...connectOptions, context, namespace: undefined, ...(demo ? {} : { rememberedNamespace: (name: string) => rememberedNamespace(name) }) }),
        contexts: () => listContexts(connectOptions),
        ...(demo ? {} : { remember: (context: string, namespace: string) => rememberNamespace(context, namespace) }),
      },
    });
  } finally {
    keys.restore();
    await connection.close();
  }
  return 0;
}
