// What the log buffer holds: sanitized lines, restart separators and notices, each tagged with
// the pod it came from so merged (Deployment / ReplicaSet) logs can be told apart.

export type LogEntryKind = 'line' | 'separator' | 'notice';

export interface LogEntry {
  kind: LogEntryKind;
  pod: string;
  /** RFC 3339 timestamp the server put in front of the line; shown only when `t` is on. */
  timestamp?: string;
  /** Sanitized: no control sequences, cut at the line limit. */
  text: string;
}

export type LogMode = 'previous' | 'current';

/** How much history to ask for: the last N lines, or everything written in the last N seconds. */
export type LogRange = { kind: 'tail'; lines: number } | { kind: 'since'; seconds: number };

/** What is being shown in the pane: one pod, or a Deployment / ReplicaSet's pods merged. */
export interface LogTarget {
  /** Display name: the pod, or e.g. `deploy/kilo-meds`. */
  title: string;
  pods: string[];
  /** Prefix lines with short pod names (stern style). */
  merged: boolean;
  /** The Deployment or ReplicaSet a merged target is of: pods it gains later join (a rollout's new pods). */
  follows?: { kind: 'Deployment' | 'ReplicaSet'; uid: string };
}

/** The termination that matters for a crashed or restarted container. */
export interface TerminationSummary {
  container: string;
  reason?: string;
  exitCode?: number;
  /** RFC 3339 */
  finishedAt?: string;
  restartCount: number;
  /** e.g. CrashLoopBackOff while the container waits to be started again. */
  waitingReason?: string;
}
