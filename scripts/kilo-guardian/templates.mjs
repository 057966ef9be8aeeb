// The pod template of every revision of every Deployment. Each revision's template differs from
// the others of its Deployment (image tag, or BUILD_ID / env for `:latest` images), because the
// Deployment controller only creates a ReplicaSet for a template it has not seen.
import { buildId } from './time.mjs';

const imageRepo = (image) => image.slice(0, image.lastIndexOf(':'));

/** The container name: the service name without the namespace-wide "kilo-" prefix. */
export const containerName = (service) => service.name.replace(/^kilo-/, '');

// ollama was tuned over its first days; each change was a new revision of the same image.
const OLLAMA_ENV_BY_REVISION = [
  { name: 'OLLAMA_HOST', value: '0.0.0.0:11434' },
  { name: 'OLLAMA_KEEP_ALIVE', value: '24h' },
  { name: 'OLLAMA_NUM_PARALLEL', value: '1' },
  { name: 'OLLAMA_MAX_LOADED_MODELS', value: '1' },
];

function imageFor(service, revision) {
  if (!service.olderTags || revision > service.olderTags.length) return service.image;
  return `${imageRepo(service.image)}:${service.olderTags[revision - 1]}`;
}

function envFor(service, revision, createdMsAgo) {
  const port = { name: 'PORT', value: String(service.port) };
  switch (service.kind) {
    case 'ollama':
      return OLLAMA_ENV_BY_REVISION.slice(0, revision);
    case 'socketio':
      return [port, { name: 'CORS_ALLOWED_ORIGINS', value: revision === 1 ? '*' : 'http://kilo-tablet:30000' }];
    case 'node':
      return [port, { name: 'GATEWAY_URL', value: 'http://kilo-gateway:8000' }];
    default:
      // `:latest` images are rebuilt in place; the build id is what told revisions apart.
      return service.image.endsWith(':latest') ? [port, { name: 'BUILD_ID', value: buildId(createdMsAgo) }] : [port];
  }
}

function probeFor(service) {
  const timing = { failureThreshold: 3, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1 };
  if (service.kind === 'socketio') return { ...timing, tcpSocket: { port: service.port } };
  const path = service.kind === 'ollama' ? '/' : service.kind === 'node' ? '/healthz' : '/health';
  return { ...timing, httpGet: { path, port: service.port, scheme: 'HTTP' } };
}

// As on a home cluster, some set requests and limits and most set nothing. kilo-ai-brain's 2Gi
// limit is how it got OOMKilled; kilo-gateway's CPU request is what its HPA's utilization is
// measured against; kilo-library reserves memory without capping it. Every revision of a service
// carries the same resources, so no ReplicaSet's template differs from its Deployment's by them
// (the serving ReplicaSets keep the seed's names; the stale ones' hashes are computed).
const RESOURCES = {
  'kilo-ai-brain': { limits: { memory: '2Gi' }, requests: { cpu: '250m', memory: '512Mi' } },
  'kilo-gateway': { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '50m', memory: '128Mi' } },
  'kilo-ml-engine': { limits: { memory: '1Gi' }, requests: { cpu: '250m', memory: '512Mi' } },
  'kilo-library': { requests: { cpu: '25m', memory: '256Mi' } },
};

function resourcesFor(service) {
  return RESOURCES[service.name] ?? {};
}

function commandFor(service) {
  if (service.kind === 'socketio') {
    return ['sh', '-c', 'pip install --no-cache-dir python-socketio==5.11.0 aiohttp==3.9.3 && python /app/server.py'];
  }
  return undefined;
}

/** The Deployment-level pod template (no pod-template-hash) of `revision`. */
export function templateFor(service, revision, createdMsAgo) {
  const image = imageFor(service, revision);
  const container = {
    ...(commandFor(service) ? { command: commandFor(service) } : {}),
    env: envFor(service, revision, createdMsAgo),
    image,
    // Images are imported into the node's containerd by hand; only ollama comes from a registry.
    imagePullPolicy: service.kind === 'ollama' ? 'Always' : 'IfNotPresent',
    name: containerName(service),
    ports: [{ containerPort: service.port, name: 'http', protocol: 'TCP' }],
    readinessProbe: probeFor(service),
    resources: resourcesFor(service),
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    ...(service.kind === 'socketio' ? { volumeMounts: [{ mountPath: '/app', name: 'app', readOnly: true }] } : {}),
  };
  return {
    metadata: { creationTimestamp: null, labels: { app: service.name } },
    spec: {
      containers: [container],
      dnsPolicy: 'ClusterFirst',
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      securityContext: {},
      terminationGracePeriodSeconds: 30,
      ...(service.kind === 'socketio' ? { volumes: [{ hostPath: { path: '/opt/kilo/socketio', type: 'Directory' }, name: 'app' }] } : {}),
    },
  };
}

/** The same template as a ReplicaSet carries it: with its pod-template-hash label. */
export function withHashLabel(template, hash) {
  return { ...template, metadata: { ...template.metadata, labels: { ...template.metadata.labels, 'pod-template-hash': hash } } };
}
