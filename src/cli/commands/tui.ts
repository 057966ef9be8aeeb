// `kilo-tui`: the interactive explorer.
import { holdKeys } from '../../ui/earlyKeys.js';
import { UsageError, type CliOptions } from '../args.js';
import { connectFor, type Connection } from './connectFor.js';
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
  const connecting = connectFor(options);
  let connection: Connection | 'interrupted';
  try {
    connection = await Promise.race([connecting, interrupt]);
  } catch (error) {
    keys.restore();
    throw error;
  }
  if (connection === 'interrupted') {
    // The connection may still come up (the demo starting, a slow server): close it when it does.
    connecting.then((late) => late.close(), () => {});
    return EXIT_INTERRUPTED;
  }
  keys.release();
  try {
    const { runTui } = await import('../../ui/runTui.js');
    await runTui(connection.gateway, { readonly: options.readonly, logLines: options.logLines });
  } finally {
    keys.restore();
    await connection.close();
  }
  return 0;
}
