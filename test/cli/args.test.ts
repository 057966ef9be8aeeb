import { describe, expect, it } from 'vitest';
import { helpText, parseArgs, UsageError } from '../../src/cli/args.js';

describe('parseArgs', () => {
  it('defaults to the TUI on the current context', () => {
    expect(parseArgs([])).toMatchObject({ command: 'tui', demo: false, readonly: false, logLines: 10000 });
  });

  it('reads connection flags in both spellings', () => {
    expect(parseArgs(['--kubeconfig', 'a.yaml', '--context=prod', '-n', 'kilo-guardian', '--readonly'])).toMatchObject({
      kubeconfig: 'a.yaml',
      context: 'prod',
      namespace: 'kilo-guardian',
      readonly: true,
    });
    expect(parseArgs(['--namespace=x']).namespace).toBe('x');
  });

  it('recognises subcommands and their flags', () => {
    expect(parseArgs(['audit', '--demo', '--format', 'json'])).toMatchObject({ command: 'audit', demo: true, format: 'json' });
    expect(parseArgs(['audit', '--plan'])).toMatchObject({ command: 'audit', plan: true });
    expect(parseArgs(['demo-server', '--port', '8080', '--kubeconfig-out', '/tmp/k'])).toMatchObject({
      command: 'demo-server',
      port: 8080,
      kubeconfigOut: '/tmp/k',
    });
  });

  it('answers help and version anywhere', () => {
    expect(parseArgs(['--help']).command).toBe('help');
    expect(parseArgs(['audit', '-h']).command).toBe('help');
    expect(parseArgs(['--version']).command).toBe('version');
  });

  it.each([
    [['--bogus'], /unknown flag '--bogus'/],
    [['--context'], /--context needs a value/],
    [['--log-lines', 'ten'], /--log-lines needs a whole number/],
    [['--log-lines', '5'], /at least 100/],
    [['audit', '--format', 'yaml'], /--format must be md or json/],
    [['--port', '1'], /--port does not apply to the TUI/],
    [['audit', '--readonly'], /--readonly does not apply to 'kilo-tui audit'/],
    [['--demo', '--context', 'x'], /--demo starts its own cluster/],
    [['stray'], /unexpected argument 'stray'/],
    [['demo-server', '--port', '70000'], /at most 65535/],
  ])('rejects %j with one clear line', (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrowError(UsageError);
    expect(() => parseArgs(argv as string[])).toThrowError(message as RegExp);
  });
});

describe('parseArgs: kubectl habits (issue 13)', () => {
  it('accepts -n=NS as pflag does, like --namespace=NS', () => {
    expect(parseArgs(['-n=kilo-guardian']).namespace).toBe('kilo-guardian');
    expect(parseArgs(['audit', '-o=json']).format).toBe('json');
  });

  it('refuses -v (kubectl: log verbosity) with a line that says so, in every form; --version stays', () => {
    for (const argv of [['-v'], ['-v', '6'], ['-v=6'], ['--v=6'], ['audit', '-v', '2']]) {
      expect(() => parseArgs(argv)).toThrowError(/verbosity.*--version/);
    }
    expect(parseArgs(['--version']).command).toBe('version');
  });

  it('refuses -n for demo-server instead of ignoring it', () => {
    expect(() => parseArgs(['demo-server', '-n', 'foo'])).toThrowError(/-n does not apply to 'kilo-tui demo-server'/);
  });

  it('answers a subcommand\'s --help with that subcommand\'s help', () => {
    expect(parseArgs(['audit', '--help'])).toMatchObject({ command: 'help', helpTopic: 'audit' });
    expect(helpText('audit')).toMatch(/^kilo-tui audit/);
    expect(helpText('audit')).toContain('--plan');
    expect(helpText('demo-server')).toMatch(/^kilo-tui demo-server/);
    expect(parseArgs(['--help']).helpTopic).toBeUndefined();
  });
});
