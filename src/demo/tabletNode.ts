// The demo cluster's one Node: the user's tablet, a single-node k3s server, as `kubectl get node
// -o yaml` shows such a host. A real kubelet registers its own Node object at start; so does the
// simulated one, here. Capacity matches what the pods' logs say about the machine (ollama sees
// 7.6 GiB and an AVX2 CPU: a 4-core x86 tablet).
import { stableUid } from './stableUid.js';
import type { KubeNode } from '../domain/resources.js';

export const NODE_HOST_IP = '192.168.1.50';

/** 7.6 GiB of RAM, as /proc/meminfo reports it (kubelet capacity is MemTotal). */
const MEMORY_CAPACITY_KI = 7_960_380;
/** The kubelet's default eviction threshold (memory.available<100Mi) comes off allocatable. */
const EVICTION_HARD_KI = 100 * 1024;

const timestamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function tabletNode(name: string, createdAt: string, now: number): KubeNode {
  const heartbeat = timestamp(now);
  const condition = (type: string, status: 'True' | 'False', reason: string, message: string) => ({
    type, status, reason, message, lastHeartbeatTime: heartbeat, lastTransitionTime: createdAt,
  });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      uid: stableUid(`node/${name}`),
      creationTimestamp: createdAt,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/instance-type': 'k3s',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'node-role.kubernetes.io/control-plane': 'true',
        'node-role.kubernetes.io/master': 'true',
        'node.kubernetes.io/instance-type': 'k3s',
      },
      annotations: {
        'alpha.kubernetes.io/provided-node-ip': NODE_HOST_IP,
        'k3s.io/hostname': name,
        'k3s.io/internal-ip': NODE_HOST_IP,
        'k3s.io/node-args': '["server","--write-kubeconfig-mode","0600"]',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: { podCIDR: '10.42.0.0/24', podCIDRs: ['10.42.0.0/24'], providerID: `k3s://${name}` },
    status: {
      capacity: { cpu: '4', 'ephemeral-storage': '122485360Ki', 'hugepages-2Mi': '0', memory: `${MEMORY_CAPACITY_KI}Ki`, pods: '110' },
      allocatable: { cpu: '4', 'ephemeral-storage': '119155144476', 'hugepages-2Mi': '0', memory: `${MEMORY_CAPACITY_KI - EVICTION_HARD_KI}Ki`, pods: '110' },
      conditions: [
        condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [
        { type: 'InternalIP', address: NODE_HOST_IP },
        { type: 'Hostname', address: name },
      ],
      nodeInfo: {
        architecture: 'amd64',
        bootID: 'c2f1e7a4-5b3d-4e8a-9f6c-1d2e3f4a5b6c',
        containerRuntimeVersion: 'containerd://1.7.23-k3s2',
        kernelVersion: '6.8.0-51-generic',
        kubeProxyVersion: 'v1.32.0+k3s1',
        kubeletVersion: 'v1.32.0+k3s1',
        machineID: '4e1f0c9a2b7d4c3e8f5a6b7c8d9e0f1a',
        operatingSystem: 'linux',
        osImage: 'Ubuntu 24.04.1 LTS',
        systemUUID: '7d3c9b2a-1e4f-4a5b-8c6d-9e0f1a2b3c4d',
      },
    },
  };
}
