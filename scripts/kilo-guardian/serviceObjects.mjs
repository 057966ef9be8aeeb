// The namespace's Services: a ClusterIP per service the report lists, plus the two NodePorts the
// tablet uses. kilo-ollama has none; only kilo-ai-brain talks to it.
import { uidFor } from './ids.mjs';
import { NAMESPACE } from './services.mjs';
import { stamp } from './time.mjs';
import { agoMs, SECOND } from './time.mjs';

function serviceObject({ name, app, type, clusterIP, port, nodePort, createdMsAgo, resourceVersion }) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      creationTimestamp: stamp(createdMsAgo),
      labels: { app },
      name,
      namespace: NAMESPACE,
      resourceVersion: String(resourceVersion),
      uid: uidFor(`Service/${name}`),
    },
    spec: {
      clusterIP,
      clusterIPs: [clusterIP],
      ...(type === 'NodePort' ? { externalTrafficPolicy: 'Cluster' } : {}),
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [{ name: 'http', ...(nodePort ? { nodePort } : {}), port, protocol: 'TCP', targetPort: port }],
      selector: { app },
      sessionAffinity: 'None',
      type,
    },
    status: { loadBalancer: {} },
  };
}

export function serviceObjects(services, nodePorts, nextVersion) {
  const byName = new Map(services.map((s) => [s.name, s]));
  // Each Service was applied with its Deployment's first manifest.
  const createdWith = (app) => agoMs(byName.get(app).oldest) + 2 * SECOND;
  const internal = services
    .filter((s) => s.clusterIP)
    .map((s) => serviceObject({ name: s.name, app: s.name, type: 'ClusterIP', clusterIP: s.clusterIP, port: s.port, createdMsAgo: createdWith(s.name), resourceVersion: nextVersion() }));
  const external = nodePorts.map((n) =>
    serviceObject({ name: n.name, app: n.app, type: 'NodePort', clusterIP: n.clusterIP, port: n.port, nodePort: n.nodePort, createdMsAgo: createdWith(n.app) - 5 * SECOND, resourceVersion: nextVersion() }),
  );
  return [...internal, ...external];
}
