// Every failure the user can cause or meet becomes one line and an exit code; never a stack trace.
import { ConnectError, KubeError } from '../kube/types.js';
import { FixtureError } from '../demo/fixtureTypes.js';
import { UsageError } from './args.js';

export const EXIT_USAGE = 2;

export function describeFailure(error: unknown): string {
  if (error instanceof UsageError || error instanceof ConnectError || error instanceof FixtureError) return error.message;
  if (error instanceof KubeError) return `${error.status === 403 ? 'forbidden' : `API error ${error.status}`}: ${error.message}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return `port already in use: ${(error as Error).message.replace(/^listen EADDRINUSE: address already in use /, '')}`;
  if (code === 'EACCES') return `permission denied: ${(error as Error).message}`;
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}
