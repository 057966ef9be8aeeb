// Pane kind → what it lists, how it renders and where Enter drills down to (k9s's registrar).
import type { KubeObject } from '../domain/resources.js';
import type { WatchedKind } from '../kube/types.js';
import { deploymentRenderer } from './deployments.js';
import { eventRenderer } from './events.js';
import { podRenderer } from './pods.js';
import { replicaSetRenderer } from './replicaSets.js';
import { serviceRenderer } from './services.js';
import type { Renderer } from './types.js';

export type ListKind = 'deploy' | 'rs' | 'pods' | 'svc' | 'events';

export interface ListDefinition {
  kind: WatchedKind;
  title: string;
  renderer: Renderer;
  /** The list Enter opens for the selected object, scoped to it; describe when absent. */
  drillsTo?: ListKind;
}

export const LISTS: Readonly<Record<ListKind, ListDefinition>> = {
  deploy: { kind: 'Deployment', title: 'Deployments', renderer: deploymentRenderer as Renderer<KubeObject>, drillsTo: 'rs' },
  rs: { kind: 'ReplicaSet', title: 'ReplicaSets', renderer: replicaSetRenderer as Renderer<KubeObject>, drillsTo: 'pods' },
  pods: { kind: 'Pod', title: 'Pods', renderer: podRenderer as Renderer<KubeObject> },
  svc: { kind: 'Service', title: 'Services', renderer: serviceRenderer as Renderer<KubeObject> },
  events: { kind: 'Event', title: 'Events', renderer: eventRenderer as Renderer<KubeObject> },
};

/** `:deploy`, `:dp`, `:rs`, `:pods`, `:po`, `:svc`, `:events`, `:ev` (and kubectl's long names). */
export const COMMAND_ALIASES: Readonly<Record<string, ListKind>> = {
  deploy: 'deploy', dp: 'deploy', deployment: 'deploy', deployments: 'deploy',
  rs: 'rs', replicaset: 'rs', replicasets: 'rs',
  pods: 'pods', po: 'pods', pod: 'pods',
  svc: 'svc', service: 'svc', services: 'svc',
  events: 'events', ev: 'events', event: 'events',
};
