// `kilo-tui verify`: the report's verification checklist for the namespace, Markdown or JSON; exit
// 0 when every item passes, 1 otherwise, 2 for usage or connection errors (as `audit`).
import { collectSnapshot } from '../../audit/collectAuditInputs.js';
import { runVerify, verifyExitCode } from '../../domain/verify/runVerify.js';
import { verifyJson, verifyMarkdown } from '../../domain/verify/verifyReport.js';
import { ConnectError } from '../../kube/types.js';
import { sanitizeLine } from '../../text/sanitize.js';
import type { CliOptions } from '../args.js';
import { connectFor } from './connectFor.js';

export async function runVerifyCommand(
  options: CliOptions,
  write: (text: string) => void = (t) => void process.stdout.write(t),
  warn: (text: string) => void = (t) => void process.stderr.write(t),
): Promise<number> {
  const connection = await connectFor(options);
  try {
    const { gateway } = connection;
    if ((await gateway.namespaceExists?.()) === false) {
      throw new ConnectError(`namespace "${sanitizeLine(gateway.namespace)}" does not exist in context "${sanitizeLine(gateway.context)}"`);
    }
    const snapshot = await collectSnapshot(gateway);
    if (snapshot.skipped > 0) warn(`kilo-tui: ${snapshot.skipped} invalid ${snapshot.skipped === 1 ? 'object' : 'objects'} skipped (not readable as their kind)\n`);
    const report = runVerify(snapshot);
    write(options.format === 'json' ? verifyJson(report) : verifyMarkdown(report));
    return verifyExitCode(report);
  } finally {
    await connection.close();
  }
}
