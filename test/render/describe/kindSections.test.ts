// Each first-class kind's describe section prints the lines kubectl describe prints for it (the
// key ones checked here fail when a section is dropped: the generic fallback prints `Spec:` and
// field names instead); an object with only metadata.name describes without throwing; text from
// the cluster is sanitized in every section.
import { describe, expect, it } from 'vitest';
import { describeObject, type DescribeOptions } from '../../../src/render/describe/describeObject.js';
import { DESCRIBE_SECTIONS } from '../../../src/render/describe/describeSections.js';
import type { Json } from '../../../src/render/describe/fields.js';

const NOW = Date.parse('2026-01-06T12:00:00Z');
const ESC = '\u001b[2J\u001b]0;owned\u0007';
const lines = (obj: Json, options: Partial<DescribeOptions> = {}) => describeObject(obj, { events: [], now: NOW, ...options });
const squeeze = (all: string[]) => all.map((line) => line.replace(/\s+/g, ' ').trimEnd());
const meta = (name: string, extra: Json = {}) => ({ name, namespace: 'kilo-guardian', uid: `uid-${name}`, creationTimestamp: '2026-01-01T10:00:00Z', ...extra });

const pod = (name: string, namespace: string, node: string, resources: Json, extra: Json = {}): Json => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace, uid: `uid-${name}`, creationTimestamp: '2026-01-04T12:00:00Z', ...extra },
  spec: { nodeName: node, containers: [{ name: 'main', image: 'x', resources }] },
  status: { phase: 'Running' },
});

/** Each kind and a line its section prints even for an object with nothing but a name. */
const MARKERS: Record<string, RegExp> = {
  DaemonSet: /^Desired Number of Nodes Scheduled: 0$/m,
  Job: /^Pods Statuses:\s+0 Active \(0 Ready\) \/ 0 Succeeded \/ 0 Failed$/m,
  CronJob: /^Concurrency Policy:\s+Allow$/m,
  ConfigMap: /^Data\n====\n\nBinaryData\n====$/m,
  PersistentVolumeClaim: /^Status:\s+Pending$/m,
  PersistentVolume: /^Reclaim Policy:\s+Retain$/m,
  Ingress: /^Rules:\n {2}Host\s+Path\s+Backends$/m,
  HorizontalPodAutoscaler: /^Metrics:\s+\( current \/ target \)\n {2}<none>$/m,
  ServiceAccount: /^Mountable secrets:\s+<none>$/m,
  Node: /^Non-terminated Pods:\s+\(pods not loaded\)$/m,
  Namespace: /^Status:\s+Active$/m,
};
const FIRST_CLASS = Object.keys(MARKERS);

describe('describe sections of the first-class kinds', () => {
  it('every kind has its own section (none falls back to the field-by-field print)', () => {
    for (const kind of FIRST_CLASS) expect(DESCRIBE_SECTIONS[kind], kind).toBeTypeOf('function');
  });

  it('each describes an object with only metadata.name without throwing, Events last', () => {
    for (const kind of FIRST_CLASS) {
      const out = lines({ kind, metadata: { name: 'bare' } });
      expect(out[0], kind).toMatch(/^Name:\s+bare$/);
      expect(out.at(-1), kind).toBe('Events:  <none>');
      expect(out.join('\n'), kind).toMatch(MARKERS[kind]);
    }
    // And with every field of the wrong type.
    for (const kind of FIRST_CLASS) {
      expect(() => lines({ kind, metadata: { name: 'odd', labels: 7 }, spec: { rules: 'x', metrics: [1], containers: 5, template: [] }, status: { conditions: 'no', capacity: 1 }, data: 3 }), kind).not.toThrow();
    }
  });

  it('DaemonSet: node counts, pods status and its pod template', () => {
    const ds = {
      kind: 'DaemonSet',
      metadata: meta('svclb-traefik'),
      spec: { selector: { matchLabels: { app: 'svclb-traefik' } }, template: { metadata: { labels: { app: 'svclb-traefik' } }, spec: { serviceAccountName: 'svclb', containers: [{ name: 'lb-tcp-80', image: 'rancher/klipper-lb:v0.4.9', ports: [{ containerPort: 80, hostPort: 80, protocol: 'TCP' }] }], tolerations: [{ key: 'node-role.kubernetes.io/master', operator: 'Exists', effect: 'NoSchedule' }, { key: 'CriticalAddonsOnly', operator: 'Exists' }] } } },
      status: { desiredNumberScheduled: 1, currentNumberScheduled: 1, updatedNumberScheduled: 1, numberAvailable: 1, numberMisscheduled: 0, numberReady: 1 },
    };
    const out = squeeze(lines(ds));
    expect(out).toEqual(expect.arrayContaining([
      'Selector: app=svclb-traefik',
      'Node-Selector: <none>',
      'Desired Number of Nodes Scheduled: 1',
      'Number of Nodes Misscheduled: 0',
      'Pods Status: 1 Running / 0 Waiting / 0 Succeeded / 0 Failed',
      ' Service Account: svclb',
      ' Host Port: 80/TCP',
      ' Tolerations: CriticalAddonsOnly op=Exists',
      ' node-role.kubernetes.io/master:NoSchedule op=Exists',
    ]));
    // With the pods known, their phases are counted from the pods it controls.
    const owned = (phase: string, uid: string) => ({ ...pod(`p-${phase}`, 'kilo-guardian', 'n', {}), metadata: { name: `p-${phase}`, ownerReferences: [{ uid, controller: true }] }, status: { phase } });
    const counted = squeeze(lines(ds, { pods: { items: [owned('Running', 'uid-svclb-traefik'), owned('Pending', 'uid-svclb-traefik'), owned('Failed', 'other')], namespace: 'kilo-guardian' } }));
    expect(counted).toContain('Pods Status: 1 Running / 1 Waiting / 0 Succeeded / 0 Failed');
  });

  it('Job: completions, times, duration and pod statuses', () => {
    const out = squeeze(lines({
      kind: 'Job',
      metadata: meta('helm-install-traefik'),
      spec: { parallelism: 1, completions: 1, backoffLimit: 1000, completionMode: 'NonIndexed', suspend: false, selector: { matchLabels: { 'job-name': 'helm-install-traefik' } }, template: { spec: { containers: [{ name: 'helm', image: 'rancher/klipper-helm', args: ['install'] }] } } },
      status: { startTime: '2026-01-06T11:00:00Z', completionTime: '2026-01-06T11:00:40Z', succeeded: 1, conditions: [{ type: 'Complete', status: 'True', reason: 'CompletionsReached' }] },
    }));
    expect(out).toEqual(expect.arrayContaining([
      'Parallelism: 1', 'Completions: 1', 'Completion Mode: NonIndexed', 'Suspend: false', 'Backoff Limit: 1000',
      'Start Time: Tue, 06 Jan 2026 11:00:00 +0000', 'Completed At: Tue, 06 Jan 2026 11:00:40 +0000', 'Duration: 40s',
      'Pods Statuses: 0 Active (0 Ready) / 1 Succeeded / 0 Failed', ' Args:', ' install', ' Complete True CompletionsReached',
    ]));
  });

  it('CronJob: schedule, policy, history limits, its job template, last schedule and active jobs', () => {
    const out = squeeze(lines({
      kind: 'CronJob',
      metadata: meta('kilo-db-backup'),
      spec: { schedule: '0 3 * * *', concurrencyPolicy: 'Forbid', successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1, jobTemplate: { spec: { template: { spec: { containers: [{ name: 'backup', image: 'kilo-db-backup:cb1', command: ['/bin/sh', '-c', 'pg_dump'] }] } } } } },
      status: { lastScheduleTime: '2026-01-06T03:00:00Z', active: [{ name: 'kilo-db-backup-1' }] },
    }));
    expect(out).toEqual(expect.arrayContaining([
      'Schedule: 0 3 * * *', 'Concurrency Policy: Forbid', 'Suspend: False', 'Successful Job History Limit: 3', 'Failed Job History Limit: 1',
      'Starting Deadline Seconds: <unset>', 'Selector: <unset>', ' Command:', ' /bin/sh', ' -c', ' pg_dump',
      'Last Schedule Time: Tue, 06 Jan 2026 03:00:00 +0000', 'Active Jobs: kilo-db-backup-1',
    ]));
  });

  it('ConfigMap: each key with its value line by line (not secret), BinaryData sizes', () => {
    const out = lines({ kind: 'ConfigMap', metadata: meta('coredns'), data: { Corefile: '.:53 {\n    errors\n}\n', NodeHosts: '192.168.1.50 kilo-tablet' }, binaryData: { blob: Buffer.from('12345').toString('base64') } });
    const at = out.indexOf('Data');
    expect(out.slice(at, at + 10)).toEqual(['Data', '====', 'Corefile:', '----', '.:53 {', '    errors', '}', '', '', 'NodeHosts:']);
    expect(out).toContain('192.168.1.50 kilo-tablet');
    expect(out.slice(out.indexOf('BinaryData'))).toEqual(['BinaryData', '====', 'blob: 5 bytes', '', 'Events:  <none>']);
  });

  it('PersistentVolumeClaim: class, status, volume, capacity, access modes and the pods that use it', () => {
    const claim = { kind: 'PersistentVolumeClaim', metadata: meta('kilo-library-data', { finalizers: ['kubernetes.io/pvc-protection'] }), spec: { storageClassName: 'local-path', volumeName: 'pvc-1', volumeMode: 'Filesystem' }, status: { phase: 'Bound', capacity: { storage: '2Gi' }, accessModes: ['ReadWriteOnce'] } };
    const user = { ...pod('kilo-library-x', 'kilo-guardian', 'n', {}), spec: { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'kilo-library-data' } }], containers: [] } };
    const out = squeeze(lines(claim, { pods: { items: [user, pod('other', 'kilo-guardian', 'n', {})], namespace: 'kilo-guardian' } }));
    expect(out).toEqual(expect.arrayContaining(['StorageClass: local-path', 'Status: Bound', 'Volume: pvc-1', 'Finalizers: [kubernetes.io/pvc-protection]', 'Capacity: 2Gi', 'Access Modes: RWO', 'VolumeMode: Filesystem', 'Used By: kilo-library-x']));
    // Without the pods loaded it says so instead of "<none>".
    expect(squeeze(lines(claim))).toContain('Used By: (pods not loaded)');
  });

  it('PersistentVolume: claim, reclaim policy, node affinity and its source', () => {
    const out = squeeze(lines({
      kind: 'PersistentVolume',
      metadata: { name: 'pvc-1', uid: 'pv' },
      spec: { storageClassName: 'local-path', claimRef: { namespace: 'kilo-guardian', name: 'kilo-library-data' }, persistentVolumeReclaimPolicy: 'Delete', accessModes: ['ReadWriteOnce'], capacity: { storage: '2Gi' }, hostPath: { path: '/var/lib/rancher/k3s/storage/pvc-1', type: 'DirectoryOrCreate' }, nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['kilo-tablet'] }] }] } } },
      status: { phase: 'Bound' },
    }));
    expect(out).toEqual(expect.arrayContaining(['Claim: kilo-guardian/kilo-library-data', 'Reclaim Policy: Delete', 'Access Modes: RWO', 'Capacity: 2Gi', ' Term 0: kubernetes.io/hostname in [kilo-tablet]', ' Type: HostPath (bare host directory volume)', ' Path: /var/lib/rancher/k3s/storage/pvc-1', ' HostPathType: DirectoryOrCreate']));
  });

  it('Ingress: address, class, default backend, TLS and the rules table', () => {
    const out = squeeze(lines({
      kind: 'Ingress',
      metadata: meta('kilo-frontend'),
      spec: { ingressClassName: 'traefik', tls: [{ hosts: ['kilo.home.arpa'], secretName: 'kilo-tls' }], rules: [{ host: 'kilo.home.arpa', http: { paths: [{ path: '/api', backend: { service: { name: 'kilo-gateway', port: { number: 8000 } } } }, { path: '/', backend: { service: { name: 'kilo-frontend', port: { name: 'http' } } } }] } }] },
      status: { loadBalancer: { ingress: [{ ip: '192.168.1.50' }] } },
    }));
    expect(out).toEqual(expect.arrayContaining(['Address: 192.168.1.50', 'Ingress Class: traefik', 'Default backend: <default>', 'TLS:', ' kilo-tls terminates kilo.home.arpa', 'Rules:', ' Host Path Backends', ' kilo.home.arpa', ' /api kilo-gateway:8000', ' / kilo-frontend:http']));
    // No rules: every host and path go to the default backend.
    expect(squeeze(lines({ kind: 'Ingress', metadata: meta('d'), spec: { defaultBackend: { service: { name: 'web', port: { number: 80 } } } } }))).toContain(' * * web:80');
  });

  it('HorizontalPodAutoscaler: metrics current / target, bounds, the pods it scales, conditions', () => {
    const out = squeeze(lines({
      kind: 'HorizontalPodAutoscaler',
      metadata: meta('kilo-gateway'),
      spec: { scaleTargetRef: { kind: 'Deployment', name: 'kilo-gateway' }, minReplicas: 1, maxReplicas: 3, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'AverageValue', averageValue: '200m' } } }, { type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: 80 } } }, { type: 'Pods', pods: { metric: { name: 'rps' }, target: { type: 'AverageValue', averageValue: '10' } } }] },
      status: { currentReplicas: 1, desiredReplicas: 2, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '12m' } } }, { type: 'Resource', resource: { name: 'memory', current: { averageUtilization: 41, averageValue: '105Mi' } } }], conditions: [{ type: 'AbleToScale', status: 'True', reason: 'ReadyForNewScale', message: 'recommended size matches current size' }] },
    }));
    expect(out).toEqual(expect.arrayContaining([
      'Reference: Deployment/kilo-gateway', 'Metrics: ( current / target )', ' resource cpu on pods: 12m / 200m',
      ' resource memory on pods (as a percentage of request): 41% (105Mi) / 80%', ' "rps" on pods: <unknown> / 10',
      'Min replicas: 1', 'Max replicas: 3', 'Deployment pods: 1 current / 2 desired', ' AbleToScale True ReadyForNewScale recommended size matches current size',
    ]));
  });

  it('ServiceAccount: image pull secrets, mountable secrets (missing ones marked) and token Secrets', () => {
    const sa = { kind: 'ServiceAccount', metadata: meta('builder'), imagePullSecrets: [{ name: 'regcred' }, { name: 'mirror' }], secrets: [{ name: 'builder-token' }, { name: 'gone' }] };
    const token = { kind: 'Secret', type: 'kubernetes.io/service-account-token', metadata: { name: 'builder-token', namespace: 'kilo-guardian', annotations: { 'kubernetes.io/service-account.name': 'builder' } } };
    const out = squeeze(lines(sa, { secrets: [token, { kind: 'Secret', type: 'Opaque', metadata: { name: 'regcred' } }] }));
    expect(out).toEqual(expect.arrayContaining(['Image pull secrets: regcred', ' mirror', 'Mountable secrets: builder-token', ' gone (not found)', 'Tokens: builder-token']));
    expect(squeeze(lines({ kind: 'ServiceAccount', metadata: meta('default') }, { secrets: [] }))).toEqual(expect.arrayContaining(['Image pull secrets: <none>', 'Mountable secrets: <none>', 'Tokens: <none>']));
  });

  it('Node: roles, conditions, addresses, capacity, system info, its pods with requests and limits, allocated resources', () => {
    const node = {
      kind: 'Node',
      metadata: { name: 'kilo-tablet', uid: 'node', labels: { 'node-role.kubernetes.io/control-plane': 'true', 'node-role.kubernetes.io/master': 'true' } },
      spec: { podCIDR: '10.42.0.0/24', providerID: 'k3s://kilo-tablet', taints: [{ key: 'dedicated', value: 'ai', effect: 'NoSchedule' }] },
      status: {
        conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: '2026-01-06T11:59:00Z', lastTransitionTime: '2025-12-01T00:00:00Z', reason: 'KubeletReady', message: 'kubelet is posting ready status' }],
        addresses: [{ type: 'InternalIP', address: '192.168.1.50' }, { type: 'Hostname', address: 'kilo-tablet' }],
        capacity: { cpu: '4', memory: '7960380Ki', pods: '110' },
        allocatable: { cpu: '4', memory: '7857980Ki', 'ephemeral-storage': '119155144476', 'hugepages-2Mi': '0', pods: '110' },
        nodeInfo: { kernelVersion: '6.8.0-51-generic', osImage: 'Ubuntu 24.04.1 LTS', kubeletVersion: 'v1.32.0+k3s1' },
      },
    };
    const pods = [
      pod('kilo-db-0', 'kilo-data', 'kilo-tablet', { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '512Mi' } }),
      pod('kilo-ai-brain', 'kilo-guardian', 'kilo-tablet', { requests: { cpu: '250m', memory: '512Mi' }, limits: { memory: '2Gi' } }),
      pod('elsewhere', 'kilo-guardian', 'other-node', { requests: { cpu: '1' } }),
      { ...pod('finished', 'kilo-data', 'kilo-tablet', { requests: { cpu: '1' } }), status: { phase: 'Succeeded' } },
    ];
    const out = squeeze(lines(node, { pods: { items: pods, namespace: '' } }));
    expect(out).toEqual(expect.arrayContaining([
      'Roles: control-plane,master', 'Taints: dedicated=ai:NoSchedule', 'Unschedulable: false',
      ' Ready True Tue, 06 Jan 2026 11:59:00 +0000 Mon, 01 Dec 2025 00:00:00 +0000 KubeletReady kubelet is posting ready status',
      ' InternalIP: 192.168.1.50', ' memory: 7857980Ki', ' Kernel Version: 6.8.0-51-generic', ' Kubelet Version: v1.32.0+k3s1',
      'PodCIDR: 10.42.0.0/24', 'ProviderID: k3s://kilo-tablet',
      'Non-terminated Pods: (2 in total)',
      ' kilo-data kilo-db-0 100m (2%) 0 (0%) 256Mi (3%) 512Mi (6%) 2d',
      ' kilo-guardian kilo-ai-brain 250m (6%) 0 (0%) 512Mi (6%) 2Gi (26%) 2d',
      ' cpu 350m (8%) 0 (0%)', ' memory 768Mi (10%) 2560Mi (33%)', ' ephemeral-storage 0 (0%) 0 (0%)', ' hugepages-2Mi 0 (0%) 0 (0%)',
    ]));
    // Conditions are printed once, with kubectl's node columns.
    expect(out.filter((line) => line === 'Conditions:')).toHaveLength(1);
    // Only one namespace's pods in the store: the count says whose they are.
    expect(squeeze(lines(node, { pods: { items: pods.slice(1), namespace: 'kilo-guardian' } }))).toContain('Non-terminated Pods: (1 in total in namespace kilo-guardian; kubectl counts every namespace, as 0 (all namespaces) does here)');
    expect(squeeze(lines(node))).toContain('Non-terminated Pods: (pods not loaded)');
  });

  it('Namespace: status, "No resource quota." and "No LimitRange resource." when none, each quota and limit range when there are', () => {
    const ns = { kind: 'Namespace', metadata: { name: 'kilo-guardian', uid: 'ns' }, status: { phase: 'Active' } };
    const none = lines(ns, { quotas: [], limitRanges: [] });
    expect(none).toEqual(expect.arrayContaining(['Status:  Active', 'No resource quota.', 'No LimitRange resource.']));
    // A server that does not serve them (kubectl prints neither).
    expect(lines(ns).join('\n')).not.toMatch(/quota|LimitRange/);
    const quota = { metadata: { name: 'compute' }, spec: { hard: { pods: '10', 'requests.cpu': '2' } }, status: { hard: { pods: '10', 'requests.cpu': '2' }, used: { pods: '3', 'requests.cpu': '350m' } } };
    const limits = { metadata: { name: 'defaults' }, spec: { limits: [{ type: 'Container', default: { cpu: '200m' }, defaultRequest: { cpu: '100m' } }] } };
    const out = squeeze(lines(ns, { quotas: [quota], limitRanges: [limits] }));
    expect(out).toEqual(expect.arrayContaining(['Resource Quotas', ' Name: compute', ' Resource Used Hard', ' pods 3 10', ' requests.cpu 350m 2', 'Resource Limits', ' Name: defaults', ' Container cpu - - 100m 200m -']));
    expect(squeeze(lines(ns, { policiesError: 'resourcequotas is forbidden' }))).toContain('Resource quotas and limit ranges could not be read: resourcequotas is forbidden');
  });

  it('sanitizes what the cluster sent in every section', () => {
    const hostile: Json[] = [
      { kind: 'ConfigMap', metadata: { name: `cm${ESC}` }, data: { [`k${ESC}`]: `line1${ESC}\nline2\u202e` } },
      { kind: 'Ingress', metadata: { name: 'i' }, spec: { rules: [{ host: `h${ESC}`, http: { paths: [{ path: `/${ESC}`, backend: { service: { name: `s${ESC}`, port: { name: ESC } } } }] } }], tls: [{ secretName: ESC, hosts: [ESC] }] } },
      { kind: 'Node', metadata: { name: 'n', labels: { [`node-role.kubernetes.io/${ESC}`]: '' } }, status: { conditions: [{ type: ESC, status: ESC, message: ESC }], nodeInfo: { osImage: ESC }, allocatable: { cpu: '4' } } },
      { kind: 'HorizontalPodAutoscaler', metadata: { name: 'h' }, spec: { scaleTargetRef: { kind: ESC, name: ESC }, metrics: [{ type: 'External', external: { metric: { name: ESC }, target: { value: ESC } } }] } },
      { kind: 'ServiceAccount', metadata: { name: 's' }, imagePullSecrets: [{ name: ESC }], secrets: [{ name: ESC }] },
      { kind: 'PersistentVolume', metadata: { name: 'p' }, spec: { claimRef: { name: ESC }, nfs: { server: ESC, path: ESC } }, status: { message: ESC } },
      { kind: 'CronJob', metadata: { name: 'c' }, spec: { schedule: ESC, jobTemplate: { spec: { template: { spec: { containers: [{ name: ESC, image: ESC, command: [ESC], env: [{ name: ESC, value: ESC }] }] } } } } } },
      { kind: 'Namespace', metadata: { name: 'n' }, status: { phase: ESC } },
    ];
    const pods = { items: [pod(`p${ESC}`, ESC, 'n', { requests: { cpu: ESC } })], namespace: '' };
    for (const obj of hostile) {
      const text = lines(obj, { pods, quotas: [{ metadata: { name: ESC }, status: { hard: { [ESC]: ESC } } }] }).join('\n');
      expect(text, String(obj.kind)).not.toMatch(/[\u001b\u0007\u202e]/);
    }
  });
});
