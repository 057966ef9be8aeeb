// `kilo-tui`: the interactive explorer.
import { realClock } from '../../demo/clock.js';
import { createClusterStore } from '../../store/clusterStore.js';
import { syncCluster } from '../../store/syncCluster.js';
import { UsageError, type CliOptions } from '../args.js';
import { openConnectionFor } from './connectFor.js';
import { clearCiForInk } from './inkEnvironment.js';

export async function runTuiCommand(options: CliOptions): Promise<number> {
  // Checked before connecting: Ink needs a terminal, and a piped TUI is never what the user meant.
  if (!process.stdout.isTTY) throw new UsageError('stdout is not a terminal: run kilo-tui in a terminal, or use `kilo-tui audit` for scripts');
  if (!process.stdin.isTTY) throw new UsageError('stdin is not a terminal: kilo-tui reads keys from it');
  // Ink and chalk read the environment once when first imported, which happens below.
  clearCiForInk(process.env);
  const connection = await openConnectionFor(options);
  try {
    // Start-up does its waiting in parallel: the first lists go out now, while the server answers
    // the probe and while the UI's modules (Ink and React, most of the code) load.
    const clock = realClock;
    const store = createClusterStore({ now: clock.now() });
    const stopSync = syncCluster(connection.gateway, store, { clock });
    let ui: typeof import('../../ui/runTui.js');
    try {
      [, ui] = await Promise.all([connection.probed, import('../../ui/runTui.js')]);
    } catch (error) {
      stopSync();
      throw error;
    }
    await ui.runTui(connection.gateway, { readonly: options.readonly, logLines: options.logLines, clock, sync: { store, stop: stopSync } });
  } finally {
    await connection.close();
  }
  return 0;
}
