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
