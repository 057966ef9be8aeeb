// Streams arrive in arbitrary chunks; lines are what we store. A partial line waits for its end,
// but never grows without bound: a writer that never prints a newline is cut into pieces.

export class LineSplitter {
  private partial = '';

  constructor(private readonly maxPartial = 64 * 1024) {}

  /** Complete lines in `chunk` (joined with what was left over from the previous chunk). */
  push(chunk: string): string[] {
    const text = this.partial + chunk;
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    while (this.partial.length > this.maxPartial) {
      lines.push(this.partial.slice(0, this.maxPartial));
      this.partial = this.partial.slice(this.maxPartial);
    }
    return lines;
  }

  /** The unterminated rest, when the stream ends. */
  flush(): string[] {
    const rest = this.partial;
    this.partial = '';
    return rest === '' ? [] : [rest];
  }
}
