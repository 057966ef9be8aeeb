// Deleting what the endpoints controllers keep only makes them write it again; deleting hand-made
// endpoints takes a Service's only addresses away and asks twice.
import { describe, expect, it } from 'vitest';
import { endpointSliceDeleteImpact, endpointsDeleteImpact } from '../../../src/domain/plans/endpointDeleteImpacts.js';
import type { ClusterSnapshot, Service } from '../../../src/domain/resources.js';
import { endpointSliceSample, endpointsSample } from '../../kinds/endpointSamples.js';

const kubeDns: Service = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kube-dns', namespace: 'kube-system', uid: 'uid-dns' }, spec: { selector: { 'k8s-app': 'kube-dns' } } };
const snapshot = (services: Service[]): ClusterSnapshot => ({ namespace: 'kube-system', now: 0, deployments: [], replicaSets: [], pods: [], services, events: [] });

describe('delete impacts', () => {
  it('a managed slice is created again, under a new name: not dangerous', () => {
    expect(endpointSliceDeleteImpact(endpointSliceSample)).toEqual({ impact: "the endpointslice controller creates it again from service kube-dns's pods, under a new name", dangerous: false, podsTerminated: 0 });
  });

  it('a slice not managed by the controller takes its addresses with it', () => {
    const manual = { ...endpointSliceSample, metadata: { ...endpointSliceSample.metadata, labels: { 'kubernetes.io/service-name': 'nas' } } };
    expect(endpointSliceDeleteImpact(manual)).toMatchObject({ impact: 'service nas loses 1 endpoint address (not managed by the endpointslice controller)', dangerous: true });
  });

  it('Endpoints of a Service with a selector are written again; of one without, they go', () => {
    expect(endpointsDeleteImpact(endpointsSample, snapshot([kubeDns]))).toMatchObject({ dangerous: false, impact: "the endpoints controller writes it again from service kube-dns's pods" });
    expect(endpointsDeleteImpact(endpointsSample, snapshot([{ ...kubeDns, spec: {} }]))).toMatchObject({ dangerous: true, impact: 'service kube-dns loses 1 address (no Service with a selector keeps it)' });
  });
});
