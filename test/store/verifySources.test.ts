// The live :verify watches EndpointSlices and PVCs besides the audit's kinds, and judges from the
// pods (saying why) until the slices have been listed, or when their watch is forbidden or failing.
import { describe, expect, it } from 'vitest';
import { AUDITED_KINDS } from '../../src/domain/kinds.js';
import type { ClusterSnapshot, EndpointSlice } from '../../src/domain/resources.js';
import { demandedKinds } from '../../src/store/watchDemand.js';
import { unlistedVerifyKinds } from '../../src/store/verifySources.js';
import { endpointSliceSample } from '../kinds/endpointSamples.js';

const snapshot = (endpointSlices: EndpointSlice[] = []): ClusterSnapshot => ({ namespace: 'kube-system', now: 0, deployments: [], replicaSets: [], pods: [], services: [], events: [], endpointSlices, persistentVolumeClaims: [] });

describe(':verify sources', () => {
  it('watches the audit kinds, EndpointSlices and PersistentVolumeClaims while :verify is open', () => {
    const kinds = demandedKinds({ stack: [{ type: 'overview', id: 0 }, { type: 'verify', id: 1, scroll: 0 }] });
    expect([...kinds]).toEqual(expect.arrayContaining([...AUDITED_KINDS, 'EndpointSlice', 'PersistentVolumeClaim']));
  });

  it('names why a kind is not listed: not watched, not yet, forbidden, failing with nothing listed', () => {
    expect(unlistedVerifyKinds({}, snapshot())).toEqual({ EndpointSlice: 'EndpointSlices not watched', PersistentVolumeClaim: 'PersistentVolumeClaims not watched' });
    expect(unlistedVerifyKinds({ EndpointSlice: { status: 'connecting' }, PersistentVolumeClaim: { status: 'connected' } }, snapshot())).toEqual({ EndpointSlice: 'not listed yet' });
    expect(unlistedVerifyKinds({ EndpointSlice: { status: 'forbidden', message: 'endpointslices.discovery.k8s.io is forbidden' }, PersistentVolumeClaim: { status: 'connected' } }, snapshot()))
      .toEqual({ EndpointSlice: 'forbidden: endpointslices.discovery.k8s.io is forbidden' });
    expect(unlistedVerifyKinds({ EndpointSlice: { status: 'reconnecting', attempt: 2, lastError: '404 Not Found' }, PersistentVolumeClaim: { status: 'connected' } }, snapshot()))
      .toEqual({ EndpointSlice: '404 Not Found' });
  });

  it('a watch reconnecting after it delivered its list still counts as listed', () => {
    expect(unlistedVerifyKinds({ EndpointSlice: { status: 'reconnecting', attempt: 1, lastError: 'socket hang up' }, PersistentVolumeClaim: { status: 'connected' } }, snapshot([endpointSliceSample]))).toEqual({});
  });
});
