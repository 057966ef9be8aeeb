// Objects from the API server are untrusted JSON. Before anything reads them they are admitted
// here, once: an object whose fields have the JSON types resources.ts declares passes as it is;
// an optional field of the wrong type is dropped (as if absent, which every reader must handle);
// an object missing what it cannot be shown or targeted without (metadata.name and .uid, and the
// fields the API itself requires) is refused, and the caller skips and counts it. Fields we do not
// read are kept untouched, so describe shows the object as the server sent it.
import type { ResourceKind } from './resources.js';

type Shape =
  | 'string'
  | 'number'
  | 'boolean'
  | 'intOrString'
  | { object: readonly (readonly [string, Field])[] }
  | { array: Shape }
  | { map: Shape };

interface Field {
  shape: Shape;
  required?: boolean;
}

const INVALID = Symbol('invalid');

const opt = (shape: Shape): Field => ({ shape });
const req = (shape: Shape): Field => ({ shape, required: true });
// Fields as a list, so admitting an object walks an array instead of its keys each time.
const obj = (fields: Record<string, Field>): Shape => ({ object: Object.entries(fields) });
const arr = (of: Shape): Shape => ({ array: of });
const strings: Shape = { map: 'string' };

const ownerReference = obj({ apiVersion: req('string'), kind: req('string'), name: req('string'), uid: req('string'), controller: opt('boolean'), blockOwnerDeletion: opt('boolean') });

const metadata = obj({
  name: req('string'),
  namespace: opt('string'),
  uid: req('string'),
  resourceVersion: opt('string'),
  generation: opt('number'),
  creationTimestamp: opt('string'),
  deletionTimestamp: opt('string'),
  labels: opt(strings),
  annotations: opt(strings),
  ownerReferences: opt(arr(ownerReference)),
});

const labelSelector = obj({
  matchLabels: opt(strings),
  matchExpressions: opt(arr(obj({ key: req('string'), operator: req('string'), values: opt(arr('string')) }))),
});

const container = obj({
  name: req('string'),
  image: req('string'),
  command: opt(arr('string')),
  args: opt(arr('string')),
  ports: opt(arr(obj({ name: opt('string'), containerPort: req('number'), protocol: opt('string') }))),
  env: opt(arr(obj({ name: req('string'), value: opt('string') }))),
  imagePullPolicy: opt('string'),
  resources: opt({ map: obj({}) }),
});

const podSpec = obj({
  containers: req(arr(container)),
  initContainers: opt(arr(container)),
  nodeName: opt('string'),
  restartPolicy: opt('string'),
  terminationGracePeriodSeconds: opt('number'),
});

const podTemplate = obj({
  metadata: opt(obj({ labels: opt(strings), annotations: opt(strings) })),
  spec: req(podSpec),
});

const condition = obj({
  type: req('string'),
  status: req('string'),
  reason: opt('string'),
  message: opt('string'),
  lastUpdateTime: opt('string'),
  lastTransitionTime: opt('string'),
});

const containerState = obj({
  waiting: opt(obj({ reason: opt('string'), message: opt('string') })),
  running: opt(obj({ startedAt: opt('string') })),
  terminated: opt(obj({ exitCode: req('number'), reason: opt('string'), message: opt('string'), startedAt: opt('string'), finishedAt: opt('string'), containerID: opt('string') })),
});

const containerStatus = obj({
  name: req('string'),
  image: req('string'),
  imageID: opt('string'),
  containerID: opt('string'),
  ready: req('boolean'),
  started: opt('boolean'),
  restartCount: req('number'),
  state: opt(containerState),
  lastState: opt(containerState),
});

const replicaCounts = {
  observedGeneration: opt('number'),
  replicas: opt('number'),
  updatedReplicas: opt('number'),
  readyReplicas: opt('number'),
  availableReplicas: opt('number'),
  unavailableReplicas: opt('number'),
  fullyLabeledReplicas: opt('number'),
} as const;

const SHAPES: Readonly<Record<ResourceKind, Shape>> = {
  Deployment: obj({
    metadata: req(metadata),
    spec: req(obj({
      replicas: opt('number'),
      selector: req(labelSelector),
      template: req(podTemplate),
      strategy: opt(obj({ type: opt('string'), rollingUpdate: opt(obj({ maxSurge: opt('intOrString'), maxUnavailable: opt('intOrString') })) })),
      revisionHistoryLimit: opt('number'),
      progressDeadlineSeconds: opt('number'),
      minReadySeconds: opt('number'),
      paused: opt('boolean'),
    })),
    status: opt(obj({ ...replicaCounts, conditions: opt(arr(condition)) })),
  }),
  ReplicaSet: obj({
    metadata: req(metadata),
    spec: req(obj({ replicas: opt('number'), selector: req(labelSelector), template: req(podTemplate), minReadySeconds: opt('number') })),
    status: opt(obj({ ...replicaCounts, conditions: opt(arr(condition)) })),
  }),
  Pod: obj({
    metadata: req(metadata),
    spec: req(podSpec),
    status: opt(obj({
      phase: opt('string'),
      conditions: opt(arr(condition)),
      hostIP: opt('string'),
      podIP: opt('string'),
      startTime: opt('string'),
      containerStatuses: opt(arr(containerStatus)),
      initContainerStatuses: opt(arr(containerStatus)),
      reason: opt('string'),
      message: opt('string'),
    })),
  }),
  Service: obj({
    metadata: req(metadata),
    spec: req(obj({
      type: opt('string'),
      clusterIP: opt('string'),
      clusterIPs: opt(arr('string')),
      selector: opt(strings),
      ports: opt(arr(obj({ name: opt('string'), protocol: opt('string'), port: req('number'), targetPort: opt('intOrString'), nodePort: opt('number') }))),
      sessionAffinity: opt('string'),
    })),
    status: opt({ map: obj({}) }),
  }),
  Event: obj({
    metadata: req(metadata),
    involvedObject: req(obj({ kind: opt('string'), name: opt('string'), namespace: opt('string'), uid: opt('string'), apiVersion: opt('string'), fieldPath: opt('string') })),
    reason: opt('string'),
    message: opt('string'),
    type: opt('string'),
    count: opt('number'),
    firstTimestamp: opt('string'),
    lastTimestamp: opt('string'),
    eventTime: opt('string'),
    source: opt(obj({ component: opt('string'), host: opt('string') })),
  }),
  Namespace: obj({
    metadata: req(metadata),
    spec: opt(obj({ finalizers: opt(arr('string')) })),
    status: opt(obj({ phase: opt('string') })),
  }),
};

const API_VERSIONS: Readonly<Record<ResourceKind, string>> = {
  Deployment: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Pod: 'v1',
  Service: 'v1',
  Event: 'v1',
  Namespace: 'v1',
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value with wrongly typed optional parts dropped (copied only where something changed), or INVALID. */
function admit(value: unknown, shape: Shape): unknown {
  switch (shape) {
    case 'string':
      return typeof value === 'string' ? value : INVALID;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : INVALID;
    case 'boolean':
      return typeof value === 'boolean' ? value : INVALID;
    case 'intOrString':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : INVALID;
  }
  if ('array' in shape) {
    if (!Array.isArray(value)) return INVALID;
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = admit(value[i], shape.array);
      if (item === value[i] && out === undefined) continue;
      out ??= value.slice(0, i);
      if (item !== INVALID) out.push(item);
    }
    return out ?? value;
  }
  if (!isPlainObject(value)) return INVALID;
  let out: Record<string, unknown> | undefined;
  if ('map' in shape) {
    for (const key of Object.keys(value)) {
      const entry = admit(value[key], shape.map);
      if (entry === value[key]) continue;
      out ??= { ...value };
      if (entry === INVALID) delete out[key];
      else out[key] = entry;
    }
    return out ?? value;
  }
  for (const [key, field] of shape.object) {
    const current = value[key];
    if (current === undefined || current === null) {
      if (field.required) return INVALID;
      if (current === null) {
        out ??= { ...value };
        delete out[key];
      }
      continue;
    }
    const admitted = admit(current, field.shape);
    if (admitted === current) continue;
    if (admitted === INVALID && field.required) return INVALID;
    out ??= { ...value };
    if (admitted === INVALID) delete out[key];
    else out[key] = admitted;
  }
  return out ?? value;
}

/**
 * The object as the rest of kilo-tui may read it, or undefined when it must be skipped.
 * `T` is the kind's type; the caller names it (the shape checked here is the one resources.ts declares).
 */
export function admitObject<T>(kind: ResourceKind, raw: unknown): T | undefined {
  const admitted = admit(raw, SHAPES[kind]) as Record<string, unknown> | typeof INVALID;
  if (admitted === INVALID) return undefined;
  // The list it came from says what it is (list items often omit kind and apiVersion): code that
  // switches on `kind` must see that, not whatever the item claims.
  const apiVersion = API_VERSIONS[kind];
  if (admitted.kind === kind && admitted.apiVersion === apiVersion) return admitted as T;
  return { ...admitted, kind, apiVersion } as T;
}

/** Admits each item of a list; `skipped` counts those that could not be. */
export function admitList<T>(kind: ResourceKind, items: readonly unknown[]): { items: T[]; skipped: number } {
  const admitted: T[] = [];
  for (const item of items) {
    const object = admitObject<T>(kind, item);
    if (object !== undefined) admitted.push(object);
  }
  return { items: admitted, skipped: items.length - admitted.length };
}
