// kilo-tui on one namespace with a kind's list open, as the App renders it, through the real
// client, store and action flow (Ctrl-d previews real plans), against a demo server's kubeconfig.
import { gatewayActionDeps } from '../../src/app/actions/gatewayActionDeps.js';
import { ManualClock } from '../../src/domain/clock.js';
import { KINDS } from '../../src/domain/kinds.js';
import type { KindName } from '../../src/domain/resources.js';
import { connect } from '../../src/kube/connect.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { selectSnapshot } from '../../src/store/selectors.js';
import { syncCluster } from '../../src/store/syncCluster.js';
import { ActionFlowProvider } from '../../src/ui/actions/ActionFlowContext.js';
import { App } from '../../src/ui/App.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { renderWithStore } from './renderWithStore.js';
import { scratchDir } from './scratchDir.js';

/** `readonly`: as `--readonly` starts it (the App refuses dangerous keys, the action deps refuse plans). */
export async function openKindList(kubeconfig: string, kind: KindName, namespace: string, options: { readonly?: boolean } = {}) {
  const readonly = options.readonly ?? false;
  const gateway = await connect({ kubeconfig, namespace });
  const clock = new ManualClock(Date.now());
  const store = createClusterStore({ now: clock.now(), stack: [{ type: 'list', id: 0, pane: KINDS[kind].command }] });
  const stopSync = syncCluster(gateway, store);
  const deps = gatewayActionDeps({ gateway, snapshot: () => selectSnapshot(store.getState()), readonly, env: { ...process.env, XDG_STATE_HOME: scratchDir('kilo-kinds-') } });
  const view = renderWithStore(store, { columns: 180, rows: 40, clock, tree: <ActionFlowProvider deps={deps}><App clock={clock} readonly={readonly} /></ActionFlowProvider> });
  /** Waits (30 s at most) for a frame `pattern` matches. */
  const frameWhere = async (pattern: RegExp, what: string): Promise<RegExpExecArray> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const match = pattern.exec(view.lastFrame());
      if (match) return match;
      if (Date.now() > deadline) throw new Error(`no ${what} within 30 s; the frame was:\n${view.lastFrame()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return {
    store,
    view,
    frameWhere,
    close() {
      view.unmount();
      stopSync();
      gateway.close();
    },
  };
}

/** `kubectl get <plural> -n <namespace> --no-headers` against the same server: its non-empty lines. */
export async function kubectlRows(kubeconfig: string, kind: KindName, namespace: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('kubectl', ['--kubeconfig', kubeconfig, 'get', KINDS[kind].plural, '-n', namespace, '--no-headers'], { timeout: 20_000 });
  return stdout.split('\n').filter((line) => line.trim() !== '');
}
