// What the endpoints and endpointslice controllers publish for one Service, from its pods: pure,
// so the rules are tested without a cluster. Followed from kube-controller-manager (v1.32):
// - a pod counts when it has an IP and has not finished (Succeeded/Failed);
// - EndpointSlices keep terminating pods (terminating: true, ready: false) while Endpoints drop
//   them; `ready` is readiness (or publishNotReadyAddresses), `serving` readiness alone;
// - each service port resolves per pod (a named targetPort through the container's ports; a pod
//   without that port leaves it out), and endpoints are grouped by the ports they resolved to;
// - a Service whose selector matches nothing gets one placeholder slice (endpoints and ports null).
import { matchesSelector } from '../../domain/labels.js';
import type { Endpoints, EndpointSubset, Pod, Service, SliceEndpoint, SlicePort } from '../../domain/resources.js';

/** The fields of a Service and its ports this reads that kilo-tui's own type leaves out. */
type ServiceSpecExtras = { publishNotReadyAddresses?: boolean; ports?: { appProtocol?: string }[] };

export interface EndpointGroup {
  /** The resolved ports (name, number, protocol) these endpoints share; empty for the placeholder. */
  ports: SlicePort[];
  endpoints: SliceEndpoint[];
}

export interface DesiredEndpoints {
  subsets: EndpointSubset[];
  /** One per distinct port set; one placeholder when no pod is an endpoint. */
  slices: EndpointGroup[];
}

/** Services the controllers publish endpoints for: those with a selector (not ExternalName). */
export const hasEndpointsController = (svc: Service): boolean =>
  svc.spec.type !== 'ExternalName' && Object.keys(svc.spec.selector ?? {}).length > 0;

const isReady = (pod: Pod): boolean => pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

const podIPv4 = (pod: Pod): string | undefined => {
  const podIPs = (pod.status as { podIPs?: { ip?: string }[] } | undefined)?.podIPs ?? [];
  const ips = [...podIPs.map((entry) => entry.ip), pod.status?.podIP].filter((ip): ip is string => Boolean(ip));
  return ips.find((ip) => !ip.includes(':'));
};

const finished = (pod: Pod): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

/** podutil.FindPort: a number as is; a name through the containers' ports of the same protocol. */
export function resolvePort(pod: Pod, port: NonNullable<Service['spec']['ports']>[number]): number | undefined {
  const target = port.targetPort ?? port.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  const protocol = port.protocol ?? 'TCP';
  for (const container of pod.spec.containers) {
    const found = container.ports?.find((p) => p.name === target && (p.protocol ?? 'TCP') === protocol);
    if (found) return found.containerPort;
  }
  return undefined;
}

const portKey = (ports: readonly SlicePort[]): string => JSON.stringify(ports.map((p) => [p.name, p.port, p.protocol, p.appProtocol]));

export function desiredEndpoints(svc: Service, pods: readonly Pod[]): DesiredEndpoints {
  const spec = svc.spec as Service['spec'] & ServiceSpecExtras;
  const publishNotReady = spec.publishNotReadyAddresses === true;
  const selected = pods
    .filter((pod) => pod.metadata.namespace === svc.metadata.namespace && matchesSelector(pod.metadata.labels, svc.spec.selector) && !finished(pod))
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  const subsets = new Map<string, EndpointSubset>();
  const slices = new Map<string, EndpointGroup>();
  for (const pod of selected) {
    const ip = podIPv4(pod);
    if (!ip) continue;
    const ports: SlicePort[] = [];
    (spec.ports ?? []).forEach((port, i) => {
      const number = resolvePort(pod, port);
      if (number === undefined) return;
      const appProtocol = spec.ports?.[i]?.appProtocol;
      ports.push({ name: port.name ?? '', port: number, protocol: port.protocol ?? 'TCP', ...(appProtocol ? { appProtocol } : {}) });
    });
    // A Service with ports none of which this pod has publishes no address for it; a headless one without ports publishes the bare IP.
    if (ports.length === 0 && ((spec.ports ?? []).length > 0 || spec.clusterIP !== 'None')) continue;
    const key = portKey(ports);
    const targetRef = { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid };
    const nodeName = pod.spec.nodeName;
    const terminating = pod.metadata.deletionTimestamp !== undefined;
    const serving = isReady(pod);
    const ready = publishNotReady || (serving && !terminating);

    let group = slices.get(key);
    if (!group) slices.set(key, (group = { ports, endpoints: [] }));
    group.endpoints.push({ addresses: [ip], conditions: { ready, serving, terminating }, ...(nodeName ? { nodeName } : {}), targetRef });

    if (terminating && !publishNotReady) continue;
    let subset = subsets.get(key);
    if (!subset) {
      subset = ports.length ? { ports: ports.map(({ name, port, protocol, appProtocol }) => ({ ...(name ? { name } : {}), port: port!, protocol, ...(appProtocol ? { appProtocol } : {}) })) } : {};
      subsets.set(key, subset);
    }
    const address = { ip, ...(nodeName ? { nodeName } : {}), targetRef };
    if (ready) (subset.addresses ??= []).push(address);
    else (subset.notReadyAddresses ??= []).push(address);
  }
  const byIp = (a: { ip: string }, b: { ip: string }) => a.ip.localeCompare(b.ip, 'en', { numeric: true });
  for (const subset of subsets.values()) {
    subset.addresses?.sort(byIp);
    subset.notReadyAddresses?.sort(byIp);
  }
  return {
    subsets: [...subsets.values()],
    slices: slices.size > 0 ? [...slices.values()] : [{ ports: [], endpoints: [] }],
  };
}

/** The Endpoints object's subsets as the API returns them: absent rather than empty. */
export const endpointsBody = (desired: DesiredEndpoints): Pick<Endpoints, 'subsets'> => (desired.subsets.length ? { subsets: desired.subsets } : {});

export const groupKey = (group: EndpointGroup): string => portKey(group.ports);
