// What deleting Endpoints or an EndpointSlice means. Those the controllers keep for a Service with
// a selector are written again at once (a slice under a new name), so deleting one only forces a
// resync; hand-made ones (a Service without a selector) are the Service's only endpoints.
import { ENDPOINTSLICE_CONTROLLER, MANAGED_BY_LABEL, SERVICE_NAME_LABEL, type Endpoints, type EndpointSlice } from '../endpointResources.js';
import type { ClusterSnapshot } from '../resources.js';
import type { DeleteImpact } from './deleteImpact.js';
import { countOf } from './planContext.js';

const selectingService = (snapshot: ClusterSnapshot | undefined, name: string | undefined) =>
  name === undefined ? undefined : snapshot?.services.find((svc) => svc.metadata.name === name && Object.keys(svc.spec.selector ?? {}).length > 0);

export const endpointSliceDeleteImpact: DeleteImpact<EndpointSlice> = (slice) => {
  const service = slice.metadata.labels?.[SERVICE_NAME_LABEL];
  const addresses = (slice.endpoints ?? []).reduce((sum, ep) => sum + ep.addresses.length, 0);
  if (slice.metadata.labels?.[MANAGED_BY_LABEL] === ENDPOINTSLICE_CONTROLLER) {
    const of = service ? ` from service ${service}'s pods` : '';
    return { impact: `the endpointslice controller creates it again${of}, under a new name`, dangerous: false, podsTerminated: 0 };
  }
  const whose = service ? `service ${service}` : 'its service';
  return { impact: `${whose} loses ${countOf(addresses, 'endpoint address')} (not managed by the endpointslice controller)`, dangerous: addresses > 0, podsTerminated: 0 };
};

export const endpointsDeleteImpact: DeleteImpact<Endpoints> = (endpoints, snapshot) => {
  const name = endpoints.metadata.name;
  if (selectingService(snapshot, name)) {
    return { impact: `the endpoints controller writes it again from service ${name}'s pods`, dangerous: false, podsTerminated: 0 };
  }
  const addresses = (endpoints.subsets ?? []).reduce((sum, s) => sum + (s.addresses?.length ?? 0) + (s.notReadyAddresses?.length ?? 0), 0);
  const why = snapshot ? 'no Service with a selector keeps it' : 'kept by hand unless its Service has a selector';
  return { impact: `service ${name} loses ${countOf(addresses, 'address')} (${why})`, dangerous: addresses > 0, podsTerminated: 0 };
};
