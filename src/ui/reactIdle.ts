// React's own task queue (react-reconciler requires this same module instance, so it is a
// dependency of ours at ink's version range).
//
// Ink re-renders on a key, but useInput hands the new handler (with the new state in its closure)
// to the input emitter in a passive effect, which React runs later as a scheduler task. A key that
// arrives before that task ran reaches the previous render's handler: typing 3 then Enter would
// submit a prompt's old value. An idle-priority task runs only after every task queued at a
// higher priority, including the ones those tasks queue, so it marks "React has caught up".
// A static import (as Ink's reconciler does), so the single-file bundle carries the same instance.
import * as scheduler from 'scheduler';

export function whenReactIdle(callback: () => void): void {
  scheduler.unstable_scheduleCallback(scheduler.unstable_IdlePriority, callback);
}
