import { describe, expect, it } from 'vitest';
// The registry first, as the app loads it: the impact module reaches kinds.ts through planContext.
import { planDelete } from '../../../src/domain/plans/planDelete.js';
import { nodeDeleteImpact } from '../../../src/domain/plans/nodeDeleteImpact.js';
import { toKubectlLine } from '../../../src/domain/plans/toKubectl.js';
import type { ClusterSnapshot, KubeNode, Pod } from '../../../src/domain/resources.js';
import { deployment, NS, pod, replicaSet, snapshot } from '../builders.js';

const node = (name: string): KubeNode => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, uid: `uid-${name}` } });

const on = (nodeName: string, p: Pod): Pod => ({ ...p, spec: { ...p.spec, nodeName } });

const ownedBy = (kind: string, name: string, p: Pod): Pod => ({
  ...p,
  metadata: { ...p.metadata, ownerReferences: [{ apiVersion: 'apps/v1', kind, name, uid: `uid-${kind}-${name}`, controller: true }] },
});

const ctx = { context: 'tablet', currentContext: 'tablet', namespace: NS };

/** The tablet's cluster as kilo-tui loads it: a Deployment's two pods, a StatefulSet's, a finished Job's, all on the one node. */
function tabletSnapshot(nodes: KubeNode[], namespace = NS): ClusterSnapshot {
  const web = deployment({ name: 'web' });
  const rs = replicaSet({ owner: web, revision: 1, replicas: 2 });
  const pods = [
    on('tablet', pod({ owner: rs, name: 'web-a' })),
    on('tablet', pod({ owner: rs, name: 'web-b' })),
    on('tablet', ownedBy('StatefulSet', 'db', pod({ name: 'db-0' }))),
    on('tablet', ownedBy('Job', 'backup', pod({ name: 'backup-x', health: 'completed' }))),
    on('other', pod({ name: 'elsewhere' })),
  ];
  return { ...snapshot({ deployments: [web], replicaSets: [rs], pods }), nodes, namespace };
}

describe('what deleting a node means', () => {
  it('counts the running pods bound to it by controller, says it is the only node, and always asks twice', () => {
    const assessment = nodeDeleteImpact(node('tablet'), tabletSnapshot([node('tablet')]));
    expect(assessment).toMatchObject({
      impact: `the only node: nothing schedules until a node registers; 3 pods in ${NS} run on it (from deployment/web, statefulset/db), force-deleted by podgc after 40 s, recreated Pending`,
      dangerous: true,
      podsTerminated: 3,
      podsBeyondView: true,
    });
    expect(assessment.warning).toBe(
      'drain first: kubectl drain tablet --ignore-daemonsets --delete-emptydir-data; the node re-registers only when its kubelet restarts',
    );
  });

  it('names a kind with one controller, counts the others, counts the other nodes, and covers every namespace under -A', () => {
    const loaded = tabletSnapshot([node('tablet'), node('other'), node('third')], '');
    const pods = [...loaded.pods, ...['a', 'b', 'c'].map((name) => on('tablet', ownedBy('DaemonSet', name, pod({ name: `${name}-pod` })))), on('tablet', pod({ name: 'loose' }))];
    const assessment = nodeDeleteImpact(node('tablet'), { ...loaded, pods });
    expect(assessment.impact).toBe('7 pods of all loaded run on it (from deployment/web, statefulset/db, 3 daemonsets, 1 bare pod), force-deleted by podgc after 40 s; 2 other nodes take what is recreated, if it fits (else Pending)');
    expect(assessment.podsBeyondView).toBe(false);
  });

  it('says what it cannot know without a snapshot, and quotes a hostile node name in the drain command', () => {
    const assessment = nodeDeleteImpact(node("tab'let\u001b[2J"));
    expect(assessment).toMatchObject({ impact: 'what runs on it is not loaded here', dangerous: true, podsTerminated: 0, podsBeyondView: true });
    expect(assessment.warning).toContain(`kubectl drain $'tab\\'let\\x1b[2J' --ignore-daemonsets`);
  });

  it('previews kubectl delete node/<name> with the warning once, and never says no pods are affected when other namespaces are not loaded', () => {
    const plan = planDelete([node('tablet')], ctx, tabletSnapshot([node('tablet')]));
    expect(toKubectlLine(plan.operations[0], ctx)).toBe('kubectl delete node/tablet');
    expect(plan.operations[0].dangerous).toBe(true);
    expect(plan.warnings).toEqual([
      '1 object still in use: needs a second confirmation',
      '3 pods will be terminated, and any in namespaces not loaded here',
      expect.stringMatching(/^drain first: kubectl drain tablet /),
    ]);
    const idle = planDelete([node('other')], ctx, { ...tabletSnapshot([node('tablet'), node('other')]), pods: [] });
    expect(idle.warnings).toContain('pods in namespaces not loaded here may be terminated');
    expect(idle.notes).not.toContain('no running pods are affected');
  });
});
