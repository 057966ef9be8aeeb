// The rollout view's text, as lines with a tone, from a RolloutProgress and the clock: pure, so
// the view is a list of Text rows and tests read exactly what the user reads.
import { formatAge } from '../../../domain/age.js';
import type { RolloutFailure, RolloutProgress } from '../../../domain/rolloutProgress.js';
import { sanitizeLine } from '../../../text/sanitize.js';

export type Tone = 'plain' | 'dim' | 'ok' | 'danger' | 'warn' | 'bold';

export interface RolloutLine {
  text: string;
  tone: Tone;
}

/** "4m52s", "38s", "1h2m": what is left of the progress deadline. */
export function countdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${minutes % 60}m`;
}

/** The guard: what stops the rollout, then its root cause (the pull message or the crash's last error line). */
export function failureText(failure: RolloutFailure, rootCause: string | undefined): { headline: string; cause?: string } {
  switch (failure.type) {
    case 'imagePull':
      return { headline: `${failure.reason}: pod ${failure.pod.metadata.name} cannot pull ${failure.image}`, cause: failure.message };
    case 'crashLoop':
      return { headline: `${failure.reason}: pod ${failure.pod.metadata.name}, container ${failure.container} (${failure.restarts} restarts)`, cause: rootCause ?? '(reading the crashed container\'s log…)' };
    case 'deadline':
      return { headline: 'ProgressDeadlineExceeded', cause: failure.message };
  }
}

/** Cuts `text` into pieces of at most `width` characters, at spaces where it can. */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const space = rest.lastIndexOf(' ', width);
    const cut = space > width / 2 ? space : width;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

const line = (text: string, tone: Tone = 'plain'): RolloutLine => ({ text: sanitizeLine(text), tone });

export function rolloutLines(progress: RolloutProgress, now: number, rootCause?: string, width = 120): RolloutLine[] {
  const out: RolloutLine[] = [];
  const fences = progress.strategy === 'Recreate'
    ? 'Recreate (all old pods go before new ones start)'
    : `RollingUpdate · maxSurge ${progress.maxSurge?.spec} (${progress.maxSurge?.pods} pod${progress.maxSurge?.pods === 1 ? '' : 's'}) · maxUnavailable ${progress.maxUnavailable?.spec} (${progress.maxUnavailable?.pods} pod${progress.maxUnavailable?.pods === 1 ? '' : 's'})`;
  out.push(line(`deployment/${progress.name} · revision ${progress.revision} · ${progress.desired} desired · ${fences}`, 'bold'));
  out.push(line(progress.statusLine, progress.verdict.state === 'complete' ? 'ok' : progress.verdict.state === 'failed' ? 'danger' : 'plain'));
  const rs = progress.newReplicaSet;
  out.push(rs
    ? line(`New ReplicaSet ${rs.name}: ${rs.ready}/${rs.desired} ready, ${rs.available} available, ${rs.current} pods · ${rs.images.join(', ')}`)
    : line('New ReplicaSet: not created yet', 'dim'));
  if (progress.oldReplicaSets.length === 0) out.push(line('Old ReplicaSets: none with pods', 'dim'));
  for (const old of progress.oldReplicaSets) {
    const to = old.desired < old.current ? `scaling down to ${old.desired}` : old.desired === 0 ? 'pods terminating' : 'kept until new pods are available';
    out.push(line(`Old ReplicaSet ${old.name} (revision ${old.revision}): ${old.current} pods, ${old.ready} ready · ${to}`, 'dim'));
  }
  out.push(line(''));
  out.push(line(progress.newPods.length ? 'Pods of the new ReplicaSet:' : 'Pods of the new ReplicaSet: none yet', 'bold'));
  for (const pod of progress.newPods) {
    const age = pod.createdAt === undefined ? '?' : formatAge(now - pod.createdAt);
    const tone: Tone = pod.status === 'Running' && pod.ready.split('/')[0] === pod.ready.split('/')[1] ? 'ok' : /BackOff|Err|Error|Crash/.test(pod.status) ? 'danger' : 'plain';
    out.push(line(`  ${pod.name}  ${pod.status}  ${pod.ready} ready  ${pod.restarts} restarts  ${age}`, tone));
  }
  out.push(line(''));
  const { deadline } = progress;
  if (progress.verdict.state === 'complete') out.push(line(`Progress deadline ${deadline.seconds}s: met`, 'dim'));
  else if (deadline.exceeded) out.push(line(`Progress deadline ${deadline.seconds}s: exceeded`, 'danger'));
  else if (progress.verdict.state === 'paused') out.push(line(`Progress deadline ${deadline.seconds}s: not counted while paused`, 'dim'));
  else if (deadline.endsAt !== undefined) out.push(line(`Progress deadline ${deadline.seconds}s: ${countdown(deadline.endsAt - now)} left`, deadline.endsAt - now < 60_000 ? 'warn' : 'plain'));
  else out.push(line(`Progress deadline ${deadline.seconds}s`, 'dim'));
  out.push(line('Conditions:', 'bold'));
  if (progress.conditions.length === 0) out.push(line('  none reported yet', 'dim'));
  for (const c of progress.conditions) out.push(line(`  ${c.type} ${c.status}${c.reason ? ` ${c.reason}` : ''}${c.message ? `: ${c.message}` : ''}`, c.status === 'True' ? 'plain' : 'warn'));
  // The verdict goes under the status line: on a short terminal the guard is never the part cut off.
  out.splice(2, 0, ...verdictLines(progress, rootCause, width), line(''));
  return out;
}

function verdictLines(progress: RolloutProgress, rootCause: string | undefined, width: number): RolloutLine[] {
  const out: RolloutLine[] = [];
  switch (progress.verdict.state) {
    case 'complete':
      out.push(line(`✔ deployment "${progress.name}" successfully rolled out`, 'ok'));
      break;
    case 'paused':
      out.push(line('⏸ paused: the rollout waits (p resumes: kubectl rollout resume)', 'warn'));
      break;
    case 'progressing':
      out.push(line('… rolling out', 'dim'));
      break;
    case 'failed': {
      const { headline, cause } = failureText(progress.verdict.failure, rootCause);
      out.push(line(`✘ rollout failed: ${headline}`, 'danger'));
      for (const piece of cause ? wrapText(sanitizeLine(cause), Math.max(20, width - 4)) : []) out.push(line(`  ${piece}`, 'danger'));
      out.push(line('u: roll back to the previous revision (preview first) · p: pause · l: logs', 'bold'));
      break;
    }
  }
  return out;
}
