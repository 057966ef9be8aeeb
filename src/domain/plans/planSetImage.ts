// Changing container images the way `kubectl set image` does: one strategic merge patch per
// Deployment naming each changed container by its merge key (name). The image reference is checked
// before a plan exists; the API would take any string and the node would fail to pull it.
import { checkImageReference } from '../images/imageReference.js';
import type { Deployment } from '../resources.js';
import type { Plan, SetImageOperation } from './plan.js';
import { countOf, targetRefOf, type PlanContext } from './planContext.js';

/** deployment uid → container name → the image asked for. */
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

export function planSetImage(deps: Deployment[], answer: ImageAnswer, ctx: PlanContext, knownImages: ReadonlySet<string> = new Set()): Plan {
  const operations: SetImageOperation[] = [];
  const unseen = new Set<string>();
  let pods = 0;
  for (const dep of deps) {
    const wanted = answer[dep.metadata.uid] ?? {};
    const changes: ImageChange[] = [];
    for (const container of dep.spec.template.spec?.containers ?? []) {
      const image = wanted[container.name];
      if (image === undefined || image === container.image) continue;
      const check = checkImageReference(image);
      if (!check.ok) throw new Error(`${dep.metadata.name}/${container.name}: ${check.reason}`);
      changes.push({ container: container.name, image, from: container.image });
      if (!knownImages.has(image)) unseen.add(image);
    }
    if (changes.length === 0) continue;
    const target = targetRefOf(dep, ctx);
    const replicas = dep.spec.replicas ?? 1;
    pods += replicas;
    operations.push({
      action: 'setImage',
      target,
      kubectlArgs: ['set', 'image', `deployment/${target.name}`, ...changes.map((c) => `${c.container}=${c.image}`), '-n', target.namespace],
      changes,
      impact: changes.map((c) => `${c.container}: ${c.from} → ${c.image}`).join(', ') + ` (${countOf(replicas, 'pod')} rolled)`,
    });
  }
  if (operations.length === 0) throw new Error('nothing to change: every image is already the one given');
  const warnings = pods > 0 ? [`a rollout starts: ${countOf(pods, 'pod')} replaced through a new ReplicaSet`] : [];
  if (deps.some((d) => d.spec.paused)) warnings.push('a paused Deployment does not roll out until resumed');
  const notes = [...unseen].map((image) => `${image} has not run in this namespace before (no ReplicaSet used it)`);
  return {
    action: 'setImage',
    title: operations.length === 1 ? `Set image of deployment ${operations[0].target.name}` : `Set image of ${countOf(operations.length, 'Deployment')}`,
    context: ctx.context,
    namespace: ctx.namespace,
    operations,
    warnings,
    notes,
  };
}
