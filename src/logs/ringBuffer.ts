// A bounded ring of log lines. Every pushed item gets a monotonically increasing sequence number,
// so a paused view can anchor on "line #1234" while older lines fall off the front.

export class LineRing<T> {
  private readonly slots: (T | undefined)[];
  private head = 0;
  private size = 0;
  private pushed = 0;
  private droppedCount = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`ring capacity must be a positive integer, got ${capacity}`);
    this.slots = new Array<T | undefined>(capacity);
  }

  get length(): number {
    return this.size;
  }

  /** Lines that were pushed and have since been evicted (or discarded before ever entering). */
  get dropped(): number {
    return this.droppedCount;
  }

  /** Sequence number of the oldest line still held. */
  get firstSeq(): number {
    return this.pushed - this.size;
  }

  /** Sequence number the next pushed line will get (one past the newest). */
  get endSeq(): number {
    return this.pushed;
  }

  push(items: readonly T[]): void {
    // Only the last `capacity` items can survive; skip copying the rest.
    const skip = Math.max(0, items.length - this.capacity);
    if (skip > 0) {
      this.droppedCount += this.size + skip;
      this.pushed += skip;
      this.head = 0;
      this.size = 0;
    }
    for (let i = skip; i < items.length; i++) {
      const tail = (this.head + this.size) % this.capacity;
      this.slots[tail] = items[i];
      if (this.size < this.capacity) {
        this.size++;
      } else {
        this.head = (this.head + 1) % this.capacity;
        this.droppedCount++;
      }
      this.pushed++;
    }
  }

  /** Counts lines discarded upstream (e.g. a burst trimmed before a flush) as dropped. */
  noteDropped(count: number): void {
    this.droppedCount += count;
  }

  /** The line with sequence number `seq`, or undefined when it was dropped or not yet pushed. */
  at(seq: number): T | undefined {
    if (seq < this.firstSeq || seq >= this.pushed) return undefined;
    return this.slots[(this.head + (seq - this.firstSeq)) % this.capacity];
  }

  /** Lines with sequence numbers in [fromSeq, toSeq), clamped to what is held; copies only that window. */
  slice(fromSeq: number, toSeq: number): T[] {
    const start = Math.max(fromSeq, this.firstSeq);
    const end = Math.min(toSeq, this.pushed);
    const out: T[] = [];
    for (let seq = start; seq < end; seq++) out.push(this.slots[(this.head + (seq - this.firstSeq)) % this.capacity] as T);
    return out;
  }

  toArray(): T[] {
    return this.slice(this.firstSeq, this.pushed);
  }

  clear(): void {
    this.slots.fill(undefined);
    this.head = 0;
    this.size = 0;
    this.pushed = 0;
    this.droppedCount = 0;
  }
}
