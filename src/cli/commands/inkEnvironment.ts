// Ink draws only the final frame when it sees CI (is-in-ci: CI or CONTINUOUS_INTEGRATION present and
// not '0'/'false'); on a real terminal the user wants every frame. The variables are removed, not set
// to 'false': chalk's supports-color treats the mere presence of CI as a CI runner and turns every
// colour and style off (no red crash, no dimmed stale rows, no inverse cursor).
export function clearCiForInk(env: NodeJS.ProcessEnv): void {
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
}
