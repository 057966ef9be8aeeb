// `kilo-tui`: the interactive explorer.
import { UsageError, type CliOptions } from '../args.js';
import { connectFor } from './connectFor.js';

export async function runTuiCommand(options: CliOptions): Promise<number> {
  // Checked before connecting: Ink needs a terminal, and a piped TUI is never what the user meant.
  if (!process.stdout.isTTY) throw new UsageError('stdout is not a terminal: run kilo-tui in a terminal, or use `kilo-tui audit` for scripts');
  if (!process.stdin.isTTY) throw new UsageError('stdin is not a terminal: kilo-tui reads keys from it');
  // Ink shows only the final frame when CI is set; on a real terminal the user wants every frame.
  // Ink reads the variable once when it is first imported, which happens below.
  process.env.CI = 'false';
  process.env.CONTINUOUS_INTEGRATION = 'false';
  const connection = await connectFor(options);
  try {
    const { runTui } = await import('../../ui/runTui.js');
    await runTui(connection.gateway, { readonly: options.readonly, logLines: options.logLines });
  } finally {
    await connection.close();
  }
  return 0;
}
