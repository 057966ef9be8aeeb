// The events a real cluster would still hold at capture time (the API server keeps them for an
// hour): the stuck kilo-meds rollout and its crash-looping pod. `kubectl describe` and the TUI's
// events view show them from the start; the simulated kubelet adds to them as the loop goes on.
import { uidFor } from './ids.mjs';
import { NAMESPACE, NODE_NAME } from './services.mjs';
import { MINUTE, SECOND, stamp } from './time.mjs';
import { containerName } from './templates.mjs';

function event(involved, { reason, message, type = 'Normal', count = 1, firstAgo, lastAgo = firstAgo, component, resourceVersion }) {
  const name = `${involved.metadata.name}.${uidFor(`event/${involved.metadata.name}/${reason}`).replace(/-/g, '').slice(0, 16)}`;
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: NAMESPACE, uid: uidFor(`event/${name}`), resourceVersion: String(resourceVersion), creationTimestamp: stamp(firstAgo) },
    involvedObject: {
      apiVersion: involved.apiVersion,
      kind: involved.kind,
      name: involved.metadata.name,
      namespace: NAMESPACE,
      uid: involved.metadata.uid,
      ...(involved.kind === 'Pod' ? { fieldPath: `spec.containers{${involved.spec.containers[0].name}}` } : {}),
    },
    reason,
    message,
    type,
    count,
    firstTimestamp: stamp(firstAgo),
    lastTimestamp: stamp(lastAgo),
    source: component === 'kubelet' ? { component, host: NODE_NAME } : { component },
    reportingComponent: component,
    reportingInstance: component === 'kubelet' ? NODE_NAME : '',
  };
}

/** The rollout of kilo-meds:ai-brain-ocr-v2 seven minutes before capture, and the crash loop since. */
export function stuckRolloutEvents(service, deployment, replicaSet, pod, nextVersion) {
  const container = containerName(service);
  const image = pod.spec.containers[0].image;
  const rolledOut = 7 * MINUTE;
  return [
    event(deployment, { reason: 'ScalingReplicaSet', message: `Scaled up replica set ${replicaSet.metadata.name} from 0 to 1`, firstAgo: rolledOut, component: 'deployment-controller', resourceVersion: nextVersion() }),
    event(replicaSet, { reason: 'SuccessfulCreate', message: `Created pod: ${pod.metadata.name}`, firstAgo: rolledOut, component: 'replicaset-controller', resourceVersion: nextVersion() }),
    event(pod, { reason: 'Scheduled', message: `Successfully assigned ${NAMESPACE}/${pod.metadata.name} to ${NODE_NAME}`, firstAgo: rolledOut, component: 'default-scheduler', resourceVersion: nextVersion() }),
    event(pod, { reason: 'Pulled', message: `Container image "${image}" already present on machine`, count: 7, firstAgo: rolledOut - 2 * SECOND, lastAgo: 74 * SECOND, component: 'kubelet', resourceVersion: nextVersion() }),
    event(pod, { reason: 'Created', message: `Created container: ${container}`, count: 7, firstAgo: rolledOut - 2 * SECOND, lastAgo: 74 * SECOND, component: 'kubelet', resourceVersion: nextVersion() }),
    event(pod, { reason: 'Started', message: `Started container ${container}`, count: 7, firstAgo: rolledOut - 3 * SECOND, lastAgo: 74 * SECOND, component: 'kubelet', resourceVersion: nextVersion() }),
    event(pod, {
      reason: 'BackOff',
      message: `Back-off restarting failed container ${container} in pod ${pod.metadata.name}_${NAMESPACE}(${pod.metadata.uid})`,
      type: 'Warning',
      count: 27,
      firstAgo: rolledOut - 5 * SECOND,
      lastAgo: 12 * SECOND,
      component: 'kubelet',
      resourceVersion: nextVersion(),
    }),
  ];
}
