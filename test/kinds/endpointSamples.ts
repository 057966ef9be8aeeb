// Endpoints and an EndpointSlice as a v1.32 apiserver returns them for kube-system's kube-dns
// (`kubectl get endpoints,endpointslices -n kube-system -o json`, managedFields trimmed).
import type { Endpoints, EndpointSlice } from '../../src/domain/resources.js';

const dnsPod = { kind: 'Pod', namespace: 'kube-system', name: 'coredns-ccb96694c-x7m2k', uid: '0b6f3c1e-2a4d-4e5f-8a9b-1c2d3e4f5a6b' };

export const endpointsSample: Endpoints = {
  apiVersion: 'v1',
  kind: 'Endpoints',
  metadata: {
    name: 'kube-dns',
    namespace: 'kube-system',
    uid: '7d1e5c2a-9b3f-4a6e-8c0d-2f4b6a8c0e1d',
    resourceVersion: '912',
    creationTimestamp: '2025-11-02T09:14:20Z',
    labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
    annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': '2025-11-02T09:15:02Z' },
  },
  subsets: [{
    addresses: [{ ip: '10.42.0.4', nodeName: 'kilo-tablet', targetRef: dnsPod }],
    ports: [{ name: 'dns-tcp', port: 53, protocol: 'TCP' }, { name: 'dns', port: 53, protocol: 'UDP' }, { name: 'metrics', port: 9153, protocol: 'TCP' }],
  }],
};

export const endpointSliceSample: EndpointSlice = {
  apiVersion: 'discovery.k8s.io/v1',
  kind: 'EndpointSlice',
  metadata: {
    name: 'kube-dns-xq8vz',
    generateName: 'kube-dns-',
    namespace: 'kube-system',
    uid: '3c5e7a9b-1d2f-4e6a-8b0c-4d6f8a0b2c4e',
    resourceVersion: '913',
    generation: 2,
    creationTimestamp: '2025-11-02T09:14:20Z',
    labels: {
      'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
      'k8s-app': 'kube-dns',
      'kubernetes.io/cluster-service': 'true',
      'kubernetes.io/name': 'CoreDNS',
      'kubernetes.io/service-name': 'kube-dns',
    },
    annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': '2025-11-02T09:15:02Z' },
    ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: 'kube-dns', uid: '5a7c9e1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b', controller: true, blockOwnerDeletion: true }],
  },
  addressType: 'IPv4',
  endpoints: [{ addresses: ['10.42.0.4'], conditions: { ready: true, serving: true, terminating: false }, nodeName: 'kilo-tablet', targetRef: dnsPod }],
  ports: [{ name: 'dns-tcp', port: 53, protocol: 'TCP' }, { name: 'dns', port: 53, protocol: 'UDP' }, { name: 'metrics', port: 9153, protocol: 'TCP' }],
};
