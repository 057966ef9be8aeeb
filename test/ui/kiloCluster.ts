// A kilo-guardian-shaped cluster for UI tests, optionally padded to many rows.
import type { KubeObject } from '../../src/domain/resources.js';
import { DAY, MIN, deployment, kubeEvent, pod, replicaSet, service } from '../render/objectBuilders.js';

export function kiloCluster(extraDeployments = 0) {
  const meds = deployment('kilo-meds', { revision: 9, image: 'kilo-meds:ai-brain-ocr-v2' });
  const medsStale = [1, 2, 3].map((rev) => replicaSet(meds, rev, { age: (10 - rev) * DAY }));
  const medsOld = replicaSet(meds, 8, { replicas: 1, image: 'kilo-meds:cb1' });
  const medsNew = replicaSet(meds, 9, { replicas: 1, ready: 0, image: 'kilo-meds:ai-brain-ocr-v2', age: 7 * MIN });
  const crashing = pod(medsNew, { waiting: 'CrashLoopBackOff', restarts: 6, lastRestartAgo: 45_000 });
  const medsPod = pod(medsOld);
  const cam = deployment('kilo-cam', { revision: 2 });
  const camStale = replicaSet(cam, 1);
  const camCurrent = replicaSet(cam, 2, { replicas: 1 });
  const camPod = pod(camCurrent);
  const objects: KubeObject[] = [
    meds, ...medsStale, medsOld, medsNew, crashing, medsPod, cam, camStale, camCurrent, camPod,
    service('kilo-frontend', { type: 'NodePort', port: 80, nodePort: 30000 }),
    kubeEvent(crashing, 'BackOff', 'Back-off restarting failed container', { type: 'Warning' }),
  ];
  for (let i = 0; i < extraDeployments; i++) {
    const dep = deployment(`kilo-extra-${String(i).padStart(3, '0')}`, { revision: 2 });
    const rsOld = replicaSet(dep, 1);
    const rsNew = replicaSet(dep, 2, { replicas: 1 });
    objects.push(dep, rsOld, rsNew, pod(rsNew));
  }
  return { objects, meds, medsStale, medsOld, medsNew, crashing, medsPod, cam, camStale, camCurrent, camPod };
}
