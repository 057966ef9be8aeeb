// What demo-fixtures/<namespace>/ loads into. Objects are Kubernetes JSON; behaviours say how
// the simulated kubelet runs each image.
import type { KubeObject } from '../domain/resources.js';

export interface Behaviour {
  /** Exact image reference this behaviour applies to, e.g. "kilo-meds:ai-brain-ocr-v2". */
  image: string;
  /** Lines printed when a container instance starts, in order, `startupIntervalMs` apart. */
  startup: string[];
  startupIntervalMs?: number;
  /** Lines printed repeatedly while running, cycling through `lines`, one every `intervalSeconds`. */
  every?: { intervalSeconds: number; lines: string[] };
  /** When set, the container exits this long after start (after printing startup) with this code. */
  exit?: { afterSeconds: number; code: number; reason?: string };
  /** CPU and memory a running instance uses over time (what metrics-server reports); a small idle process when absent. */
  usage?: UsageDeclaration;
}

/**
 * - cpu `idle`: a few percent of `millicores`' jitter around it; `steady`: ±10 %; `spiky`: a burst of
 *   3–6× every few scrapes (a batch job, a model inference).
 * - memory `steady`: ±2 % around `mebibytes`; `leak`: starts at `mebibytes` and grows by
 *   `leakMebibytesPerMinute` (simulated minutes, so --time-scale speeds it) until the container's
 *   memory limit, where the kubelet OOM-kills it (exit 137, reason OOMKilled).
 */
export interface UsageDeclaration {
  cpu: { pattern: 'idle' | 'steady' | 'spiky'; millicores: number };
  memory: { pattern: 'steady' | 'leak'; mebibytes: number; leakMebibytesPerMinute?: number };
}

export interface FixtureSet {
  namespace: string;
  /** Deployments, ReplicaSets, Pods, Services (and any Events), creationTimestamps resolved against "now". */
  objects: KubeObject[];
  behaviours: Behaviour[];
}

/** A fixture that cannot be loaded: the message names the file and the field. */
export class FixtureError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
  }
}
