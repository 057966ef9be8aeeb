// What every request handler is given: the stores, the clock, and the registry of open streams
// so that closing the server can end watches and log follows.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../../domain/clock.js';
import type { LogSource } from '../logSource.js';
import type { MetricsSource } from '../metricsSource.js';
import type { ObjectStore } from '../objectStore.js';
import type { ResourceType } from './resourceTypes.js';

export interface ServerContext {
  store: ObjectStore;
  logs: LogSource;
  /** metrics-server's answers; absent when the demo runs without metrics (the API is then not served). */
  metrics?: MetricsSource;
  clock: Clock;
  /** How often watches with allowWatchBookmarks get a BOOKMARK event. */
  bookmarkIntervalMs: number;
  /** Enders of open streams (watches, log follows); server close calls them all. */
  openStreams: Set<() => void>;
  /** The oldest resourceVersion a watch may start from (the store's version when the server started). */
  watchWindowStart: number;
}

export interface ResourceRequest {
  req: IncomingMessage;
  res: ServerResponse;
  params: URLSearchParams;
  type: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
}

/** True for `dryRun=All`; any other value is rejected by the API server. */
export const isDryRun = (params: URLSearchParams): boolean => params.getAll('dryRun').includes('All');
