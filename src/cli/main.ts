#!/usr/bin/env node
// kilo-tui's entry point: parse argv, run one command, map every failure to one line and an exit code.
import { createRequire } from 'node:module';
import { helpText, parseArgs } from './args.js';
import { sanitizeLine, sanitizeMultiline } from '../text/sanitize.js';
import { describeFailure, EXIT_USAGE } from './errors.js';

// React loads its development build unless told otherwise; it is about twice as slow per frame.
// Set before any command (and so React) is imported.
process.env.NODE_ENV ??= 'production';

/**
 * `kilo-tui audit | head -c 100`: the reader went away, which is not an error worth a stack trace.
 * Later writes go nowhere and the command ends with its own exit code. (The TUI handles its
 * terminal going away itself, in runTui.)
 */
function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`kilo-tui: cannot write the output: ${sanitizeLine(error.message)}\n`);
  process.exit(EXIT_USAGE);
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (options.command !== 'tui') process.stdout.on('error', ignoreClosedPipe);
  switch (options.command) {
    case 'help':
      process.stdout.write(helpText(options.helpTopic));
      return 0;
    case 'version': {
      const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
      process.stdout.write(`kilo-tui ${pkg.version}\n`);
      return 0;
    }
    case 'demo-server':
      return (await import('./commands/demoServer.js')).runDemoServer(options);
    case 'audit':
      return (await import('./commands/audit.js')).runAuditCommand(options);
    case 'verify':
      return (await import('./commands/verify.js')).runVerifyCommand(options);
    case 'tui':
      return (await import('./commands/tui.js')).runTuiCommand(options);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kilo-tui: ${sanitizeLine(describeFailure(error))}\n`);
    const detail = (error as { cause?: unknown } | undefined)?.cause ?? error;
    if (process.env.KILO_TUI_DEBUG) process.stderr.write(`${sanitizeMultiline((detail as Error)?.stack ?? String(detail))}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
