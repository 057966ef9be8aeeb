import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // tmux and kubectl tests start real processes; two workers suit the 2-core machines here.
    maxWorkers: 2,
    // Ink renders only the final frame when it sees CI set; our component tests read every frame.
    env: { CI: 'false', CONTINUOUS_INTEGRATION: 'false' },
  },
});
