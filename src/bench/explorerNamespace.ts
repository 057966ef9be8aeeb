// A generated namespace the size of a busy cluster: many Deployments, each with a long
// ReplicaSet history (all but the newest stale) and its pods. Deterministic, so runs compare.
import type { Deployment, KubeObject, Pod, ReplicaSet } from '../domain/resources.js';
import { POD_TEMPLATE_HASH_LABEL, REVISION_ANNOTATION } from '../domain/resources.js';

export interface NamespaceShape {
  deployments: number;
  replicaSetsPerDeployment: number;
  podsPerDeployment: number;
  now: number;
}

/** 1,000 Deployments × 10 ReplicaSets and × 5 Pods: the 10,000 RS and 5,000 Pods. */
export const LARGE_NAMESPACE: Omit<NamespaceShape, 'now'> = { deployments: 1000, replicaSetsPerDeployment: 10, podsPerDeployment: 5 };

const NAMESPACE = 'bench';
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const hash = (n: number) => n.toString(36).padStart(9, 'x').slice(-9);

function template(app: string, revision: number, hashLabel: string) {
  return {
    metadata: { labels: { app, [POD_TEMPLATE_HASH_LABEL]: hashLabel } },
    spec: { containers: [{ name: app, image: `registry.example/${app}:r${revision}` }] },
  };
}

export function generateNamespace(shape: NamespaceShape): KubeObject[] {
  const objects: KubeObject[] = [];
  const created = iso(shape.now - 30 * DAY);
  for (let d = 0; d < shape.deployments; d++) {
    const app = `app-${String(d).padStart(4, '0')}`;
    const revisions = shape.replicaSetsPerDeployment;
    const dep: Deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: app, namespace: NAMESPACE, uid: `dep-${d}`, creationTimestamp: created, generation: revisions, annotations: { [REVISION_ANNOTATION]: String(revisions) } },
      spec: { replicas: shape.podsPerDeployment, selector: { matchLabels: { app } }, template: template(app, revisions, '') },
      status: { observedGeneration: revisions, replicas: shape.podsPerDeployment, updatedReplicas: shape.podsPerDeployment, readyReplicas: shape.podsPerDeployment, availableReplicas: shape.podsPerDeployment },
    };
    objects.push(dep);
    const owner = [{ apiVersion: 'apps/v1', kind: 'Deployment', name: app, uid: dep.metadata.uid, controller: true }];
    let current: ReplicaSet | undefined;
    for (let r = 1; r <= revisions; r++) {
      const hashLabel = hash(d * 100 + r);
      const newest = r === revisions;
      const replicas = newest ? shape.podsPerDeployment : 0;
      const rs: ReplicaSet = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${app}-${hashLabel}`, namespace: NAMESPACE, uid: `rs-${d}-${r}`, creationTimestamp: iso(shape.now - (revisions - r + 1) * DAY),
          labels: { app, [POD_TEMPLATE_HASH_LABEL]: hashLabel }, annotations: { [REVISION_ANNOTATION]: String(r) }, ownerReferences: owner,
        },
        spec: { replicas, selector: { matchLabels: { app, [POD_TEMPLATE_HASH_LABEL]: hashLabel } }, template: template(app, r, hashLabel) },
        status: { replicas, readyReplicas: replicas, availableReplicas: replicas },
      };
      objects.push(rs);
      if (newest) current = rs;
    }
    for (let p = 0; p < shape.podsPerDeployment; p++) objects.push(generatePod(current!, p, shape.now));
  }
  return objects;
}

function generatePod(rs: ReplicaSet, index: number, now: number): Pod {
  const container = rs.spec.template.spec.containers[0];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${rs.metadata.name}-p${index}`, namespace: NAMESPACE, uid: `pod-${rs.metadata.uid}-${index}`, creationTimestamp: iso(now - DAY),
      labels: rs.spec.template.metadata?.labels, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name, uid: rs.metadata.uid, controller: true }],
    },
    spec: { nodeName: `node-${index % 7}`, containers: [container] },
    status: {
      phase: 'Running',
      podIP: `10.0.${index % 250}.${index % 200}`,
      containerStatuses: [{ name: container.name, image: container.image, ready: true, restartCount: 0, state: { running: { startedAt: iso(now - DAY) } } }],
    },
  };
}

/** The same pod with one more restart: the shape of a typical MODIFIED event in a burst. */
export function withRestart(pod: Pod, now: number): Pod {
  const statuses = pod.status?.containerStatuses ?? [];
  return {
    ...pod,
    metadata: { ...pod.metadata, resourceVersion: String(now) },
    status: { ...pod.status, containerStatuses: statuses.map((s) => ({ ...s, restartCount: s.restartCount + 1, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: iso(now) } } })) },
  };
}
