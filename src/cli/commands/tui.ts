// `kilo-tui`: the interactive explorer.
import { UsageError, type CliOptions } from '../args.js';
import { connectFor } from './connectFor.js';
import { clearCiForInk } from './inkEnvironment.js';

export async function runTuiCommand(options: CliOptions): Promise<number> {
  // Checked before connecting: Ink needs a terminal, and a piped TUI is never what the user meant.
  if (!process.stdout.isTTY) throw new UsageError('stdout is not a terminal: run kilo-tui in a terminal, or use `kilo-tui audit` for scripts');
  if (!process.stdin.isTTY) throw new UsageError('stdin is not a terminal: kilo-tui reads keys from it');
  // Ink and chalk read the environment once when first imported, which happens below.
  clearCiForInk(process.env);
  const connection = await connectFor(options);
  try {
    const { runTui } = await import('../../ui/runTui.js');
    await runTui(connection.gateway, { readonly: options.readonly, logLines: options.logLines });
  } finally {
    await connection.close();
  }
  return 0;
}
