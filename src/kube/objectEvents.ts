// The Events about one object, read as kubectl describe reads them (a field selector on the
// involved object). The describe view uses it for cluster-scoped objects (Nodes, PVs, Namespaces):
// their Events live in whatever namespace the reporter chose ("default" for a node's kubelet), which
// the store's Event watch of the namespace in view does not see.
import { admitList } from '../domain/admitObject.js';
import type { KubeEvent } from '../domain/resources.js';
import type { HttpClient } from './httpClient.js';
import type { EventSubject, RequestOptions } from './types.js';

export async function readObjectEvents(client: HttpClient, subject: EventSubject, options: RequestOptions = {}): Promise<KubeEvent[]> {
  const selector = [
    `involvedObject.kind=${subject.kind}`,
    `involvedObject.name=${subject.name}`,
    ...(subject.namespace ? [`involvedObject.namespace=${subject.namespace}`] : []),
    ...(subject.uid ? [`involvedObject.uid=${subject.uid}`] : []),
  ].join(',');
  const base = subject.namespace ? `/api/v1/namespaces/${encodeURIComponent(subject.namespace)}/events` : '/api/v1/events';
  const body = await client.json<{ items?: unknown }>({ method: 'GET', path: `${base}?fieldSelector=${encodeURIComponent(selector)}`, timeoutMs: options.timeoutMs });
  return admitList<KubeEvent>('Event', Array.isArray(body?.items) ? body.items : []).items;
}
