// `kilo-tui audit`: the audit as Markdown, JSON or a fix script, with an exit code for cron and CI.
import { collectRootCauses, collectSnapshot } from '../../audit/collectAuditInputs.js';
import { plansToShellScript } from '../../domain/plans/planToShellScript.js';
import { renderMarkdown } from '../../domain/audit/report/markdown.js';
import { toJsonText } from '../../domain/audit/report/json.js';
import { exitCodeFor, runAudit } from '../../domain/audit/runAudit.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { ConnectError } from '../../kube/types.js';
import type { CliOptions } from '../args.js';
import { connectFor } from './connectFor.js';

export async function runAuditCommand(
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
    const auditOptions = { context: gateway.context, currentContext: gateway.currentContext };
    const logs = await collectRootCauses(gateway, snapshot, auditOptions);
    const report = runAudit(snapshot, auditOptions, logs);
    if (options.plan) {
      const plans = report.findings.flatMap((finding) => (finding.plan ? [finding.plan] : []));
      write(plans.length ? plansToShellScript(plans, auditOptions) : '# kilo-tui audit: nothing to fix\n');
    } else {
      write(options.format === 'json' ? toJsonText(report) : renderMarkdown(report));
    }
    return exitCodeFor(report);
  } finally {
    await connection.close();
  }
}
