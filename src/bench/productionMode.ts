// Imported first by main.ts: React picks its development or production build when it is first
// loaded, and the figures must be those of the production build the CLI runs.
process.env.NODE_ENV ??= 'production';
