// The JSON shapes of issue 11's built-in kinds, as builtinResources.ts declares them: what
// admitObject.ts checks every object from the server against (a kind's shape is part of its
// registry entry in kinds.ts).
import { arr, condition, labelSelector, metadata, obj, opt, podTemplate, req, strings, type Shape } from './objectShapes.js';

const objectReference = obj({ apiVersion: opt('string'), kind: opt('string'), namespace: opt('string'), name: opt('string'), uid: opt('string') });

export const daemonSetShape: Shape = obj({
  metadata: req(metadata),
  spec: req(obj({
    selector: req(labelSelector),
    template: req(podTemplate),
    updateStrategy: opt(obj({ type: opt('string'), rollingUpdate: opt(obj({ maxUnavailable: opt('intOrString'), maxSurge: opt('intOrString') })) })),
    minReadySeconds: opt('number'),
    revisionHistoryLimit: opt('number'),
  })),
  status: opt(obj({
    currentNumberScheduled: opt('number'),
    numberMisscheduled: opt('number'),
    desiredNumberScheduled: opt('number'),
    numberReady: opt('number'),
    updatedNumberScheduled: opt('number'),
    numberAvailable: opt('number'),
    numberUnavailable: opt('number'),
    observedGeneration: opt('number'),
    conditions: opt(arr(condition)),
  })),
});

const jobSpec = obj({
  template: req(podTemplate),
  selector: opt(labelSelector),
  parallelism: opt('number'),
  completions: opt('number'),
  backoffLimit: opt('number'),
  activeDeadlineSeconds: opt('number'),
  ttlSecondsAfterFinished: opt('number'),
  suspend: opt('boolean'),
  completionMode: opt('string'),
  manualSelector: opt('boolean'),
});

export const jobShape: Shape = obj({
  metadata: req(metadata),
  spec: req(jobSpec),
  status: opt(obj({
    active: opt('number'),
    succeeded: opt('number'),
    failed: opt('number'),
    ready: opt('number'),
    terminating: opt('number'),
    startTime: opt('string'),
    completionTime: opt('string'),
    conditions: opt(arr(condition)),
  })),
});

export const cronJobShape: Shape = obj({
  metadata: req(metadata),
  spec: req(obj({
    schedule: req('string'),
    jobTemplate: req(obj({ metadata: opt(obj({ labels: opt(strings), annotations: opt(strings) })), spec: req(jobSpec) })),
    timeZone: opt('string'),
    suspend: opt('boolean'),
    concurrencyPolicy: opt('string'),
    startingDeadlineSeconds: opt('number'),
    successfulJobsHistoryLimit: opt('number'),
    failedJobsHistoryLimit: opt('number'),
  })),
  status: opt(obj({ active: opt(arr(objectReference)), lastScheduleTime: opt('string'), lastSuccessfulTime: opt('string') })),
});

export const configMapShape: Shape = obj({ metadata: req(metadata), data: opt(strings), binaryData: opt(strings), immutable: opt('boolean') });

export const secretShape: Shape = obj({ metadata: req(metadata), type: opt('string'), data: opt(strings), stringData: opt(strings), immutable: opt('boolean') });

export const serviceAccountShape: Shape = obj({
  metadata: req(metadata),
  secrets: opt(arr(objectReference)),
  imagePullSecrets: opt(arr(obj({ name: opt('string') }))),
  automountServiceAccountToken: opt('boolean'),
});

export const persistentVolumeClaimShape: Shape = obj({
  metadata: req(metadata),
  spec: req(obj({
    accessModes: opt(arr('string')),
    resources: opt(obj({ requests: opt(strings), limits: opt(strings) })),
    volumeName: opt('string'),
    storageClassName: opt('string'),
    volumeMode: opt('string'),
    volumeAttributesClassName: opt('string'),
  })),
  status: opt(obj({ phase: opt('string'), accessModes: opt(arr('string')), capacity: opt(strings), conditions: opt(arr(condition)) })),
});

export const persistentVolumeShape: Shape = obj({
  metadata: req(metadata),
  spec: req(obj({
    capacity: opt(strings),
    accessModes: opt(arr('string')),
    persistentVolumeReclaimPolicy: opt('string'),
    claimRef: opt(objectReference),
    storageClassName: opt('string'),
    volumeMode: opt('string'),
    volumeAttributesClassName: opt('string'),
    hostPath: opt(obj({ path: req('string'), type: opt('string') })),
    local: opt(obj({ path: req('string') })),
  })),
  status: opt(obj({ phase: opt('string'), reason: opt('string'), message: opt('string') })),
});

const ingressBackend = obj({
  service: opt(obj({ name: req('string'), port: opt(obj({ name: opt('string'), number: opt('number') })) })),
  resource: opt(obj({ apiGroup: opt('string'), kind: req('string'), name: req('string') })),
});

export const ingressShape: Shape = obj({
  metadata: req(metadata),
  spec: opt(obj({
    ingressClassName: opt('string'),
    defaultBackend: opt(ingressBackend),
    tls: opt(arr(obj({ hosts: opt(arr('string')), secretName: opt('string') }))),
    rules: opt(arr(obj({
      host: opt('string'),
      http: opt(obj({ paths: req(arr(obj({ path: opt('string'), pathType: req('string'), backend: req(ingressBackend) }))) })),
    }))),
  })),
  status: opt(obj({ loadBalancer: opt(obj({ ingress: opt(arr(obj({ ip: opt('string'), hostname: opt('string') }))) })) })),
});

const metricTarget = obj({ type: req('string'), value: opt('intOrString'), averageValue: opt('intOrString'), averageUtilization: opt('number') });
const metricValue = obj({ value: opt('intOrString'), averageValue: opt('intOrString'), averageUtilization: opt('number') });
const namedMetric = obj({ metric: req(obj({ name: req('string') })), target: req(metricTarget) });

export const horizontalPodAutoscalerShape: Shape = obj({
  metadata: req(metadata),
  spec: req(obj({
    scaleTargetRef: req(obj({ apiVersion: opt('string'), kind: req('string'), name: req('string') })),
    minReplicas: opt('number'),
    maxReplicas: req('number'),
    metrics: opt(arr(obj({
      type: req('string'),
      resource: opt(obj({ name: req('string'), target: req(metricTarget) })),
      containerResource: opt(obj({ name: req('string'), container: req('string'), target: req(metricTarget) })),
      pods: opt(namedMetric),
      object: opt(namedMetric),
      external: opt(namedMetric),
    }))),
  })),
  status: opt(obj({
    currentReplicas: opt('number'),
    desiredReplicas: opt('number'),
    lastScaleTime: opt('string'),
    observedGeneration: opt('number'),
    currentMetrics: opt(arr(obj({ type: req('string'), resource: opt(obj({ name: req('string'), current: req(metricValue) })) }))),
    conditions: opt(arr(condition)),
  })),
});
