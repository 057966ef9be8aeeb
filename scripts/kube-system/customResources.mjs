// k3s's custom resources in kube-system: the CRDs its bundled traefik and helm-controller install
// (traefik.io IngressRoute and Middleware, v1alpha1; helm.cattle.io HelmChart, v1) and a few objects
// of them, as `kubectl get -o yaml` prints them on a k3s tablet host (trimmed of managedFields
// except where noted, and of the long OpenAPI schemas, which the demo server does not check).
import { uidFor } from '../kilo-guardian/ids.mjs';
import { CAPTURED_AT } from '../kilo-guardian/services.mjs';
import { DAY, HOUR, MINUTE, stamp } from '../kilo-guardian/time.mjs';

export { CAPTURED_AT };
export const NAMESPACE = 'kube-system';

// k3s was installed on the tablet 64 days before capture; its CRDs date from the first start.
const INSTALLED = 64 * DAY + 3 * HOUR + 12 * MINUTE;
const uid = (seed) => uidFor(`${NAMESPACE}/${seed}`);

const openSchema = { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } };

const crd = ({ group, kind, plural, singular, version, printerColumns, shortNames, categories, helm }, nextVersion, createdMsAgo) => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: {
    annotations: helm ? { 'controller-gen.kubebuilder.io/version': 'v0.16.1', 'meta.helm.sh/release-name': 'traefik-crd', 'meta.helm.sh/release-namespace': 'kube-system' } : {},
    creationTimestamp: stamp(createdMsAgo),
    generation: 1,
    ...(helm ? { labels: { 'app.kubernetes.io/managed-by': 'Helm' } } : {}),
    name: `${plural}.${group}`,
    resourceVersion: String(nextVersion()),
    uid: uid(`crd/${plural}.${group}`),
  },
  spec: {
    conversion: { strategy: 'None' },
    group,
    names: { kind, listKind: `${kind}List`, plural, singular, ...(shortNames ? { shortNames } : {}), ...(categories ? { categories } : {}) },
    scope: 'Namespaced',
    versions: [
      {
        name: version,
        schema: openSchema,
        served: true,
        storage: true,
        ...(printerColumns ? { additionalPrinterColumns: printerColumns } : {}),
        ...(printerColumns ? { subresources: { status: {} } } : {}),
      },
    ],
  },
  status: {
    acceptedNames: { kind, listKind: `${kind}List`, plural, singular, ...(shortNames ? { shortNames } : {}) },
    conditions: [
      { lastTransitionTime: stamp(createdMsAgo), message: 'no conflicts found', reason: 'NoConflicts', status: 'True', type: 'NamesAccepted' },
      { lastTransitionTime: stamp(createdMsAgo), message: 'the initial names have been accepted', reason: 'InitialNamesAccepted', status: 'True', type: 'Established' },
    ],
    storedVersions: [version],
  },
});

/** k3s's helm-controller CRD, with the printer columns it declares. */
const HELM_CHART = {
  group: 'helm.cattle.io', kind: 'HelmChart', plural: 'helmcharts', singular: 'helmchart', version: 'v1',
  printerColumns: [
    { jsonPath: '.status.jobName', name: 'Job', type: 'string' },
    { jsonPath: '.spec.chart', name: 'Chart', type: 'string' },
    { jsonPath: '.spec.targetNamespace', name: 'TargetNamespace', type: 'string' },
    { jsonPath: '.spec.version', name: 'Version', type: 'string' },
    { jsonPath: '.spec.repo', name: 'Repo', type: 'string' },
    { jsonPath: '.spec.helmVersion', name: 'HelmVersion', type: 'string' },
    { jsonPath: '.spec.bootstrap', name: 'Bootstrap', type: 'string' },
  ],
};
/** traefik's CRDs declare no printer columns: kubectl shows NAME and AGE. */
const INGRESS_ROUTE = { group: 'traefik.io', kind: 'IngressRoute', plural: 'ingressroutes', singular: 'ingressroute', version: 'v1alpha1', helm: true };
const MIDDLEWARE = { group: 'traefik.io', kind: 'Middleware', plural: 'middlewares', singular: 'middleware', version: 'v1alpha1', helm: true };

export function customResourceDefinitions(nextVersion) {
  return [crd(HELM_CHART, nextVersion, INSTALLED), crd(INGRESS_ROUTE, nextVersion, INSTALLED - 2 * MINUTE), crd(MIDDLEWARE, nextVersion, INSTALLED - 2 * MINUTE)];
}

const helmChart = (name, spec, jobName, nextVersion, createdMsAgo) => ({
  apiVersion: 'helm.cattle.io/v1',
  kind: 'HelmChart',
  metadata: {
    annotations: { 'helmcharts.cattle.io/managed-by': 'helm-controller' },
    creationTimestamp: stamp(createdMsAgo),
    finalizers: ['wrangler.cattle.io/on-helm-chart-remove'],
    generation: 1,
    name,
    namespace: NAMESPACE,
    resourceVersion: String(nextVersion()),
    uid: uid(`helmchart/${name}`),
  },
  spec,
  status: { jobName },
});

export function helmCharts(nextVersion) {
  return [
    helmChart('traefik-crd', { bootstrap: false, chart: 'https://%{KUBERNETES_API}%/static/charts/traefik-crd-27.0.201+up27.0.2.tgz' }, 'helm-install-traefik-crd', nextVersion, INSTALLED - MINUTE),
    helmChart(
      'traefik',
      {
        bootstrap: false,
        chart: 'https://%{KUBERNETES_API}%/static/charts/traefik-27.0.201+up27.0.2.tgz',
        set: { 'global.systemDefaultRegistry': '' },
        valuesContent: 'deployment:\n  podAnnotations:\n    prometheus.io/port: "8082"\n    prometheus.io/scrape: "true"\nproviders:\n  kubernetesIngress:\n    publishedService:\n      enabled: true\npriorityClassName: "system-cluster-critical"\n',
      },
      'helm-install-traefik',
      nextVersion,
      INSTALLED - MINUTE,
    ),
  ];
}

const traefikObject = (kind, name, spec, nextVersion, createdMsAgo) => ({
  apiVersion: 'traefik.io/v1alpha1',
  kind,
  metadata: {
    annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ apiVersion: 'traefik.io/v1alpha1', kind, metadata: { name, namespace: NAMESPACE }, spec }) + '\n' },
    creationTimestamp: stamp(createdMsAgo),
    generation: 1,
    // What `kubectl get -o yaml` shows and kilo-tui's YAML view strips.
    managedFields: [
      { apiVersion: 'traefik.io/v1alpha1', fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': {} }, manager: 'kubectl-client-side-apply', operation: 'Update', time: stamp(createdMsAgo) },
    ],
    name,
    namespace: NAMESPACE,
    resourceVersion: String(nextVersion()),
    uid: uid(`${kind.toLowerCase()}/${name}`),
  },
  spec,
});

export function ingressRoutes(nextVersion) {
  return [
    traefikObject('IngressRoute', 'traefik-dashboard', {
      entryPoints: ['web'],
      routes: [{ kind: 'Rule', match: 'Host(`traefik.kilo.home`) && (PathPrefix(`/dashboard`) || PathPrefix(`/api`))', middlewares: [{ name: 'dashboard-auth' }], services: [{ kind: 'TraefikService', name: 'api@internal' }] }],
    }, nextVersion, 41 * DAY + 2 * HOUR),
    traefikObject('IngressRoute', 'kilo-frontend', {
      entryPoints: ['web', 'websecure'],
      routes: [{ kind: 'Rule', match: 'Host(`kilo.home`)', middlewares: [{ name: 'redirect-https' }], services: [{ name: 'kilo-frontend', namespace: 'kilo-guardian', port: 80 }] }],
    }, nextVersion, 38 * DAY + 5 * HOUR),
  ];
}

export function middlewares(nextVersion) {
  return [
    traefikObject('Middleware', 'dashboard-auth', { basicAuth: { secret: 'traefik-dashboard-auth' } }, nextVersion, 41 * DAY + 2 * HOUR),
    traefikObject('Middleware', 'redirect-https', { redirectScheme: { permanent: true, scheme: 'https' } }, nextVersion, 38 * DAY + 5 * HOUR),
  ];
}
