// Which cluster and namespace the TUI shows, and switching them live (`:ns`, `0`, `:ctx`): the
// watches of the old one stop, the store forgets its objects and marks (one line says so), and
// the watches start again on the new one. A context that cannot be reached leaves everything as
// it was, with one line saying why. The namespace chosen is remembered per context.
import type { ContextEntry } from '../../kube/kubeconfig.js';
import type { ClusterGateway } from '../../kube/types.js';
import type { ClusterStore } from '../../store/clusterStore.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { switchableGateway, type SwitchableGateway } from './switchableGateway.js';

export interface ClusterSessionDeps {
  /** Starts the watches of `gateway` feeding `store`; returns what stops them. */
  sync(gateway: ClusterGateway, store: ClusterStore): () => void;
  /** Opens `context` (its remembered namespace, else its own) once its server answered; rejects with one line. */
  openContext?(context: string): Promise<ClusterGateway>;
  /** The merged kubeconfig's contexts; absent when there is no kubeconfig to switch in. */
  contexts?(): ContextEntry[];
  /** Remembers the namespace chosen in a context (best effort: a read-only home must not stop a switch). */
  remember?(context: string, namespace: string): void;
}

/** How the header and notices name a namespace ("" is every namespace). */
export const namespaceLabel = (namespace: string): string => (namespace === '' ? 'all namespaces' : `namespace ${namespace}`);

export class ClusterSession {
  readonly gateway: SwitchableGateway;
  /** The context's own gateway, owner of the connection; namespaces are views of it. */
  private root: ClusterGateway;
  private stopSync: () => void;
  private switching = 0;

  constructor(
    private readonly store: ClusterStore,
    initial: ClusterGateway,
    private readonly deps: ClusterSessionDeps,
    /** A sync already started on `initial` (the CLI starts the lists before the UI loads). */
    started?: () => void,
  ) {
    this.root = initial;
    this.gateway = switchableGateway(initial);
    this.stopSync = started ?? deps.sync(initial, store);
  }

  contexts(): ContextEntry[] {
    return this.deps.contexts?.() ?? [];
  }

  /** Every namespace for "" (`0`, `:ns all`, -A); the watches move at once. */
  switchNamespace(namespace: string): void {
    const current = this.gateway.current();
    if (namespace === current.namespace) {
      this.store.getState().mutators.setFlash(`already in ${namespaceLabel(namespace)}`);
      return;
    }
    const next = namespace === this.root.namespace ? this.root : this.root.forNamespace?.(namespace);
    if (!next) {
      this.store.getState().mutators.setFlash('this connection cannot change namespace');
      return;
    }
    this.replace(next, `${namespaceLabel(namespace)}`);
    this.remember(next);
  }

  /** Opens `context`; on failure the old cluster stays and the error is the one line shown. */
  async switchContext(context: string): Promise<void> {
    const { mutators } = this.store.getState();
    if (!this.deps.openContext) return mutators.setFlash('no kubeconfig to switch contexts in');
    if (context === this.gateway.current().context) return mutators.setFlash(`already in context ${sanitizeLine(context)}`);
    const attempt = ++this.switching;
    mutators.setFlash(`connecting to context ${sanitizeLine(context)}…`);
    let opened: ClusterGateway;
    try {
      opened = await this.deps.openContext(context);
    } catch (error) {
      if (attempt !== this.switching) return;
      const reason = error instanceof Error ? error.message : String(error);
      this.store.getState().mutators.setFlash(sanitizeLine(`cannot switch to context ${context}: ${reason}; still on ${this.gateway.current().context}`));
      return;
    }
    // A later switch (or quit) won: this one's connection is not needed.
    if (attempt !== this.switching) return opened.close();
    const oldRoot = this.root;
    const oldCurrent = this.gateway.current();
    this.root = opened;
    this.replace(opened, `context ${context}, ${namespaceLabel(opened.namespace)}`);
    if (oldCurrent !== oldRoot) oldCurrent.close();
    oldRoot.close();
  }

  /** Stops the watches and closes every connection (quit). */
  close(): void {
    this.switching++;
    this.stopSync();
    const current = this.gateway.current();
    if (current !== this.root) current.close();
    this.root.close();
  }

  private replace(next: ClusterGateway, where: string): void {
    const previous = this.gateway.current();
    const { marks, mutators } = this.store.getState();
    const cleared = Object.keys(marks).length;
    this.stopSync();
    if (previous !== this.root && previous !== next) previous.close();
    this.gateway.switchTo(next);
    mutators.switchedCluster(sanitizeLine(`now showing ${where}${cleared > 0 ? ` (${cleared} mark${cleared === 1 ? '' : 's'} cleared)` : ''}`));
    this.stopSync = this.deps.sync(next, this.store);
  }

  private remember(gateway: ClusterGateway): void {
    try {
      this.deps.remember?.(gateway.context, gateway.namespace);
    } catch {
      // Not remembering is not worth interrupting the switch for.
    }
  }
}
