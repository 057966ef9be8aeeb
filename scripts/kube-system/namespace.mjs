// kube-system as a k3s tablet host has it a few weeks after install: the packaged components
// (coredns, local-path-provisioner, metrics-server, traefik) as one-replica Deployments, traefik's
// ServiceLB DaemonSet (svclb-traefik-<service uid prefix>), the completed helm-install Jobs that
// installed traefik, their ConfigMaps, Secrets (dummy values) and ServiceAccounts, and the
// Services. Images and labels as k3s v1.32 ships them.
import { sha256Hex } from '../kilo-guardian/ids.mjs';
import { DAY, HOUR, MINUTE, SECOND, stamp } from '../kilo-guardian/time.mjs';
import { completedJob, DEMO_CA, deploymentSet, namespaceDefaults, podOf, uidIn } from './objects.mjs';
export { CAPTURED_AT } from '../kilo-guardian/services.mjs';

export const NAMESPACE = 'kube-system';
/** k3s was installed 23 days before capture; everything here dates from its first minutes. */
const INSTALLED = 23 * DAY + 2 * HOUR + 11 * MINUTE;
const ns = NAMESPACE;
const TRAEFIK_SERVICE_UID = uidIn(ns, 'Service/traefik');
const SVCLB = `svclb-traefik-${TRAEFIK_SERVICE_UID.slice(0, 8)}`;
const b64 = (text) => Buffer.from(text).toString('base64');

/** Recognisable dummy secret values: the e2e test asserts that none of them reaches the screen. */
export const DUMMY_SECRET_TEXT = 'kilo-demo-dummy-secret-value';

const critical = { priorityClassName: 'system-cluster-critical', tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }, { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' }] };

const COMPONENTS = [
  {
    name: 'coredns', labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/name': 'CoreDNS', 'objectset.rio.cattle.io/hash': 'bce283298811743a0386ab510f2f67ef74240c57' }, selector: { 'k8s-app': 'kube-dns' },
    serviceAccountName: 'coredns', podIP: '10.42.0.4', createdMsAgo: INSTALLED - 20 * SECOND,
    spec: { ...critical, dnsPolicy: 'Default', nodeSelector: { 'kubernetes.io/os': 'linux' }, containers: [{ name: 'coredns', image: 'rancher/mirrored-coredns-coredns:1.12.0', args: ['-conf', '/etc/coredns/Corefile'], imagePullPolicy: 'IfNotPresent', ports: [{ containerPort: 53, name: 'dns', protocol: 'UDP' }, { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' }, { containerPort: 9153, name: 'metrics', protocol: 'TCP' }], resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } } }], volumes: [{ configMap: { defaultMode: 420, items: [{ key: 'Corefile', path: 'Corefile' }, { key: 'NodeHosts', path: 'NodeHosts' }], name: 'coredns' }, name: 'config-volume' }] },
  },
  {
    name: 'local-path-provisioner', labels: { 'objectset.rio.cattle.io/hash': '183f35c65ffbc3064603f43f1580d8c68a2dabd4' }, selector: { app: 'local-path-provisioner' },
    serviceAccountName: 'local-path-provisioner-service-account', podIP: '10.42.0.3', createdMsAgo: INSTALLED - 20 * SECOND,
    spec: { ...critical, containers: [{ name: 'local-path-provisioner', image: 'rancher/local-path-provisioner:v0.0.30', command: ['local-path-provisioner', 'start', '--config', '/etc/config/config.json'], imagePullPolicy: 'IfNotPresent' }], volumes: [{ configMap: { defaultMode: 420, name: 'local-path-config' }, name: 'config-volume' }] },
  },
  {
    name: 'metrics-server', labels: { 'k8s-app': 'metrics-server', 'objectset.rio.cattle.io/hash': 'e10e245e13e46a725c9dddd4f9eb239f147774fd' }, selector: { 'k8s-app': 'metrics-server' },
    serviceAccountName: 'metrics-server', podIP: '10.42.0.2', createdMsAgo: INSTALLED - 21 * SECOND,
    spec: { ...critical, containers: [{ name: 'metrics-server', image: 'rancher/mirrored-metrics-server:v0.7.2', args: ['--cert-dir=/tmp', '--secure-port=10250', '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname', '--kubelet-use-node-status-port', '--metric-resolution=15s', '--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'], imagePullPolicy: 'IfNotPresent', ports: [{ containerPort: 10250, name: 'https', protocol: 'TCP' }], resources: { requests: { cpu: '100m', memory: '70Mi' } } }] },
  },
  {
    name: 'traefik', labels: { 'app.kubernetes.io/instance': 'traefik-kube-system', 'app.kubernetes.io/managed-by': 'Helm', 'app.kubernetes.io/name': 'traefik', 'helm.sh/chart': 'traefik-34.2.1_up34.2.0' },
    selector: { 'app.kubernetes.io/instance': 'traefik-kube-system', 'app.kubernetes.io/name': 'traefik' }, annotations: { 'meta.helm.sh/release-name': 'traefik', 'meta.helm.sh/release-namespace': 'kube-system' },
    serviceAccountName: 'traefik', podIP: '10.42.0.8', createdMsAgo: INSTALLED - 58 * SECOND,
    spec: { ...critical, containers: [{ name: 'traefik', image: 'rancher/mirrored-library-traefik:3.3.2', args: ['--global.checknewversion', '--global.sendanonymoususage', '--entryPoints.metrics.address=:9100/tcp', '--entryPoints.traefik.address=:8080/tcp', '--entryPoints.web.address=:8000/tcp', '--entryPoints.websecure.address=:8443/tcp', '--api.dashboard=true', '--ping=true', '--metrics.prometheus=true', '--providers.kubernetescrd', '--providers.kubernetesingress', '--providers.kubernetesingress.ingressendpoint.publishedservice=kube-system/traefik'], imagePullPolicy: 'IfNotPresent', ports: [{ containerPort: 9100, name: 'metrics', protocol: 'TCP' }, { containerPort: 8080, name: 'traefik', protocol: 'TCP' }, { containerPort: 8000, name: 'web', protocol: 'TCP' }, { containerPort: 8443, name: 'websecure', protocol: 'TCP' }] }] },
  },
];

function components(version) {
  return COMPONENTS.map((c) => {
    const podLabels = c.name === 'traefik' ? { ...c.labels } : { ...c.selector };
    const template = { metadata: { creationTimestamp: null, labels: podLabels }, spec: { ...c.spec, restartPolicy: 'Always', serviceAccountName: c.serviceAccountName } };
    const labels = c.name === 'local-path-provisioner' ? c.labels : c.labels;
    return deploymentSet({ namespace: ns, name: c.name, labels, selector: c.selector, template, createdMsAgo: c.createdMsAgo, podIP: c.podIP, serviceAccountName: c.serviceAccountName, annotations: c.annotations, version });
  });
}

/** ServiceLB's DaemonSet for the traefik LoadBalancer Service, and its pod on the tablet. */
function serviceLb(version) {
  const createdMsAgo = INSTALLED - 62 * SECOND;
  const podLabels = { app: SVCLB, 'controller-revision-hash': '7f6f8d7d4b', 'pod-template-generation': '1', 'svccontroller.k3s.cattle.io/svcname': 'traefik', 'svccontroller.k3s.cattle.io/svcnamespace': ns };
  const lbContainer = (port, name) => ({
    env: [{ name: 'SRC_PORT', value: String(port) }, { name: 'SRC_RANGES', value: '0.0.0.0/0' }, { name: 'DEST_PROTO', value: 'TCP' }, { name: 'DEST_PORT', value: String(port === 80 ? 30391 : 31478) }, { name: 'DEST_IPS', value: '192.168.1.50' }],
    image: 'rancher/klipper-lb:v0.4.9', imagePullPolicy: 'IfNotPresent', name, ports: [{ containerPort: port, hostPort: port, name, protocol: 'TCP' }],
    securityContext: { capabilities: { add: ['NET_ADMIN'] } },
  });
  const template = {
    metadata: { creationTimestamp: null, labels: { app: SVCLB, 'svccontroller.k3s.cattle.io/svcname': 'traefik', 'svccontroller.k3s.cattle.io/svcnamespace': ns } },
    spec: { automountServiceAccountToken: false, containers: [lbContainer(80, 'lb-tcp-80'), lbContainer(443, 'lb-tcp-443')], restartPolicy: 'Always', serviceAccountName: 'svclb', tolerations: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/master', operator: 'Exists' }, { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' }, { key: 'CriticalAddonsOnly', operator: 'Exists' }] },
  };
  const daemonSet = {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: {
      annotations: { 'deprecated.daemonset.template.generation': '1' },
      creationTimestamp: stamp(createdMsAgo), generation: 1,
      labels: { 'objectset.rio.cattle.io/hash': 'f31b0be8a2a4e4a1d3be0b6c7f4b8d1e5d2c3a4b', 'svccontroller.k3s.cattle.io/nodeselector': 'false', 'svccontroller.k3s.cattle.io/svcname': 'traefik', 'svccontroller.k3s.cattle.io/svcnamespace': ns },
      name: SVCLB, namespace: ns, resourceVersion: String(version()), uid: uidIn(ns, `DaemonSet/${SVCLB}`),
    },
    spec: { revisionHistoryLimit: 10, selector: { matchLabels: { app: SVCLB } }, template, updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' } },
    status: { currentNumberScheduled: 1, desiredNumberScheduled: 1, numberAvailable: 1, numberMisscheduled: 0, numberReady: 1, observedGeneration: 1, updatedNumberScheduled: 1 },
  };
  const pod = podOf(daemonSet, { metadata: { labels: podLabels }, spec: template.spec }, { name: `${SVCLB}-${sha256Hex(SVCLB).replace(/[^b-df-hj-np-tv-z2-9]/g, '').slice(0, 5)}`, createdMsAgo: createdMsAgo - SECOND, podIP: '10.42.0.7', serviceAccountName: 'svclb', version });
  return { daemonSet, pod };
}

/** helm-controller's install Jobs for traefik's CRDs and chart, both Completed. */
function helmInstallJobs(version) {
  const job = (chart, createdMsAgo, runMs, podIP) => {
    const name = `helm-install-${chart}`;
    const template = {
      metadata: { annotations: { 'helmcharts.helm.cattle.io/configHash': `SHA256=${sha256Hex(chart).slice(0, 64).toUpperCase()}` }, labels: { 'helmcharts.helm.cattle.io/chart': chart } },
      spec: {
        containers: [{ args: ['install'], env: [{ name: 'NAME', value: chart }, { name: 'VERSION' }, { name: 'REPO' }, { name: 'HELM_DRIVER', value: 'secret' }, { name: 'CHART_NAMESPACE', value: ns }, { name: 'CHART', value: `https://%{KUBERNETES_API}%/static/charts/${chart}-34.2.1+up34.2.0.tgz` }, { name: 'TARGET_NAMESPACE', value: ns }], image: 'rancher/klipper-helm:v0.9.4-build20250113', imagePullPolicy: 'IfNotPresent', name: 'helm' }],
        restartPolicy: 'OnFailure', serviceAccountName: `helm-${chart}`,
      },
    };
    return completedJob({ namespace: ns, name, labels: { 'helmcharts.helm.cattle.io/chart': chart, 'objectset.rio.cattle.io/hash': sha256Hex(name).slice(0, 40) }, template, createdMsAgo, runMs, podIP, serviceAccountName: `helm-${chart}`, backoffLimit: 1000, version });
  };
  return [job('traefik-crd', INSTALLED - 15 * SECOND, 21 * SECOND, '10.42.0.5'), job('traefik', INSTALLED - 16 * SECOND, 38 * SECOND, '10.42.0.6')];
}

const meta = (name, version, extra = {}) => ({ creationTimestamp: stamp(INSTALLED - 10 * SECOND), name, namespace: ns, resourceVersion: String(version()), uid: uidIn(ns, `${extra.kind ?? 'Object'}/${name}`), ...(extra.labels ? { labels: extra.labels } : {}), ...(extra.annotations ? { annotations: extra.annotations } : {}) });

function configMaps(version) {
  const cm = (name, data, extra = {}) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(name, version, { ...extra, kind: 'ConfigMap' }), data });
  return [
    cm('cluster-dns', { clusterDNS: '10.43.0.10', clusterDomain: 'cluster.local' }),
    cm('coredns', {
      Corefile: '.:53 {\n    errors\n    health\n    ready\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n      pods insecure\n      fallthrough in-addr.arpa ip6.arpa\n    }\n    hosts /etc/coredns/NodeHosts {\n      ttl 60\n      reload 15s\n      fallthrough\n    }\n    prometheus :9153\n    forward . /etc/resolv.conf\n    cache 30\n    loop\n    reload\n    loadbalance\n    import /etc/coredns/custom/*.override\n}\nimport /etc/coredns/custom/*.server\n',
      NodeHosts: '192.168.1.50 kilo-tablet\n',
    }, { annotations: { 'objectset.rio.cattle.io/id': '', 'objectset.rio.cattle.io/owner-gvk': 'k3s.cattle.io/v1, Kind=Addon', 'objectset.rio.cattle.io/owner-name': 'coredns', 'objectset.rio.cattle.io/owner-namespace': ns } }),
    cm('extension-apiserver-authentication', { 'client-ca-file': DEMO_CA, 'requestheader-allowed-names': '["system:auth-proxy"]', 'requestheader-client-ca-file': DEMO_CA, 'requestheader-extra-headers-prefix': '["X-Remote-Extra-"]', 'requestheader-group-headers': '["X-Remote-Group"]', 'requestheader-username-headers': '["X-Remote-User"]' }),
    cm('kube-apiserver-legacy-service-account-token-tracking', { since: '2025-12-14' }),
    cm('local-path-config', {
      'config.json': '{\n  "nodePathMap":[\n  {\n    "node":"DEFAULT_PATH_FOR_NON_LISTED_NODES",\n    "paths":["/var/lib/rancher/k3s/storage"]\n  }\n  ]\n}',
      'helperPod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: helper-pod\nspec:\n  containers:\n  - name: helper-pod\n    image: "rancher/mirrored-library-busybox:1.36.1"\n    imagePullPolicy: IfNotPresent\n',
      setup: '#!/bin/sh\nset -eu\nmkdir -m 0777 -p "${VOL_DIR}"\nchmod 700 "${VOL_DIR}/.."\n',
      teardown: '#!/bin/sh\nset -eu\nrm -rf "${VOL_DIR}"\n',
    }),
  ];
}

function secrets(version) {
  const secret = (name, type, data, extra = {}) => ({ apiVersion: 'v1', kind: 'Secret', metadata: meta(name, version, { ...extra, kind: 'Secret' }), type, data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])) });
  const pem = (what) => `-----BEGIN ${what}-----\n${DUMMY_SECRET_TEXT} (${what.toLowerCase()}, not a real key)\n-----END ${what}-----\n`;
  return [
    secret('chart-values-traefik', 'Opaque', { 'values-01_HelmChart.yaml': `# ${DUMMY_SECRET_TEXT}\nglobal:\n  systemDefaultRegistry: ""\n` }),
    secret('chart-values-traefik-crd', 'Opaque', { 'values-01_HelmChart.yaml': `# ${DUMMY_SECRET_TEXT}\n` }),
    secret('k3s-serving', 'kubernetes.io/tls', { 'tls.crt': pem('CERTIFICATE'), 'tls.key': pem('EC PRIVATE KEY') }, { annotations: { 'listener.cattle.io/cn-10.43.0.1': '10.43.0.1', 'listener.cattle.io/cn-127.0.0.1': '127.0.0.1', 'listener.cattle.io/cn-192.168.1.50': '192.168.1.50', 'listener.cattle.io/cn-kilo-tablet': 'kilo-tablet', 'listener.cattle.io/cn-kubernetes': 'kubernetes', 'listener.cattle.io/cn-localhost': 'localhost', 'listener.cattle.io/fingerprint': `SHA1=${sha256Hex('k3s-serving').slice(0, 40).toUpperCase()}` } }),
    secret('kilo-tablet.node-password.k3s', 'Opaque', { hash: `$1:${DUMMY_SECRET_TEXT}` }, { labels: { 'objectset.rio.cattle.io/hash': sha256Hex('node-password').slice(0, 40) } }),
    secret('sh.helm.release.v1.traefik-crd.v1', 'helm.sh/release.v1', { release: `H4sI${DUMMY_SECRET_TEXT}` }, { labels: { name: 'traefik-crd', owner: 'helm', status: 'deployed', version: '1' } }),
    secret('sh.helm.release.v1.traefik.v1', 'helm.sh/release.v1', { release: `H4sI${DUMMY_SECRET_TEXT}` }, { labels: { name: 'traefik', owner: 'helm', status: 'deployed', version: '1' } }),
  ];
}

const SERVICE_ACCOUNTS = [
  'attachdetach-controller', 'bootstrap-signer', 'certificate-controller', 'clusterrole-aggregation-controller', 'coredns', 'cronjob-controller',
  'daemon-set-controller', 'deployment-controller', 'disruption-controller', 'endpoint-controller', 'endpointslice-controller', 'generic-garbage-collector',
  'helm-traefik', 'helm-traefik-crd', 'horizontal-pod-autoscaler', 'job-controller', 'local-path-provisioner-service-account', 'metrics-server',
  'namespace-controller', 'node-controller', 'pv-protection-controller', 'pvc-protection-controller', 'replicaset-controller', 'resourcequota-controller',
  'service-account-controller', 'statefulset-controller', 'svclb', 'token-cleaner', 'traefik', 'ttl-after-finished-controller',
];

function serviceAccounts(version) {
  return SERVICE_ACCOUNTS.map((name) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(name, version, { kind: 'ServiceAccount' }) }));
}

function services(version) {
  const service = (name, spec, extra = {}) => ({ apiVersion: 'v1', kind: 'Service', metadata: { ...meta(name, version, { ...extra, kind: 'Service' }), uid: name === 'traefik' ? TRAEFIK_SERVICE_UID : uidIn(ns, `Service/${name}`) }, spec: { internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', sessionAffinity: 'None', type: 'ClusterIP', ...spec }, status: { loadBalancer: extra.loadBalancer ?? {} } });
  return [
    service('kube-dns', { clusterIP: '10.43.0.10', clusterIPs: ['10.43.0.10'], ports: [{ name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 }, { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 }, { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 }], selector: { 'k8s-app': 'kube-dns' } }, { labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' } }),
    service('metrics-server', { clusterIP: '10.43.47.138', clusterIPs: ['10.43.47.138'], ports: [{ appProtocol: 'https', name: 'https', port: 443, protocol: 'TCP', targetPort: 'https' }], selector: { 'k8s-app': 'metrics-server' } }, { labels: { 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'Metrics-server' } }),
    service('traefik', {
      allocateLoadBalancerNodePorts: true, clusterIP: '10.43.88.211', clusterIPs: ['10.43.88.211'], externalTrafficPolicy: 'Cluster', type: 'LoadBalancer',
      ports: [{ name: 'web', nodePort: 30391, port: 80, protocol: 'TCP', targetPort: 'web' }, { name: 'websecure', nodePort: 31478, port: 443, protocol: 'TCP', targetPort: 'websecure' }],
      selector: { 'app.kubernetes.io/instance': 'traefik-kube-system', 'app.kubernetes.io/name': 'traefik' },
    }, { labels: { 'app.kubernetes.io/instance': 'traefik-kube-system', 'app.kubernetes.io/managed-by': 'Helm', 'app.kubernetes.io/name': 'traefik' }, annotations: { 'meta.helm.sh/release-name': 'traefik', 'meta.helm.sh/release-namespace': ns }, loadBalancer: { ingress: [{ ip: '192.168.1.50', ipMode: 'VIP' }] } }),
  ];
}

export function kubeSystemObjects(version) {
  const deploys = components(version);
  const lb = serviceLb(version);
  const jobs = helmInstallJobs(version);
  const defaults = namespaceDefaults(ns, INSTALLED, version);
  return {
    deployments: deploys.map((d) => d.deployment),
    replicaSets: deploys.map((d) => d.replicaSet),
    daemonSets: [lb.daemonSet],
    jobs: jobs.map((j) => j.job),
    pods: [...deploys.map((d) => d.pod), lb.pod, ...jobs.map((j) => j.pod)],
    services: services(version),
    configMaps: [...configMaps(version), defaults.rootCa].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name)),
    secrets: secrets(version),
    serviceAccounts: [...serviceAccounts(version), defaults.serviceAccount].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name)),
  };
}

/** How each image runs under the demo's kubelet (the helm Jobs' only matters for their logs). */
export const BEHAVIOURS = [
  { image: 'rancher/mirrored-coredns-coredns:1.12.0', startup: ['.:53', '[INFO] plugin/reload: Running configuration SHA512 = 8f3e5a1d2c', 'CoreDNS-1.12.0', 'linux/amd64, go1.23.3, 51e11f1'], every: { intervalSeconds: 60, lines: ['[INFO] plugin/reload: Running configuration SHA512 = 8f3e5a1d2c'] } },
  { image: 'rancher/local-path-provisioner:v0.0.30', startup: ['time="2025-12-14T09:49:12Z" level=info msg="Provisioner started"'], every: { intervalSeconds: 300, lines: ['time="2026-01-06T11:55:00Z" level=debug msg="config doesn\'t contain node kilo-tablet, use DEFAULT_PATH_FOR_NON_LISTED_NODES instead"'] } },
  { image: 'rancher/mirrored-metrics-server:v0.7.2', startup: ['I1214 09:49:13.101 1 serving.go:374] Generated self-signed cert (/tmp/apiserver.crt, /tmp/apiserver.key)', 'I1214 09:49:13.640 1 secure_serving.go:213] Serving securely on [::]:10250'], every: { intervalSeconds: 120, lines: ['I0106 11:58:00.000 1 server.go:191] "Scraped metrics" nodes=1 pods=21'] } },
  { image: 'rancher/mirrored-library-traefik:3.3.2', startup: ['2025-12-14T09:49:41Z INF Traefik version 3.3.2 built on 2025-01-14T15:00:00Z version=3.3.2', '2025-12-14T09:49:41Z INF Starting provider *crd.Provider', '2025-12-14T09:49:41Z INF Starting provider *ingress.Provider'], every: { intervalSeconds: 600, lines: ['2026-01-06T11:50:00Z INF Updated ingress status ingress=kilo-frontend namespace=kilo-guardian'] } },
  { image: 'rancher/klipper-lb:v0.4.9', startup: ['+ trap exit TERM INT', '+ BIN_DIR=/usr/sbin', '+ check_iptables_mode', '+ set +e', '+ grep nf_tables', '+ info \'nft mode detected\'', '+ sleep infinity'] },
  { image: 'rancher/klipper-helm:v0.9.4-build20250113', startup: ['+ [[ install = \\d\\e\\l\\e\\t\\e ]]', '+ helm_v3 install --namespace kube-system --version 34.2.1+up34.2.0 traefik /tmp/traefik.tgz', 'NAME: traefik', 'LAST DEPLOYED: Sun Dec 14 09:49:32 2025', 'NAMESPACE: kube-system', 'STATUS: deployed', 'REVISION: 1', 'TEST SUITE: None', '+ exit'] },
];
