// Changing container images the way `kubectl set image` does: one strategic merge patch per
// workload (Deployment, StatefulSet, DaemonSet) naming each changed container by its merge key
// (name). The image reference is checked before a plan exists; the API would take any string and
// the node would fail to pull it.
import { checkImageReference } from '../images/imageReference.js';
import type { DaemonSet, Deployment, StatefulSet } from '../resources.js';
import type { Plan, SetImageOperation } from './plan.js';
import { countOf, targetRefOf, type PlanContext } from './planContext.js';

/** The kinds whose pod template `kubectl set image` changes and kilo-tui writes to. */
export type ImageTarget = Deployment | StatefulSet | DaemonSet;

/** workload uid → container name → the image asked for. */
export type ImageAnswer = Record<string, Record<string, string>>;

export interface ImageChange {
  container: string;
  image: string;
  from: string;
}

/** The strategic merge patch `kubectl set image` sends, with the preview's resourceVersion as a precondition when given. */
export function setImagePatch(changes: readonly ImageChange[], resourceVersion?: string): Record<string, unknown> {
  return {
    ...(resourceVersion ? { metadata: { resourceVersion } } : {}),
    spec: { template: { spec: { containers: changes.map(({ container, image }) => ({ name: container, image })) } } },
  };
}

/** How many pods a changed template replaces: a DaemonSet runs one per node it is scheduled on. */
const podsOf = (target: ImageTarget): number => (target.kind === 'DaemonSet' ? target.status?.desiredNumberScheduled ?? 0 : target.spec.replicas ?? 1);

/** "Set image of deployment kilo-meds", "Set image of 3 Deployments", "Set image of 2 workloads". */
export function setImageTitle(targets: readonly ImageTarget[]): string {
  if (targets.length === 1) return `Set image of ${targets[0].kind.toLowerCase()} ${targets[0].metadata.name}`;
  const kinds = new Set(targets.map((t) => t.kind));
  return `Set image of ${countOf(targets.length, kinds.size === 1 ? targets[0].kind : 'workload')}`;
}

export function planSetImage(targets: ImageTarget[], answer: ImageAnswer, ctx: PlanContext, knownImages: ReadonlySet<string> = new Set()): Plan {
  const operations: SetImageOperation[] = [];
  const changed: ImageTarget[] = [];
  const unseen = new Set<string>();
  let pods = 0;
  for (const workload of targets) {
    const wanted = answer[workload.metadata.uid] ?? {};
    const changes: ImageChange[] = [];
    for (const container of workload.spec.template.spec?.containers ?? []) {
      const image = wanted[container.name];
      if (image === undefined || image === container.image) continue;
      const check = checkImageReference(image);
      if (!check.ok) throw new Error(`${workload.metadata.name}/${container.name}: ${check.reason}`);
      changes.push({ container: container.name, image, from: container.image });
      if (!knownImages.has(image)) unseen.add(image);
    }
    if (changes.length === 0) continue;
    const target = targetRefOf(workload, ctx);
    const replaced = podsOf(workload);
    pods += replaced;
    changed.push(workload);
    operations.push({
      action: 'setImage',
      target,
      kubectlArgs: ['set', 'image', `${workload.kind.toLowerCase()}/${target.name}`, ...changes.map((c) => `${c.container}=${c.image}`), '-n', target.namespace],
      changes,
      impact: changes.map((c) => `${c.container}: ${c.from} → ${c.image}`).join(', ') + ` (${countOf(replaced, 'pod')} rolled)`,
    });
  }
  if (operations.length === 0) throw new Error('nothing to change: every image is already the one given');
  const warnings: string[] = [];
  if (pods > 0) warnings.push(changed.every((t) => t.kind === 'Deployment') ? `a rollout starts: ${countOf(pods, 'pod')} replaced through a new ReplicaSet` : `a rollout starts: ${countOf(pods, 'pod')} replaced`);
  if (changed.some((t) => t.kind === 'Deployment' && t.spec.paused)) warnings.push('a paused Deployment does not roll out until resumed');
  if (changed.some((t) => t.kind !== 'Deployment' && t.spec.updateStrategy?.type === 'OnDelete')) warnings.push('updateStrategy OnDelete: pods take the new image only when they are deleted');
  const notes = [...unseen].map((image) => `${image} has not run in this namespace before (no ReplicaSet used it)`);
  return {
    action: 'setImage',
    title: setImageTitle(changed),
    context: ctx.context,
    namespace: ctx.namespace,
    operations,
    warnings,
    notes,
  };
}
