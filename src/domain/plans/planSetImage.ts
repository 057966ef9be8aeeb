// Changing container images the way `kubectl set image` does: one strategic merge patch per
// workload (the registry's workload kinds) naming each changed container by its merge key
// (name). The image reference is checked before a plan exists; the API would take any string and
// the node would fail to pull it.
import { checkImageReference } from '../images/imageReference.js';
import { kindDefinition } from '../kinds.js';
import { templateRolloutOf, type Workload } from '../workloads.js';
import type { Plan, SetImageOperation } from './plan.js';
import type { TemplateRollout } from './templateRollout.js';
import { countOf, targetRefOf, type PlanContext } from './planContext.js';

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

/** "Set image of deployment kilo-meds", "Set image of 3 Deployments", "Set image of 2 workloads". */
export function setImageTitle(targets: readonly Workload[]): string {
  if (targets.length === 1) return `Set image of ${targets[0].kind.toLowerCase()} ${targets[0].metadata.name}`;
  const kinds = new Set(targets.map((t) => t.kind));
  return `Set image of ${countOf(targets.length, kinds.size === 1 ? targets[0].kind : 'workload')}`;
}

export function planSetImage(targets: Workload[], answer: ImageAnswer, ctx: PlanContext, knownImages: ReadonlySet<string> = new Set()): Plan {
  const operations: SetImageOperation[] = [];
  const rollouts: TemplateRollout[] = [];
  const changed: Workload[] = [];
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
    const rollout = templateRolloutOf(workload);
    const replaced = rollout.pods;
    pods += replaced;
    changed.push(workload);
    rollouts.push(rollout);
    operations.push({
      action: 'setImage',
      target,
      kubectlArgs: ['set', 'image', `${kindDefinition(workload.kind).singular}/${target.name}`, ...changes.map((c) => `${c.container}=${c.image}`), '-n', target.namespace],
      changes,
      impact: changes.map((c) => `${c.container}: ${c.from} → ${c.image}`).join(', ') + ` (${countOf(replaced, 'pod')} rolled)`,
    });
  }
  if (operations.length === 0) throw new Error('nothing to change: every image is already the one given');
  const warnings: string[] = [];
  if (pods > 0) warnings.push(rollouts.every((r) => r.via === 'replicaSet') ? `a rollout starts: ${countOf(pods, 'pod')} replaced through a new ReplicaSet` : `a rollout starts: ${countOf(pods, 'pod')} replaced`);
  if (rollouts.some((r) => r.paused)) warnings.push('a paused Deployment does not roll out until resumed');
  if (rollouts.some((r) => r.onDelete)) warnings.push('updateStrategy OnDelete: pods take the new image only when they are deleted');
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
