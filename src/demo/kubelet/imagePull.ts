// Getting a container's image onto the node before it starts: already present, pulled (a moment,
// with the kubelet's Pulling/Pulled events), or not found: ErrImagePull, then ImagePullBackOff
// and a retry on the kubelet's back-off (10 s doubling to 5 min), with the Events a kubelet records.
import { crashLoopDelayMs } from './backoff.js';
import type { ContainerLifecycle } from './containerLifecycle.js';
import type { ImageRegistry } from './imageRegistry.js';

/** Simulated time between a pod appearing and its containers starting (image already present). */
export const CONTAINER_START_DELAY_MS = 1_500;
/** Simulated time a pull of a known image takes (divided by the time scale). */
export const IMAGE_PULL_MS = 15_000;
/** Simulated time until the registry answers "not found". */
const PULL_FAILURE_MS = 5_000;
/** How long ErrImagePull shows before the kubelet's next sync reports ImagePullBackOff. */
const ERR_IMAGE_PULL_SHOWN_MS = 3_000;

export interface PullContext {
  registry: ImageRegistry;
  event(type: 'Normal' | 'Warning', reason: string, message: string): void;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(3).replace(/\.?0+$/, '')}s`;

/** Starts `lifecycle` once its image is on the node; an image not found keeps it waiting. */
export function pullAndStart(lifecycle: ContainerLifecycle, ctx: PullContext, timeScale: number): void {
  const { image } = lifecycle.record;
  const verdict = ctx.registry.verdict(image);
  switch (verdict.type) {
    case 'present':
      lifecycle.record.behaviour = verdict.behaviour;
      lifecycle.schedule(CONTAINER_START_DELAY_MS, () => {
        ctx.event('Normal', 'Pulled', `Container image "${image}" already present on machine`);
        lifecycle.start();
      });
      return;
    case 'pull':
      lifecycle.record.behaviour = verdict.behaviour;
      lifecycle.schedule(0, () => ctx.event('Normal', 'Pulling', `Pulling image "${image}"`));
      lifecycle.schedule(IMAGE_PULL_MS, () => {
        ctx.registry.pulled(image);
        const took = seconds(IMAGE_PULL_MS / timeScale);
        ctx.event('Normal', 'Pulled', `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${ctx.registry.sizeOf(image)} bytes.`);
        lifecycle.start();
      });
      return;
    case 'notFound':
      attemptPull(lifecycle, ctx, verdict.message, 0);
      return;
  }
}

function attemptPull(lifecycle: ContainerLifecycle, ctx: PullContext, message: string, failures: number): void {
  const { image } = lifecycle.record;
  lifecycle.schedule(0, () => ctx.event('Normal', 'Pulling', `Pulling image "${image}"`));
  lifecycle.schedule(PULL_FAILURE_MS, () => {
    ctx.event('Warning', 'Failed', `Failed to pull image "${image}": ${message}`);
    ctx.event('Warning', 'Failed', 'Error: ErrImagePull');
    lifecycle.setWaiting('ErrImagePull', message);
    lifecycle.schedule(ERR_IMAGE_PULL_SHOWN_MS, () => {
      ctx.event('Normal', 'BackOff', `Back-off pulling image "${image}"`);
      ctx.event('Warning', 'Failed', 'Error: ImagePullBackOff');
      lifecycle.setWaiting('ImagePullBackOff', `Back-off pulling image "${image}": ErrImagePull: ${message}`);
      lifecycle.schedule(crashLoopDelayMs(failures + 1), () => attemptPull(lifecycle, ctx, message, failures + 1));
    });
  });
}
