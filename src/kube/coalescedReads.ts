// Reading a chatty stream in batches. A container that logs 200 lines/s sends each line in a TCP
// segment of its own (the kubelet flushes every line, and the apiserver and Node write with no
// delay), and every segment woke the process: epoll, a read, Node's HTTP parser and stream events,
// the microtask checkpoint. At 200 lines/s that was most of the logs pane's CPU (~45 of ~60 ms per
// second on the bench VM), far more than parsing the lines or drawing them. After a chunk, reading
// stops for a moment: the kernel holds what arrives meanwhile, and the next read takes all of it
// at once. A chunk after a quiet spell is read at once, so a lone line is not delayed. A read that
// brought BULK_READ_BYTES or more (a flood, or the backlog after a pause) is not followed by a
// pause: such reads already carry many lines each, and resting would only hold the stream back.
//
// Node has no public way to stop a socket's reads (pause() stops its events, but the socket keeps
// reading into its buffer until that is full), so this uses the stream handle's readStop() and
// readStart(), as Node's own backpressure does. It leaves the handle's `reading` flag set, so Node
// does not start reading again by itself in between. A socket whose handle lacks those (another
// Node) is read as before, one chunk at a time.
import type { Socket } from 'node:net';

interface StreamHandle {
  reading?: boolean;
  readStop(): number;
  readStart(): number;
}

/** A read at least this large is bulk: reading goes on at once. */
export const BULK_READ_BYTES = 16 * 1024;

export interface CoalescedReads {
  /**
   * Call with each chunk's size. Once the socket's read is parsed (a microtask later: one read's
   * chunks come together), reads stop for the pause, unless that read was bulk.
   */
  afterChunk(bytes: number): void;
  /** Reads resume now and no pause is taken any more (the stream ended or was abandoned). */
  stop(): void;
}

function handleOf(socket: Socket | null | undefined): StreamHandle | undefined {
  const handle = (socket as unknown as { _handle?: Partial<StreamHandle> } | null | undefined)?._handle;
  return handle && typeof handle.readStop === 'function' && typeof handle.readStart === 'function' ? (handle as StreamHandle) : undefined;
}

/** Whether this Node's sockets can be paused at the handle (what coalesceReads needs). */
export const canCoalesceReads = (socket: Socket | null | undefined): boolean => handleOf(socket) !== undefined;

export function coalesceReads(socket: Socket | null | undefined, pauseMs: number): CoalescedReads {
  let timer: NodeJS.Timeout | undefined;
  let stopped: StreamHandle | undefined;
  let ended = false;
  // Bytes of the read being parsed; undefined when no decision is pending.
  let read: number | undefined;

  const resume = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const handle = stopped;
    stopped = undefined;
    if (!handle || !socket || socket.destroyed || handleOf(socket) !== handle) return;
    const error = handle.readStart();
    if (error) socket.destroy(Object.assign(new Error(`read failed (${error})`), { code: 'EREAD' }));
  };

  return {
    afterChunk(bytes) {
      if (read !== undefined) {
        read += bytes;
        return;
      }
      read = bytes;
      queueMicrotask(() => {
        const size = read ?? 0;
        read = undefined;
        if (ended || stopped || size >= BULK_READ_BYTES || !socket || socket.destroyed) return;
        const handle = handleOf(socket);
        // Not reading: Node paused it for backpressure and will start it again itself.
        if (!handle || !handle.reading) return;
        if (handle.readStop() !== 0) return;
        stopped = handle;
        timer = setTimeout(resume, pauseMs);
      });
    },
    stop() {
      ended = true;
      resume();
    },
  };
}
