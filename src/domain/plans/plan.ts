// A plan is plain data: what the user confirmed, one operation per object. Each operation carries
// its kubectl equivalent (argv, shell-quoted only when printed) and everything the executor needs
// to perform exactly what was previewed through the API.
import type { KindName, PodTemplateSpec } from '../resources.js';
import type { ServedResource } from '../servedResources.js';

export type ActionKind = 'delete' | 'rolloutUndo' | 'rolloutRestart' | 'scale' | 'setRevisionHistoryLimit' | 'setImage' | 'rolloutPause' | 'rolloutResume' | 'edit' | 'setResources';

/** The object an operation acts on, as it was when the plan was built. */
export interface TargetRef {
  kind: KindName;
  namespace: string;
  name: string;
  uid: string;
  /** resourceVersion seen at preview; deletes use it as a precondition. */
  resourceVersion: string;
  /** For a kind known through discovery (kind ServedObject): which one, so the write reaches its path. */
  resource?: ServedResource;
}

interface OperationBase {
  target: TargetRef;
  /** kubectl argv without the leading "kubectl"; printed with shell quoting by toKubectl.ts. */
  kubectlArgs: string[];
  /** Human note shown in the modal's impact area, e.g. "1 pod will be terminated". */
  impact?: string;
  /** Needs a second explicit confirmation (deleting a current-revision or non-empty ReplicaSet). */
  dangerous?: boolean;
}

export interface DeleteOperation extends OperationBase {
  action: 'delete';
}

export interface RolloutUndoOperation extends OperationBase {
  action: 'rolloutUndo';
  toRevision: number;
  /** The pod template of the revision's ReplicaSet, with the pod-template-hash label removed. */
  template: PodTemplateSpec;
}

export interface RolloutRestartOperation extends OperationBase {
  action: 'rolloutRestart';
  /** RFC 3339 time written to the kubectl.kubernetes.io/restartedAt template annotation. */
  restartedAt: string;
}

export interface ScaleOperation extends OperationBase {
  action: 'scale';
  replicas: number;
  /**
   * spec.replicas at preview: the write's precondition (kubectl's --current-replicas), so a scale
   * someone else made meanwhile (a person, an HPA) is not silently overwritten.
   */
  currentReplicas: number;
}

export interface SetRevisionHistoryLimitOperation extends OperationBase {
  action: 'setRevisionHistoryLimit';
  limit: number;
}

export interface SetImageOperation extends OperationBase {
  action: 'setImage';
  /** Only the containers whose image changes, in the template's order. */
  changes: { container: string; image: string; from: string }[];
}

export interface RolloutPauseOperation extends OperationBase {
  action: 'rolloutPause' | 'rolloutResume';
}

export interface EditOperation extends OperationBase {
  action: 'edit';
  /** The JSON merge patch of the user's changes, exactly as the kubectl line's -p. */
  patch: import('../edit/mergePatch.js').Json;
}

export interface SetResourcesOperation extends OperationBase {
  action: 'setResources';
  container: string;
  /** The limits set, as quantities kubectl writes them (`memory: 2560Mi`); other limits stay. */
  limits: Record<string, string>;
  /** The template's container names in order: kubectl's patch carries them as `$setElementOrder/containers`. */
  containerOrder: string[];
}

export type Operation =
  | DeleteOperation
  | RolloutUndoOperation
  | RolloutRestartOperation
  | ScaleOperation
  | SetRevisionHistoryLimitOperation
  | SetImageOperation
  | RolloutPauseOperation
  | EditOperation
  | SetResourcesOperation;

export interface Plan {
  action: ActionKind;
  /** e.g. "Delete 63 ReplicaSets" */
  title: string;
  /** The kubeconfig context the plan is for; named in commands only when it is not the current one. */
  context: string;
  namespace: string;
  operations: Operation[];
  /** What can go wrong or stop: shown first in the modal's impact area, marked ⚠. */
  warnings: string[];
  /** Reassuring or neutral information (e.g. "no running pods are affected"), shown after the warnings, not as one. */
  notes?: string[];
}

export type OperationOutcome =
  | 'deleted'
  | 'changed'
  | 'already gone'
  | 'changed since preview: skipped'
  | 'forbidden'
  | 'dry run ok'
  /** The write's answer was lost (timeout, reset, Ctrl-c) and a read could not show it done. */
  | 'unknown outcome'
  /** Not sent: the batch was cancelled (Esc) first. */
  | 'cancelled'
  | 'error';

export interface OperationResult {
  operation: Operation;
  outcome: OperationOutcome;
  /** For 'error' and 'forbidden': the server's message; for dry runs: what would happen. */
  message?: string;
}
