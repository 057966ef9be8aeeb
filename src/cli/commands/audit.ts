// `kilo-tui audit`: the audit as Markdown, JSON or a fix script, with an exit code for cron and CI.
import { collectPodOwners, collectPodUsage, collectRootCauses } from '../../audit/collectAuditInputs.js';
import { plansToShellScript } from '../../domain/plans/planToShellScript.js';
import { renderMarkdown } from '../../domain/audit/report/markdown.js';
import { toJsonText } from '../../domain/audit/report/json.js';
import { exitCodeFor, runAudit } from '../../domain/audit/runAudit.js';
import type { CliOptions } from '../args.js';
import { withNamespaceSnapshot } from './namespaceSnapshot.js';

export async function runAuditCommand(
  options: CliOptions,
  write: (text: string) => void = (t) => void process.stdout.write(t),
  warn: (text: string) => void = (t) => void process.stderr.write(t),
): Promise<number> {
  return withNamespaceSnapshot(options, warn, async (gateway, listed) => {
    const auditOptions = { context: gateway.context, currentContext: gateway.currentContext };
    const [owners, metrics] = await Promise.all([collectPodOwners(gateway, listed), collectPodUsage(gateway)]);
    const snapshot = { ...listed, ...owners, ...(metrics ? { metrics } : {}) };
    const logs = await collectRootCauses(gateway, snapshot, auditOptions);
    const report = runAudit(snapshot, auditOptions, logs);
    if (options.plan) {
      const plans = report.findings.flatMap((finding) => (finding.plan ? [finding.plan] : []));
      write(plans.length ? plansToShellScript(plans, auditOptions) : '# kilo-tui audit: nothing to fix\n');
    } else {
      write(options.format === 'json' ? toJsonText(report) : renderMarkdown(report));
    }
    return exitCodeFor(report);
  });
}
