// argv → options, pure, so every flag combination is tested without starting anything.

export type Command = 'tui' | 'audit' | 'verify' | 'demo-server' | 'help' | 'version';

export interface CliOptions {
  command: Command;
  kubeconfig?: string;
  context?: string;
  namespace?: string;
  /** -A / --all-namespaces: every namespace, with a NAMESPACE column. */
  allNamespaces: boolean;
  readonly: boolean;
  demo: boolean;
  logLines: number;
  format: 'md' | 'json';
  plan: boolean;
  port: number;
  fixtures?: string;
  kubeconfigOut?: string;
  /** demo-server's fault mode, e.g. `fault=503,method=DELETE,times=1` (see README). */
  faults?: string;
  /** Divides the demo cluster's back-off and deadlines so a crash loop is seen within seconds. */
  timeScale: number;
  /** --no-metrics: the demo runs without metrics-server (metrics.k8s.io not served). */
  noMetrics?: boolean;
  /** `help`: the command whose help was asked for (`kilo-tui audit --help`). */
  helpTopic?: Command;
}

export class UsageError extends Error {}

const VALUE_FLAGS: Record<string, keyof CliOptions> = {
  '--kubeconfig': 'kubeconfig',
  '--context': 'context',
  '-n': 'namespace',
  '--namespace': 'namespace',
  '--log-lines': 'logLines',
  '--format': 'format',
  '-o': 'format',
  '--port': 'port',
  '--fixtures': 'fixtures',
  '--kubeconfig-out': 'kubeconfigOut',
  '--time-scale': 'timeScale',
  '--faults': 'faults',
};

const BOOLEAN_FLAGS: Record<string, keyof CliOptions> = {
  '--readonly': 'readonly',
  '--demo': 'demo',
  '--plan': 'plan',
  '--no-metrics': 'noMetrics',
  '-A': 'allNamespaces',
  '--all-namespaces': 'allNamespaces',
};

const COMMANDS: Command[] = ['audit', 'verify', 'demo-server'];

/** Flags each command accepts beyond the connection ones; anything else is a usage error. */
const COMMAND_FLAGS: Record<Command, (keyof CliOptions)[]> = {
  tui: ['kubeconfig', 'context', 'namespace', 'allNamespaces', 'readonly', 'demo', 'logLines', 'timeScale', 'noMetrics'],
  audit: ['kubeconfig', 'context', 'namespace', 'demo', 'format', 'plan', 'timeScale', 'noMetrics'],
  verify: ['kubeconfig', 'context', 'namespace', 'demo', 'format', 'timeScale', 'noMetrics'],
  'demo-server': ['port', 'fixtures', 'kubeconfigOut', 'timeScale', 'faults', 'noMetrics'],
  help: [],
  version: [],
};

function positiveInt(flag: string, text: string, min = 0): number {
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`${flag} needs a whole number${min ? ` of at least ${min}` : ''}, got '${text}'`);
  return Number(text);
}

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { command: 'tui', allNamespaces: false, readonly: false, demo: false, logLines: 10_000, format: 'md', plan: false, port: 0, timeScale: 10 };
  const seen = new Set<keyof CliOptions>();
  const args = [...argv];
  if (args[0] && COMMANDS.includes(args[0] as Command)) options.command = args.shift() as Command;

  while (args.length) {
    const arg = args.shift()!;
    if (arg === '-h' || arg === '--help' || arg === 'help') return { ...options, command: 'help', helpTopic: options.command === 'tui' ? undefined : options.command };
    if (arg === '--version' || arg === 'version') return { ...options, command: 'version' };
    // pflag's forms, as kubectl accepts them: --flag=value and -f=value as well as -f value.
    const [flag, inline] = arg.startsWith('-') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    // kubectl's -v is log verbosity; taking it for "version" would surprise, and a silent no-op would too.
    if (flag === '-v' || flag === '--v') throw new UsageError(`${flag} is kubectl's log verbosity, which kilo-tui does not have (the version is --version)`);
    if (flag in BOOLEAN_FLAGS) {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
      const key = BOOLEAN_FLAGS[flag];
      (options as unknown as Record<string, unknown>)[key] = true;
      seen.add(key);
      continue;
    }
    if (flag in VALUE_FLAGS) {
      const value = inline ?? args.shift();
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
      const key = VALUE_FLAGS[flag];
      seen.add(key);
      switch (key) {
        case 'logLines':
          options.logLines = positiveInt(flag, value, 100);
          break;
        case 'port':
          options.port = positiveInt(flag, value);
          if (options.port > 65535) throw new UsageError(`--port must be at most 65535, got ${value}`);
          break;
        case 'timeScale':
          options.timeScale = positiveInt(flag, value, 1);
          break;
        case 'format':
          if (value !== 'md' && value !== 'json' && value !== 'markdown') throw new UsageError(`--format must be md or json, got '${value}'`);
          options.format = value === 'json' ? 'json' : 'md';
          break;
        default:
          (options as unknown as Record<string, unknown>)[key] = value;
      }
      continue;
    }
    if (arg.startsWith('-')) throw new UsageError(`unknown flag '${arg}' (see kilo-tui --help)`);
    throw new UsageError(`unexpected argument '${arg}' (see kilo-tui --help)`);
  }

  const allowed = COMMAND_FLAGS[options.command];
  for (const key of seen) {
    if (!allowed.includes(key)) {
      const flag = Object.entries({ ...VALUE_FLAGS, ...BOOLEAN_FLAGS }).find(([, k]) => k === key)![0];
      throw new UsageError(`${flag} does not apply to ${options.command === 'tui' ? 'the TUI' : `'kilo-tui ${options.command}'`}`);
    }
  }
  if (options.allNamespaces && options.namespace !== undefined) throw new UsageError('-A shows every namespace: drop -n (or drop -A)');
  if (options.demo && (options.kubeconfig || options.context)) throw new UsageError('--demo starts its own cluster: drop --kubeconfig and --context');
  if (options.noMetrics && options.command !== 'demo-server' && !options.demo) throw new UsageError('--no-metrics applies to the demo cluster: add --demo');
  return options;
}

const AUDIT_HELP = `kilo-tui audit — the namespace's audit as Markdown, JSON or a fix script

Usage:
  kilo-tui audit [--kubeconfig FILE] [--context NAME] [-n NS] [--demo] [--format md|json] [--plan]

  --kubeconfig FILE   kubeconfig to use instead of $KUBECONFIG or ~/.kube/config
  --context NAME      context to use instead of the current one
  -n, --namespace NS  namespace (default: the context's namespace, else "default")
  --demo              audit the embedded simulated cluster
  --format md|json    output format (default md; -o is the same)
  --plan              print every finding's fix as one bash script (bash fix.sh --dry-run=server rehearses it)

Exit codes: 0 nothing above LOW, 1 a HIGH or MEDIUM finding, 3 a CRITICAL one,
2 usage or connection error (a namespace that does not exist included).
`;

const VERIFY_HELP = `kilo-tui verify — the audit report's verification checklist, computed from the namespace

Usage:
  kilo-tui verify [--kubeconfig FILE] [--context NAME] [-n NS] [--demo] [--format md|json]

Items: all pods running and ready (no CrashLoopBackOff); each Deployment's pods run its template's
images; at most one active ReplicaSet per Deployment plus what revisionHistoryLimit keeps; every
Service selects at least one ready endpoint; no orphaned ReplicaSets, Pods or Services; no rollout
in progress or stuck.

Exit codes: 0 every item passes, 1 an item fails, 2 usage or connection error.
`;

const DEMO_SERVER_HELP = `kilo-tui demo-server — the simulated Kubernetes API server, until Ctrl-C

Usage:
  kilo-tui demo-server [--port N] [--fixtures DIR] [--kubeconfig-out FILE] [--time-scale N] [--faults SPEC] [--no-metrics]

  --port N            port on 127.0.0.1 (default: any free port)
  --fixtures DIR      fixture folder (default: the bundled kilo-guardian, kilo-data and kube-system)
  --kubeconfig-out F  where to write the kubeconfig for kubectl
  --time-scale N      divide back-off and deadlines by N (default 10)
  --faults SPEC       inject API failures, e.g. 'fault=403,path=/api/v1/namespaces/*/services' (README: Faults)
  --no-metrics        run without metrics-server (metrics.k8s.io is not served)
`;

/** The help for a command (`kilo-tui audit --help`), or the global help. */
export function helpText(topic?: Command): string {
  if (topic === 'audit') return AUDIT_HELP;
  if (topic === 'verify') return VERIFY_HELP;
  if (topic === 'demo-server') return DEMO_SERVER_HELP;
  return HELP_TEXT;
}

export const HELP_TEXT = `kilo-tui — a k9s-style terminal UI for Kubernetes

Usage:
  kilo-tui [--kubeconfig FILE] [--context NAME] [-n NS | -A] [--readonly] [--log-lines N]
  kilo-tui --demo [--readonly]          the TUI on an embedded simulated cluster (no cluster needed)
  kilo-tui audit [connection flags] [--demo] [--format md|json] [--plan]
  kilo-tui verify [connection flags] [--demo] [--format md|json]   the verification checklist (exit 0 all pass, 1 not)
  kilo-tui demo-server [--port N] [--fixtures DIR] [--kubeconfig-out FILE] [--faults SPEC]

Connection flags (resolved as kubectl does; KUBECONFIG may list several files):
  --kubeconfig FILE   kubeconfig to use instead of $KUBECONFIG or ~/.kube/config
  --context NAME      context to use instead of the current one
  -n, --namespace NS  namespace (default: the one last used in the context, else the context's, else "default")
  -A, --all-namespaces  every namespace, with a NAMESPACE column (the TUI)

On a k3s host with no kubeconfig, /etc/rancher/k3s/k3s.yaml is used when readable.

Options:
  --readonly          disable every action that changes the cluster
  --log-lines N       lines kept per log view (ring buffer, default 10000)
  --format md|json    audit output format (default md)
  --plan              audit: print the recommended fixes as a shell script
  --port N            demo-server: port on 127.0.0.1 (default: any free port)
  --fixtures DIR      demo-server: fixture folder (default: the bundled kilo-guardian, kilo-data and kube-system)
  --kubeconfig-out F  demo-server: where to write its kubeconfig
  --faults SPEC       demo-server: inject failures, e.g. 'fault=429,retry-after=2,method=DELETE'
  --time-scale N      demo: divide back-off and deadlines by N (default 10)
  --no-metrics        demo: run the cluster without metrics-server
  -h, --help          this help
  --version           the version

Audit exit codes: 0 nothing above LOW, 1 a HIGH or MEDIUM finding, 3 a CRITICAL one, 2 usage or connection error.
In the TUI press ? for every key.
`;
