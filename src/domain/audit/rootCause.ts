// The one log line that explains a crash: the last exception or error line. Runtimes print the
// cause last (Python's traceback ends with it; Node and Go print it after the stack).

const ANSI = /\u001b\[[0-9;]*m/g;
const CAUSE = [
  /^(\w+\.)*\w*(Error|Exception|Exit)\b.*:/, // ModuleNotFoundError: ..., java.lang.IllegalStateException: ...
  /^Exception in thread /,
  /^panic: /,
  /^(fatal|FATAL|Fatal)\b/,
  /\b(ERROR|CRITICAL)\b/,
  /^Error\b/,
];
const NOT_A_CAUSE = /^Traceback \(most recent call last\)|^\s*at |^\s*File "/;

export function rootCauseLine(logText: string): string | undefined {
  const lines = logText.replace(ANSI, '').split(/\r?\n/).map((line) => line.trim());
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (line.length === 0 || NOT_A_CAUSE.test(line)) continue;
    if (CAUSE.some((pattern) => pattern.test(line))) return line;
  }
  return undefined;
}
