// The checklist as Markdown (the report's "- [x]" form) or JSON; every string from the cluster is
// sanitized before it is printed.
import { sanitizeLine } from '../../text/sanitize.js';
import type { VerifyReport } from './runVerify.js';

export function verifyMarkdown(report: VerifyReport): string {
  const passed = report.items.filter((i) => i.pass).length;
  const lines = [
    `# Verification checklist: ${sanitizeLine(report.namespace)}`,
    '',
    `${report.passed ? '✔' : '✘'} ${passed}/${report.items.length} items pass`,
    '',
  ];
  for (const item of report.items) {
    lines.push(`- [${item.pass ? 'x' : ' '}] ${item.pass ? '✔' : '✘'} ${item.title}`);
    for (const failure of item.failures) lines.push(`  - ✘ ${sanitizeLine(failure)}`);
    for (const detail of item.details) lines.push(`  - ${sanitizeLine(detail)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function verifyJson(report: VerifyReport): string {
  const clean = {
    schemaVersion: 1,
    namespace: sanitizeLine(report.namespace),
    passed: report.passed,
    items: report.items.map((i) => ({ id: i.id, title: i.title, pass: i.pass, failures: i.failures.map((f) => sanitizeLine(f)), details: i.details.map((d) => sanitizeLine(d)) })),
  };
  return `${JSON.stringify(clean, null, 2)}\n`;
}
