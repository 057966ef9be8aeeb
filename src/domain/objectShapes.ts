// The JSON shapes of the kinds kilo-tui reads, as resources.ts declares them: what admitObject.ts
// checks every object from the server against. A field is required only where the API server
// refuses to store an object without it or always sets it; a kind's shape is part of its registry
// entry (kinds.ts).

export type Shape =
  | 'string'
  | 'number'
  | 'boolean'
  | 'intOrString'
  | { object: readonly (readonly [string, Field])[] }
  | { array: Shape }
  | { map: Shape };

export interface Field {
  shape: Shape;
  required?: boolean;
}

export const opt = (shape: Shape): Field => ({ shape });
export const req = (shape: Shape): Field => ({ shape, required: true });
// Fields as a list, so admitting an object walks an array instead of its keys each time.
export const obj = (fields: Record<string, Field>): Shape => ({ object: Object.entries(fields) });
export const arr = (of: Shape): Shape => ({ array: of });
export const strings: Shape = { map: 'string' };

export const ownerReference = obj({ apiVersion: req('string'), kind: req('string'), name: req('string'), uid: req('string'), controller: opt('boolean'), blockOwnerDeletion: opt('boolean') });

export const metadata = obj({
  name: req('string'),
  generateName: opt('string'),
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

export const labelSelector = obj({
  matchLabels: opt(strings),
  matchExpressions: opt(arr(obj({ key: req('string'), operator: req('string'), values: opt(arr('string')) }))),
});

export const container = obj({
  name: req('string'),
  image: req('string'),
  command: opt(arr('string')),
  args: opt(arr('string')),
  ports: opt(arr(obj({ name: opt('string'), containerPort: req('number'), protocol: opt('string') }))),
  env: opt(arr(obj({ name: req('string'), value: opt('string') }))),
  imagePullPolicy: opt('string'),
  resources: opt({ map: obj({}) }),
});

export const podSpec = obj({
  containers: req(arr(container)),
  initContainers: opt(arr(container)),
  nodeName: opt('string'),
  restartPolicy: opt('string'),
  terminationGracePeriodSeconds: opt('number'),
});

export const podTemplate = obj({
  metadata: opt(obj({ labels: opt(strings), annotations: opt(strings) })),
  spec: req(podSpec),
});

export const condition = obj({
  type: req('string'),
  status: req('string'),
  reason: opt('string'),
  message: opt('string'),
  lastUpdateTime: opt('string'),
  lastTransitionTime: opt('string'),
});

export const containerState = obj({
  waiting: opt(obj({ reason: opt('string'), message: opt('string') })),
  running: opt(obj({ startedAt: opt('string') })),
  terminated: opt(obj({ exitCode: req('number'), reason: opt('string'), message: opt('string'), startedAt: opt('string'), finishedAt: opt('string'), containerID: opt('string') })),
});

export const containerStatus = obj({
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

export const replicaCounts = {
  observedGeneration: opt('number'),
  replicas: opt('number'),
  updatedReplicas: opt('number'),
  readyReplicas: opt('number'),
  availableReplicas: opt('number'),
  unavailableReplicas: opt('number'),
  fullyLabeledReplicas: opt('number'),
} as const;

export const deploymentShape: Shape = obj({
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
});

export const replicaSetShape: Shape = obj({
  metadata: req(metadata),
  spec: req(obj({ replicas: opt('number'), selector: req(labelSelector), template: req(podTemplate), minReadySeconds: opt('number') })),
  status: opt(obj({ ...replicaCounts, conditions: opt(arr(condition)) })),
});

export const podShape: Shape = obj({
  metadata: req(metadata),
  spec: req(podSpec),
  status: opt(obj({
    phase: opt('string'),
    conditions: opt(arr(condition)),
    hostIP: opt('string'),
    hostIPs: opt(arr(obj({ ip: opt('string') }))),
    podIP: opt('string'),
    podIPs: opt(arr(obj({ ip: opt('string') }))),
    startTime: opt('string'),
    containerStatuses: opt(arr(containerStatus)),
    initContainerStatuses: opt(arr(containerStatus)),
    reason: opt('string'),
    message: opt('string'),
  })),
});

export const serviceShape: Shape = obj({
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
});

export const eventShape: Shape = obj({
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
});

export const namespaceShape: Shape = obj({
  metadata: req(metadata),
  spec: opt(obj({ finalizers: opt(arr('string')) })),
  status: opt(obj({ phase: opt('string') })),
});

export const nodeShape: Shape = obj({
  metadata: req(metadata),
  spec: opt(obj({
    podCIDR: opt('string'),
    podCIDRs: opt(arr('string')),
    providerID: opt('string'),
    unschedulable: opt('boolean'),
    taints: opt(arr(obj({ key: req('string'), value: opt('string'), effect: req('string') }))),
  })),
  status: opt(obj({
    capacity: opt(strings),
    allocatable: opt(strings),
    conditions: opt(arr(obj({ type: req('string'), status: req('string'), reason: opt('string'), message: opt('string'), lastHeartbeatTime: opt('string'), lastTransitionTime: opt('string') }))),
    addresses: opt(arr(obj({ type: req('string'), address: req('string') }))),
    nodeInfo: opt(obj({
      architecture: opt('string'), containerRuntimeVersion: opt('string'), kernelVersion: opt('string'), kubeletVersion: opt('string'),
      kubeProxyVersion: opt('string'), operatingSystem: opt('string'), osImage: opt('string'), machineID: opt('string'), systemUUID: opt('string'), bootID: opt('string'),
    })),
  })),
});

/** kube/ builds these from the server's Table rows; the object and the cells are the server's, read defensively. */
export const servedObjectShape: Shape = obj({
  metadata: req(metadata),
  resource: req(obj({
    group: req('string'), version: req('string'), plural: req('string'), singular: req('string'), kind: req('string'), namespaced: req('boolean'),
    shortNames: req(arr('string')), categories: req(arr('string')), verbs: req(arr('string')),
  })),
  columns: req(arr(obj({ name: req('string'), type: req('string'), format: opt('string'), priority: opt('number'), description: opt('string') }))),
  object: req(obj({ apiVersion: opt('string'), kind: opt('string') })),
});

const printerColumn = obj({ name: req('string'), type: req('string'), jsonPath: req('string'), description: opt('string'), format: opt('string'), priority: opt('number') });

export const customResourceDefinitionShape: Shape = obj({
  metadata: req(metadata),
  spec: req(obj({
    group: req('string'),
    names: req(obj({ plural: req('string'), kind: req('string'), singular: opt('string'), listKind: opt('string'), shortNames: opt(arr('string')), categories: opt(arr('string')) })),
    scope: req('string'),
    versions: req(arr(obj({ name: req('string'), served: req('boolean'), storage: req('boolean'), deprecated: opt('boolean'), additionalPrinterColumns: opt(arr(printerColumn)) }))),
  })),
  status: opt(obj({ conditions: opt(arr(condition)), storedVersions: opt(arr('string')) })),
});
