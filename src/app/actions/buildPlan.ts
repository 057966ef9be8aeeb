// From what the user asked for (an action on some uids, plus a prompt's answer) to a plan, using
// the domain builders. Pure: it reads the snapshot the user is looking at and nothing else.
import type { Plan } from '../../domain/plans/plan.js';
import type { PlanContext } from '../../domain/plans/planContext.js';
import { planDelete } from '../../domain/plans/planDelete.js';
import { planRolloutRestart } from '../../domain/plans/planRolloutRestart.js';
import { planRolloutUndo } from '../../domain/plans/planRolloutUndo.js';
import { planScale } from '../../domain/plans/planScale.js';
import { planSetRevisionHistoryLimit } from '../../domain/plans/planSetRevisionHistoryLimit.js';
import { planRolloutPause } from '../../domain/plans/planRolloutPause.js';
import { planSetImage, setImageTitle, type ImageAnswer } from '../../domain/plans/planSetImage.js';
import { imagesUsed } from '../../domain/images/imagesUsed.js';
import { undoHistory } from '../../domain/plans/undoHistory.js';
import { assertNever } from '../../domain/assertNever.js';
import { memoryFixPlan, memoryTargetOf, type MemoryTarget } from '../../domain/metrics/oomExplanation.js';
import { noWorkloadReason, suggestedMemoryLimit } from '../../domain/metrics/memoryPressure.js';
import { allObjects, KINDS } from '../../domain/kinds.js';
import type { ClusterSnapshot, Deployment, KubeObject, ReplicaSet } from '../../domain/resources.js';
import { isWorkload, workloadKindsText, type Workload } from '../../domain/workloads.js';
import type { ActionIntent, PromptSpec } from './actionFlow.js';

/** A refusal the flow shows as a one-line message instead of a modal. */
export class ActionRefused extends Error {}

export const DEFAULT_HISTORY_LIMIT_ANSWER = 3;
const MAX_REPLICAS = 1000;
const MAX_HISTORY_LIMIT = 100;
const MI = 2 ** 20;
/** The memory prompt's bounds, in Mi: 4Mi (below it no runtime starts a container) to 1Ti. */
const MIN_MEMORY_MI = 4;
const MAX_MEMORY_MI = 1024 * 1024;

/** The container `L` acts on and the workload whose template holds it; refused when there is none. */
function memoryTarget(objects: KubeObject[], snapshot: ClusterSnapshot): Required<MemoryTarget> {
  const target = memoryTargetOf(objects, snapshot);
  if (!target) throw new ActionRefused('no OOM kill, memory limit or memory reading here to base a limit on: select a pod (or its workload)');
  if (!target.workload) throw new ActionRefused(noWorkloadReason(target.memory.pod));
  return target as Required<MemoryTarget>;
}

function objectsByUid(snapshot: ClusterSnapshot, uids: readonly string[]): KubeObject[] {
  const all: KubeObject[] = allObjects(snapshot).filter((obj) => !('refused' in KINDS[obj.kind].deletion));
  const byUid = new Map(all.map((obj) => [obj.metadata.uid, obj]));
  return uids.map((uid) => byUid.get(uid)).filter((obj): obj is KubeObject => obj !== undefined);
}

function deploymentsOf(objects: KubeObject[]): Deployment[] {
  return objects.filter((obj): obj is Deployment => obj.kind === 'Deployment');
}

/** What `kubectl set image` changes: the workloads, whose pod template kilo-tui writes to. */
function imageTargetsOf(objects: KubeObject[]): Workload[] {
  return objects.filter(isWorkload);
}

const IMAGE_TARGETS = `a ${workloadKindsText()}`;

function workloadsOf(objects: KubeObject[]): (Deployment | ReplicaSet)[] {
  return objects.filter((obj): obj is Deployment | ReplicaSet => obj.kind === 'Deployment' || obj.kind === 'ReplicaSet');
}

function requireSome<T>(items: T[], what: string): T[] {
  if (items.length === 0) throw new ActionRefused(`nothing to act on: select or mark ${what}`);
  return items;
}

/** The question to ask before planning, if the action needs one. */
export function promptFor(intent: ActionIntent, snapshot: ClusterSnapshot): PromptSpec | undefined {
  const objects = objectsByUid(snapshot, intent.uids);
  switch (intent.action) {
    case 'delete':
    case 'rolloutRestart':
    case 'rolloutPause':
    case 'rolloutResume':
      return undefined;
    case 'edit':
      throw new ActionRefused('an edit starts from the editor (e), not from a plan');
    case 'scale': {
      const targets = requireSome(workloadsOf(objects), 'a Deployment or ReplicaSet');
      const title = targets.length === 1 ? `Scale ${targets[0].kind.toLowerCase()} ${targets[0].metadata.name}` : `Scale ${targets.length} workloads`;
      return { type: 'number', title, label: 'replicas', initial: targets[0].spec.replicas ?? 1, min: 0, max: MAX_REPLICAS };
    }
    case 'setRevisionHistoryLimit': {
      const deps = requireSome(deploymentsOf(objects), 'a Deployment');
      const title = deps.length === 1 ? `Set revisionHistoryLimit of ${deps[0].metadata.name}` : `Set revisionHistoryLimit of ${deps.length} Deployments`;
      return { type: 'number', title, label: 'old ReplicaSets to keep', initial: DEFAULT_HISTORY_LIMIT_ANSWER, min: 0, max: MAX_HISTORY_LIMIT };
    }
    case 'rolloutUndo': {
      const candidates = requireSome(deploymentsOf(objects), 'a Deployment');
      // Each Deployment has its own history, so one undo cannot silently apply to several.
      if (candidates.length > 1) throw new ActionRefused(`rollout undo acts on one Deployment at a time (${candidates.length} marked)`);
      const [dep] = candidates;
      if (intent.toPrevious) return undefined;
      const revisions = undoHistory(dep, snapshot).map(({ revision, image, ageMs, replicaSetName, current }) => ({ revision, image, ageMs, replicaSetName, current }));
      if (!revisions.some((r) => !r.current)) throw new ActionRefused(`deployment ${dep.metadata.name} has no earlier revision to roll back to`);
      return { type: 'revision', title: `Roll back deployment ${dep.metadata.name} to…`, deploymentName: dep.metadata.name, revisions };
    }
    case 'setImage': {
      const targets = requireSome(imageTargetsOf(objects), IMAGE_TARGETS);
      const fields = targets.flatMap((t) => (t.spec.template.spec?.containers ?? []).map((c) => ({ uid: t.metadata.uid, workload: t.metadata.name, container: c.name, image: c.image })));
      if (fields.length === 0) throw new ActionRefused('the selected workloads have no containers');
      const title = setImageTitle(targets);
      return { type: 'images', title, fields, completions: imagesUsed(snapshot) };
    }
    case 'setResources': {
      const { memory, workload } = memoryTarget(objects, snapshot);
      const suggested = suggestedMemoryLimit(memory) ?? memory.limitBytes ?? 0;
      return {
        type: 'number',
        title: `Memory limit of ${memory.container} in ${workload.kind.toLowerCase()} ${workload.metadata.name}`,
        label: 'memory limit, Mi',
        initial: Math.ceil(suggested / MI),
        min: MIN_MEMORY_MI,
        max: MAX_MEMORY_MI,
      };
    }
    default:
      return assertNever(intent.action);
  }
}

/** What a prompt answers: a number (replicas, limit, revision) or the images per container. */
export type PromptAnswer = number | ImageAnswer;

/**
 * The plan for `intent`. `answer` is the prompt's number (replicas, limit or revision).
 * Throws ActionRefused when nothing selected is something the action applies to.
 */
export function buildPlan(intent: ActionIntent, snapshot: ClusterSnapshot, ctx: PlanContext, given?: PromptAnswer): Plan {
  const objects = objectsByUid(snapshot, intent.uids);
  const answer = typeof given === 'number' ? given : undefined;
  switch (intent.action) {
    case 'delete':
      return planDelete(requireSome(objects, 'something to delete'), ctx, snapshot);
    case 'rolloutRestart':
      return planRolloutRestart(requireSome(deploymentsOf(objects), 'a Deployment'), ctx, snapshot.now);
    case 'scale':
      return planScale(requireSome(workloadsOf(objects), 'a Deployment or ReplicaSet'), requireAnswer(answer, 'replicas'), ctx);
    case 'setRevisionHistoryLimit':
      return planSetRevisionHistoryLimit(requireSome(deploymentsOf(objects), 'a Deployment'), answer ?? DEFAULT_HISTORY_LIMIT_ANSWER, ctx);
    case 'rolloutUndo':
      return planRolloutUndo(requireSome(deploymentsOf(objects), 'a Deployment')[0], snapshot, ctx, answer);
    case 'rolloutPause':
    case 'rolloutResume':
      return planRolloutPause(requireSome(deploymentsOf(objects), 'a Deployment'), intent.action === 'rolloutPause', ctx);
    case 'edit':
      throw new ActionRefused('an edit starts from the editor (e), not from a plan');
    case 'setImage':
      if (given === undefined || typeof given === 'number') throw new ActionRefused('no image given');
      return planSetImage(requireSome(imageTargetsOf(objects), IMAGE_TARGETS), given, ctx, new Set(imagesUsed(snapshot)));
    case 'setResources': {
      const { memory, workload } = memoryTarget(objects, snapshot);
      const plan = memoryFixPlan(memory, workload, ctx, requireAnswer(answer, 'memory limit') * MI);
      if (!plan) throw new ActionRefused(`${workload.kind.toLowerCase()} ${workload.metadata.name} has no container ${memory.container}`);
      return plan;
    }
    default:
      return assertNever(intent.action);
  }
}

function requireAnswer(answer: number | undefined, what: string): number {
  if (answer === undefined) throw new ActionRefused(`${what} not given`);
  return answer;
}
