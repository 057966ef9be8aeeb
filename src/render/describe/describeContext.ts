// What a kind's describe section may use besides the object: the clock, and objects of other kinds
// the store already holds (kubectl fetches them: a node's pods, a ServiceAccount's token Secrets).
// Each is absent when the store has not loaded that kind, and a section then says so or leaves the
// part out rather than printing "none" for what it never saw.
import type { KindName } from '../../domain/resources.js';
import type { Json } from './fields.js';

/** The pods the store holds: those of `namespace`, or of every namespace when it is "". */
export interface PodsInView {
  items: readonly Json[];
  namespace: string;
}

export interface DescribeContext {
  now: number;
  /** `x` in a Secret's describe: its values decoded, under a warning line. Never set for anything else. */
  revealSecret?: boolean;
  pods?: PodsInView;
  /** The Secrets the store holds (of the namespace in view). */
  secrets?: readonly Json[];
  /**
   * A Namespace's ResourceQuotas and LimitRanges, read when its describe opens. Absent when the
   * server does not serve them (kubectl then prints neither) or they were not read.
   */
  quotas?: readonly Json[];
  limitRanges?: readonly Json[];
  /** Why they could not be read (other than not being served). */
  policiesError?: string;
}

export type DescribeSection = (obj: Json, context: DescribeContext) => string[];

/**
 * The kinds a kind's describe reads besides its own and Events: watched while it is open, and
 * handed to its section as `pods` / `secrets` (ui/views/useRelatedObjects.ts). Pods are always
 * watched for the header, so only the Secrets add a watch.
 */
export const DESCRIBE_READS: Readonly<Partial<Record<KindName, readonly ('Pod' | 'Secret')[]>>> = {
  Node: ['Pod'],
  PersistentVolumeClaim: ['Pod'],
  DaemonSet: ['Pod'],
  ServiceAccount: ['Secret'],
};
