// The JSON shapes of Endpoints and EndpointSlices, as endpointResources.ts declares them (checked
// by admitObject.ts on every object from the server).
import { arr, metadata, obj, opt, req, type Shape } from './objectShapes.js';

const objectReference = obj({ apiVersion: opt('string'), kind: opt('string'), namespace: opt('string'), name: opt('string'), uid: opt('string') });

const endpointAddress = obj({ ip: req('string'), hostname: opt('string'), nodeName: opt('string'), targetRef: opt(objectReference) });

export const endpointsShape: Shape = obj({
  metadata: req(metadata),
  subsets: opt(arr(obj({
    addresses: opt(arr(endpointAddress)),
    notReadyAddresses: opt(arr(endpointAddress)),
    ports: opt(arr(obj({ name: opt('string'), port: req('number'), protocol: opt('string'), appProtocol: opt('string') }))),
  }))),
});

export const endpointSliceShape: Shape = obj({
  metadata: req(metadata),
  addressType: req('string'),
  endpoints: opt(arr(obj({
    addresses: req(arr('string')),
    conditions: opt(obj({ ready: opt('boolean'), serving: opt('boolean'), terminating: opt('boolean') })),
    hostname: opt('string'),
    targetRef: opt(objectReference),
    nodeName: opt('string'),
    zone: opt('string'),
  }))),
  ports: opt(arr(obj({ name: opt('string'), protocol: opt('string'), port: opt('number'), appProtocol: opt('string') }))),
});
