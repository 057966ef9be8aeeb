// A terminal input for Ink in memory, for driving the UI headless (the bench and the tests): the
// raw-mode calls Ink makes are accepted, and typed text is read the way Ink reads a TTY.
import { EventEmitter } from 'node:events';

export class MemoryStdin extends EventEmitter {
  isTTY = true;
  private pending: string[] = [];
  type(data: string): void {
    this.pending.push(data);
    this.emit('readable');
  }
  read = (): string | null => this.pending.shift() ?? null;
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}
