// The audit's vocabulary: findings with evidence and an optional fix plan, and the report that
// gathers them with the inventory tables the markdown and JSON renderers print.
import type { Plan } from '../plans/plan.js';
import type { ClusterSnapshot } from '../resources.js';

export type Severity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFO';

/** Most severe first; the order findings are reported in. */
export const SEVERITIES: readonly Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'];

export interface Finding {
  /** Stable across runs, e.g. `stuck-rollout/kilo-meds`, so tools can track a finding over time. */
  id: string;
  severity: Severity;
  title: string;
  /** The objects the finding is about, by uid. */
  subjectUids: string[];
  /** Lines of evidence, indented with two spaces for nesting. */
  evidence: string[];
  /** What kilo-tui can do about it, as an action plan. */
  plan?: Plan;
  /** Further steps no plan can take (fix the image, rebuild...). */
  advice?: string[];
}

export interface AuditOptions {
  /** The kubeconfig context audited and the current one; plans name --context only if they differ. */
  context: string;
  currentContext: string;
  /** A container restarting at least this often is reported; default 5. */
  restartThreshold?: number;
  /** More generic base images to flag, as repository names (`golang`) or prefixes ending in `:*`. */
  genericImages?: string[];
  /** What the revisionHistoryLimit fix sets; default 3. */
  targetRevisionHistoryLimit?: number;
}

/** Log-derived evidence, gathered by the caller (the domain does no I/O). */
export interface AuditLogs {
  /** Pod uid → the line that explains its crash, from rootCauseLine(). */
  rootCauseLines: Record<string, string>;
}

export type AuditRule = (snapshot: ClusterSnapshot, options: AuditOptions, logs?: AuditLogs) => Finding[];

export const DEFAULT_RESTART_THRESHOLD = 5;
export const DEFAULT_TARGET_REVISION_HISTORY_LIMIT = 3;

export interface StaleBreakdownRow {
  deployment: string;
  total: number;
  active: number;
  stale: number;
  /** Age of the oldest stale ReplicaSet; undefined when none is stale. */
  oldestStaleAgeMs?: number;
}

export interface DeploymentStatusRow {
  name: string;
  uid: string;
  image: string;
  /** rolloutStatus text: Available, Stuck: CrashLoopBackOff, ... */
  status: string;
  healthy: boolean;
  /** Age of the current revision's ReplicaSet (when it was last updated), else of the Deployment. */
  ageMs: number;
  restarts: number;
  notes: string[];
}

export interface ServiceRow {
  name: string;
  type: string;
  clusterIP?: string;
  /** `9004`, `80→30000` for NodePorts */
  ports: string[];
  runningPods: number;
}

export interface Recommendation {
  findingId: string;
  severity: Severity;
  title: string;
  /** Paste-ready kubectl lines. */
  commands: string[];
}

export interface AuditReport {
  namespace: string;
  context: string;
  /** Epoch ms of the snapshot the audit judged. */
  generatedAt: number;
  summary: {
    deployments: number;
    replicaSets: { total: number; active: number; stale: number };
    pods: { total: number; running: number; crashing: number };
    services: number;
  };
  health: { healthy: number; total: number; text: string; unhealthy: string[] };
  findings: Finding[];
  staleBreakdown: StaleBreakdownRow[];
  deploymentStatus: DeploymentStatusRow[];
  services: ServiceRow[];
  recommendations: Recommendation[];
}
