// `kilo-tui verify`: the report's verification checklist for the namespace, Markdown or JSON; exit
// 0 when every item passes, 1 otherwise, 2 for usage or connection errors (as `audit`).
import { collectVerifyExtras } from '../../audit/collectVerifyExtras.js';
import { runVerify, verifyExitCode } from '../../domain/verify/runVerify.js';
import { verifyJson, verifyMarkdown } from '../../domain/verify/verifyReport.js';
import type { CliOptions } from '../args.js';
import { withNamespaceSnapshot } from './namespaceSnapshot.js';

export async function runVerifyCommand(
  options: CliOptions,
  write: (text: string) => void = (t) => void process.stdout.write(t),
  warn: (text: string) => void = (t) => void process.stderr.write(t),
): Promise<number> {
  return withNamespaceSnapshot(options, warn, async (gateway, snapshot) => {
    const extras = await collectVerifyExtras(gateway);
    if (extras.skipped > 0) warn(`kilo-tui: ${extras.skipped} invalid ${extras.skipped === 1 ? 'object' : 'objects'} skipped (not readable as their kind)\n`);
    const report = runVerify({ ...snapshot, ...extras.lists }, extras.unlisted);
    write(options.format === 'json' ? verifyJson(report) : verifyMarkdown(report));
    return verifyExitCode(report);
  });
}
