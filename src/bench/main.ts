// `npm run bench`: runs every registered section in this process and prints one table.
// To add a section: import it and append it to SECTIONS (one line each). `--only <name>` runs one.
// Run with --expose-gc (the npm script does) so heap figures are measured after a full collection.
import './productionMode.js';
import type { BenchSection } from './benchSection.js';
import { formatBenchTable, type SectionResult } from './benchTable.js';
import { explorerBench } from './explorerBench.js';
import { allNamespacesBench } from './allNamespacesBench.js';
import { logFirehoseBench } from './logFirehose.js';
import { deleteStaleBench } from './deleteStaleBench.js';
import { auditBench } from './auditBench.js';
import { startupBench } from './startupBench.js';
import { latencyBench } from './latencyBench.js';
import { idleBench } from './idleBench.js';
import { installBench } from './installBench.js';
import { shareInkOutputCaches } from '../ui/inkOutputCache.js';

export const SECTIONS: readonly BenchSection[] = [
  explorerBench,
  allNamespacesBench,
  logFirehoseBench,
  deleteStaleBench,
  auditBench,
  startupBench,
  latencyBench,
  idleBench,
  installBench,
];

async function main(argv: string[]): Promise<number> {
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
  const selected = SECTIONS.filter((section) => !only || section.name === only);
  if (selected.length === 0) {
    process.stderr.write(`bench: no section named ${only}; sections: ${SECTIONS.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  // Ink renders as in the TUI, which shares Ink's per-frame caches across frames (runTui).
  await shareInkOutputCaches();
  const results: SectionResult[] = [];
  for (const section of selected) {
    process.stderr.write(`bench: ${section.title}…\n`);
    try {
      results.push({ title: section.title, figures: await section.run() });
    } catch (error) {
      results.push({ title: section.title, figures: [], error: error instanceof Error ? error.message.split('\n')[0] : String(error) });
    }
  }
  process.stdout.write(formatBenchTable(results));
  return results.some((result) => result.error || result.figures.some((figure) => figure.ok === false)) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${String(error)}\n`);
    process.exit(2);
  },
);
