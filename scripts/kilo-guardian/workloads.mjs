// Deployments and their ReplicaSets, one revision per ReplicaSet, as `kubectl get -o yaml` prints
// them at capture time.
import { podTemplateHash, uidFor } from './ids.mjs';
import { NAMESPACE } from './services.mjs';
import { agoMs, SECOND, stamp } from './time.mjs';
import { templateFor, withHashLabel } from './templates.mjs';

const hashOf = (rsName) => rsName.slice(rsName.lastIndexOf('-') + 1);

/**
 * When each revision's ReplicaSet was created (ms before capture): revision 1 at the report's
 * oldest age, the serving revision(s) at the deployment table's age, the rest spread evenly.
 */
function revisionAges(service) {
  const anchors = [[1, agoMs(service.oldest)]];
  if (service.previous) anchors.push([service.previous.revision, agoMs(service.previous.age)]);
  anchors.push([service.total, agoMs(service.active)]);
  const ages = [];
  for (let i = 0; i + 1 < anchors.length; i++) {
    const [fromRev, fromAge] = anchors[i];
    const [toRev, toAge] = anchors[i + 1];
    for (let rev = fromRev; rev < toRev; rev++) {
      const exact = fromAge - ((fromAge - toAge) * (rev - fromRev)) / (toRev - fromRev);
      // Whole seconds, offset a little so rollouts do not all land on round minutes.
      ages[rev - 1] = rev === fromRev ? exact : Math.round(exact / SECOND) * SECOND - ((rev * 37) % 60) * SECOND;
    }
  }
  ages[service.total - 1] = agoMs(service.active);
  return ages;
}

/** Names of the ReplicaSets that still own pods, by revision. */
function servingNames(service) {
  const names = new Map([[service.total, service.activeName]]);
  if (service.previous) names.set(service.previous.revision, service.previous.name);
  return names;
}

export function buildRevisions(service) {
  const ages = revisionAges(service);
  const serving = servingNames(service);
  const taken = new Set([...serving.values()].map(hashOf));
  return ages.map((createdMsAgo, index) => {
    const revision = index + 1;
    const template = templateFor(service, revision, createdMsAgo);
    const name = serving.get(revision) ?? `${service.name}-${podTemplateHash(template, taken)}`;
    taken.add(hashOf(name));
    return { revision, name, hash: hashOf(name), template, createdMsAgo, serving: serving.has(revision) };
  });
}

export function deploymentUid(service) {
  return uidFor(`Deployment/${service.name}`);
}

export function replicaSetObject(service, rev, resourceVersion) {
  const isNew = rev.revision === service.total;
  // A stuck new ReplicaSet has its pod but not a ready one.
  const ready = rev.serving && !(service.previous && isNew);
  const status = !rev.serving
    ? { observedGeneration: 2, replicas: 0 }
    : ready
      ? { availableReplicas: 1, fullyLabeledReplicas: 1, observedGeneration: 1, readyReplicas: 1, replicas: 1 }
      : { fullyLabeledReplicas: 1, observedGeneration: 1, replicas: 1 };
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      annotations: {
        'deployment.kubernetes.io/desired-replicas': '1',
        'deployment.kubernetes.io/max-replicas': '2',
        'deployment.kubernetes.io/revision': String(rev.revision),
      },
      creationTimestamp: stamp(rev.createdMsAgo),
      // Scaling a ReplicaSet down to 0 is a spec change: generation 2.
      generation: rev.serving ? 1 : 2,
      labels: { app: service.name, 'pod-template-hash': rev.hash },
      name: rev.name,
      namespace: NAMESPACE,
      ownerReferences: [
        { apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'Deployment', name: service.name, uid: deploymentUid(service) },
      ],
      resourceVersion: String(resourceVersion),
      uid: uidFor(`ReplicaSet/${rev.name}`),
    },
    spec: {
      replicas: rev.serving ? 1 : 0,
      selector: { matchLabels: { app: service.name, 'pod-template-hash': rev.hash } },
      template: withHashLabel(rev.template, rev.hash),
    },
    status,
  };
}

function conditionsFor(service, revisions) {
  const current = revisions[revisions.length - 1];
  if (service.previous) {
    const stable = revisions[service.previous.revision - 1];
    const deadline = stamp(current.createdMsAgo - 300 * SECOND);
    return [
      { lastTransitionTime: stamp(stable.createdMsAgo - 14 * SECOND), lastUpdateTime: stamp(stable.createdMsAgo - 14 * SECOND),
        message: 'Deployment has minimum availability.', reason: 'MinimumReplicasAvailable', status: 'True', type: 'Available' },
      { lastTransitionTime: deadline, lastUpdateTime: deadline,
        message: `ReplicaSet "${current.name}" has timed out progressing.`, reason: 'ProgressDeadlineExceeded', status: 'False', type: 'Progressing' },
    ];
  }
  const readyAt = stamp(current.createdMsAgo - 12 * SECOND);
  return [
    { lastTransitionTime: readyAt, lastUpdateTime: readyAt,
      message: 'Deployment has minimum availability.', reason: 'MinimumReplicasAvailable', status: 'True', type: 'Available' },
    { lastTransitionTime: stamp(revisions[0].createdMsAgo - 2 * SECOND), lastUpdateTime: readyAt,
      message: `ReplicaSet "${current.name}" has successfully progressed.`, reason: 'NewReplicaSetAvailable', status: 'True', type: 'Progressing' },
  ];
}

export function deploymentObject(service, revisions, resourceVersion) {
  const current = revisions[revisions.length - 1];
  const status = service.previous
    ? { availableReplicas: 1, readyReplicas: 1, replicas: 2, unavailableReplicas: 1, updatedReplicas: 1 }
    : { availableReplicas: 1, readyReplicas: 1, replicas: 1, updatedReplicas: 1 };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      annotations: { 'deployment.kubernetes.io/revision': String(current.revision) },
      creationTimestamp: stamp(revisions[0].createdMsAgo + SECOND),
      generation: service.total,
      labels: { app: service.name },
      name: service.name,
      namespace: NAMESPACE,
      resourceVersion: String(resourceVersion),
      uid: deploymentUid(service),
    },
    spec: {
      progressDeadlineSeconds: service.previous ? 300 : 600,
      replicas: 1,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { app: service.name } },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
      template: current.template,
    },
    status: { ...status, conditions: conditionsFor(service, revisions), observedGeneration: service.total },
  };
}
