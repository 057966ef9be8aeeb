// One realistic object of every registered kind, as the API server returns it (kind and
// apiVersion set). The registry-completeness test runs each kind's parts on its sample, so a
// new kind adds its sample here (the mapped type makes a missing one a type error too).
import type { KindName, ObjectOfKind } from '../../src/domain/resources.js';
import { deployment, kubeEvent, pod, replicaSet, service } from '../render/objectBuilders.js';

const dep = deployment('kilo-meds', { replicas: 1 });
const built = replicaSet(dep, 2, { replicas: 1 });
// As the API server insists, the template carries the selector's labels (the builder leaves the hash off).
const rs = { ...built, spec: { ...built.spec, template: { ...built.spec.template, metadata: { labels: { ...built.spec.selector.matchLabels } } } } };
const runningPod = pod(rs);

export const KIND_SAMPLES: { [K in KindName]: ObjectOfKind[K] } = {
  Deployment: dep,
  ReplicaSet: rs,
  Pod: runningPod,
  Service: service('kilo-meds'),
  Event: kubeEvent(runningPod, 'Started', 'Started container meds'),
};
