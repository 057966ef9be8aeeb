// Pod IPs as k3s's flannel + host-local IPAM hands them out on a node's /24 (10.42.0.0/24): .1 is
// the cni0 bridge, the rest go out in order after the last one given, wrapping, and never to an
// address a pod still holds. Random addresses collided with the fixtures' (kubectl get endpoints
// showed one IP for two pods).
import type { Pod } from '../../domain/resources.js';

const PREFIX = '10.42.0.';
const FIRST = 2;
const LAST = 254;

export class PodIpAllocator {
  private last = FIRST - 1;

  constructor(private readonly podsOnNode: () => readonly Pod[]) {}

  /** The next free address, or undefined when the range is exhausted (host-local then fails the sandbox). */
  allocate(): string | undefined {
    const held = new Set<string>();
    for (const pod of this.podsOnNode()) {
      if (pod.status?.podIP) held.add(pod.status.podIP);
      for (const entry of pod.status?.podIPs ?? []) if (entry.ip) held.add(entry.ip);
    }
    for (let step = 1; step <= LAST - FIRST + 1; step++) {
      const octet = FIRST + ((this.last - FIRST + step) % (LAST - FIRST + 1));
      const ip = PREFIX + octet;
      if (!held.has(ip)) {
        this.last = octet;
        return ip;
      }
    }
    return undefined;
  }
}
