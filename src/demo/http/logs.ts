// GET pods/{name}/log: the whole log, or (follow=true) a chunked stream flushed line by line
// until the container instance ends, the client goes away or the server closes.
import type { Pod } from '../../domain/resources.js';
import type { ResourceRequest, ServerContext } from './context.js';
import { checkContainerLogState, formatLogLine, parseLogRequest, resolveContainer, selectLines } from './logQuery.js';

export const handleLogs = (ctx: ServerContext, r: ResourceRequest): void => {
  const request = parseLogRequest(r.params);
  const pod = ctx.store.require<Pod>('Pod', r.namespace, r.name!);
  const container = resolveContainer(pod, request.container);
  const { running } = checkContainerLogState(pod, container, request.previous);
  const namespace = r.namespace!;
  const lines = ctx.logs.read(namespace, pod.metadata.name, {
    container,
    previous: request.previous,
    tailLines: request.tailLines,
    sinceSeconds: request.sinceSeconds,
    sinceTime: request.sinceTime,
  });

  const { res } = r;
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.socket?.setNoDelay(true);
  // Send the headers now: clients treat the watch as established only once they arrive.
  res.flushHeaders();
  let budget = request.limitBytes ?? Infinity;
  /** Writes a line within limitBytes; false once the limit is reached. */
  const emit = (text: string): boolean => {
    if (budget <= 0) return false;
    const bytes = Buffer.from(text);
    const chunk = bytes.length > budget ? bytes.subarray(0, budget) : bytes;
    budget -= chunk.length;
    res.write(chunk);
    return budget > 0;
  };

  let open = true;
  for (const line of selectLines(lines, request, ctx.clock.now())) open = emit(formatLogLine(line, request.timestamps)) && open;
  if (!request.follow || request.previous || !running || !open) {
    res.end();
    return;
  }

  let ended = false;
  let unfollow: () => void = () => undefined;
  const end = (): void => {
    if (ended) return;
    ended = true;
    unfollow();
    ctx.openStreams.delete(end);
    if (!res.writableEnded) res.end();
  };
  ctx.openStreams.add(end);
  res.on('close', end);
  unfollow = ctx.logs.follow(namespace, pod.metadata.name, container, (line) => {
    if (!ended && !emit(formatLogLine(line, request.timestamps))) end();
  }, end);
  // onEnd may have fired synchronously, before unfollow was known.
  if (ended) unfollow();
};
