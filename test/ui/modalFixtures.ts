// The modal tests' plans (shared with the action-flow tests in test/app) and a way to wait for Ink.
import { reactIdle } from '../helpers/renderWithStore.js';

export { CTX, dangerousDeletePlan, staleCluster, staleDeletePlan, type StaleCluster } from '../app/planFixtures.js';

/**
 * Lets React commit what the last key caused and Ink re-subscribe its input handlers: React 19
 * schedules renders on a later macrotask. A few turns of the event loop are not always enough on a
 * busy machine (React's scheduler yields every 5 ms and continues on a later turn), so this also
 * waits for React to have no work left.
 */
export async function flush(): Promise<void> {
  for (let turn = 0; turn < 4; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
  await reactIdle();
}
