// The simulated Kubernetes API server: plain HTTP on 127.0.0.1 serving the ObjectStore and the
// LogSource with the API server's URLs, media types and errors, so kubectl and kilo-tui's
// kube/ layer talk to it as to any cluster.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Clock } from '../domain/clock.js';
import { realClock } from '../domain/clock.js';
import { enactFault } from './faults/enactFault.js';
import { FaultInjector } from './faults/faultInjector.js';
import type { FaultRule } from './faults/faultSpec.js';
import type { ServerContext } from './http/context.js';
import { sendError } from './http/respond.js';
import { routeRequest } from './http/router.js';
import type { LogSource } from './logSource.js';
import type { MetricsSource } from './metricsSource.js';
import type { ObjectStore } from './objectStore.js';

export interface DemoServerOptions {
  store: ObjectStore;
  logs: LogSource;
  /** metrics.k8s.io is served from this; not served when absent (a cluster without metrics-server). */
  metrics?: MetricsSource;
  /** 0 (the default) picks any free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Ages in Table cells, watch timeouts and bookmarks use it; defaults to the real clock. */
  clock?: Clock;
  /** Interval of BOOKMARK events on watches that allow them; defaults to one minute. */
  bookmarkIntervalMs?: number;
  /** Fault mode (off when empty): failures injected per method and path; changed with setFaults. */
  faults?: FaultRule[];
}

export interface DemoServer {
  url: string;
  port: number;
  /** Replaces the fault rules; requests a `stall` holds are released and served. */
  setFaults(rules: FaultRule[]): void;
  /** Every request the server received, with the fault enacted on it. */
  readonly faults: FaultInjector;
  /** Cuts every open connection (watches, log follows, idle keep-alives), as a network blip does. */
  dropConnections(): void;
  /** Ends open watches and log streams, then stops listening. */
  close(): Promise<void>;
}

export const startDemoServer = async (options: DemoServerOptions): Promise<DemoServer> => {
  const host = options.host ?? '127.0.0.1';
  const ctx: ServerContext = {
    store: options.store,
    logs: options.logs,
    metrics: options.metrics,
    clock: options.clock ?? realClock,
    bookmarkIntervalMs: options.bookmarkIntervalMs ?? 60_000,
    openStreams: new Set(),
    // Like a real API server's watch cache, which starts from a list at start-up: older versions are gone.
    watchWindowStart: options.store.resourceVersion,
  };
  const injector = new FaultInjector(options.faults ?? []);
  const serve = (req: IncomingMessage, res: ServerResponse): Promise<void> =>
    // A bad request gets its Status; nothing a client sends may crash the process.
    routeRequest(ctx, req, res).catch((error: unknown) => {
      try {
        sendError(res, error);
      } catch {
        res.destroy();
      }
    });
  const sockets = new Set<Socket>();
  const server: Server = createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const watch = ['true', '1'].includes(url.searchParams.get('watch') ?? '') || url.pathname.includes('/watch/');
    const rule = injector.take(req.method ?? 'GET', url.pathname, url.search, watch);
    if (!rule) return void serve(req, res);
    enactFault(rule, req, res, serve, injector, watch).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    faults: injector,
    setFaults: (rules) => injector.set(rules),
    dropConnections: () => {
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const end of [...ctx.openStreams]) end();
        server.close(() => resolve());
        // Idle keep-alive connections would otherwise hold close() open.
        server.closeIdleConnections();
        for (const socket of sockets) socket.destroySoon();
      }),
  };
};
