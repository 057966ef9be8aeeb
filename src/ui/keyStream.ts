// Ink hands a chunk of plain text to useInput as one string (so a paste arrives whole). Typed keys
// that reach us together (a fast typist over ssh, tmux send-keys, a pasted ":rs⏎") would then be
// one unknown "key" and be dropped. KeyStream sits between the terminal and Ink and releases one
// key per read: a character, or a whole escape sequence (arrows, Shift-Tab, Alt-x). The next key
// waits until React is idle, because a key can change which handler owns the next one (":" opens
// the command bar, "3" changes what Enter submits), and React must commit that change and hand Ink
// the new handler before the next key is routed (see reactIdle.ts). That holds for a key that
// arrives after the previous one was released as much as for one queued behind it.
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { whenReactIdle } from './reactIdle.js';

const ESC = '\u001b';
/** The least time between two released keys, on top of waiting for React to be idle. */
export const KEY_GAP_MS = 1;

/** Where the escape sequence starting at `start` ends (exclusive), as far as `text` holds it. */
function escapeSequenceEnd(text: string, start: number): number {
  const next = text[start + 1];
  if (next === '[') {
    let end = start + 2;
    if (text[end] === '[') end++; // legacy function keys: ESC [ [ A
    while (end < text.length && text.charCodeAt(end) >= 0x20 && text.charCodeAt(end) <= 0x3f) end++;
    return Math.min(text.length, end + 1); // the final byte
  }
  if (next === 'O') return Math.min(text.length, start + 3);
  if (next === ESC && (text[start + 2] === '[' || text[start + 2] === 'O')) return escapeSequenceEnd(text, start + 1); // Alt + arrow
  if (next === undefined || next === ESC) return start + 1; // a lone Esc
  return start + 1 + (text.codePointAt(start + 1)! > 0xffff ? 2 : 1); // Alt + a character
}

/** Splits terminal input into keys: one character each, escape sequences whole. */
export function splitKeys(text: string): string[] {
  const keys: string[] = [];
  let index = 0;
  while (index < text.length) {
    const end = text[index] === ESC ? escapeSequenceEnd(text, index) : index + (text.codePointAt(index)! > 0xffff ? 2 : 1);
    keys.push(text.slice(index, end));
    index = end;
  }
  return keys;
}

/** The terminal's stdin as Ink needs it (raw mode, ref/unref), one key per read. */
export class KeyStream extends Readable {
  readonly isTTY: boolean;
  private readonly decoder = new StringDecoder('utf8');
  private attached = false;
  private readonly queue: string[] = [];
  private gap: NodeJS.Timeout | undefined;

  constructor(private readonly source: NodeJS.ReadStream) {
    super({ objectMode: true });
    this.isTTY = source.isTTY === true;
  }

  override _read(): void {
    if (this.attached) return;
    this.attached = true;
    this.source.on('readable', this.onReadable);
  }

  setRawMode(mode: boolean): this {
    this.source.setRawMode?.(mode);
    return this;
  }

  ref(): this {
    this.source.ref?.();
    return this;
  }

  unref(): this {
    this.source.unref?.();
    return this;
  }

  /** Stops reading the terminal so the process can exit. */
  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    this.source.off('readable', this.onReadable);
    clearTimeout(this.gap);
    this.gap = undefined;
    this.queue.length = 0;
  }

  // Paused-mode reads, as Ink itself does, so the terminal is only read while someone listens.
  private readonly onReadable = (): void => {
    let chunk: Buffer | string | null;
    while ((chunk = this.source.read() as Buffer | string | null) !== null) {
      const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
      this.queue.push(...splitKeys(text));
    }
    this.releaseNext();
  };

  private releaseNext(): void {
    if (this.gap) return;
    const key = this.queue.shift();
    if (key === undefined) return;
    this.push(key);
    // The next key waits too when it has not arrived yet: a key read a moment later (typed fast,
    // or read in the same tick under load) must still reach the view this one opens, whose
    // handler React binds only after it has caught up. Released at once, ":ctx⏎" then "j" in
    // two reads handed the "j" to no view.
    this.gap = setTimeout(() => {
      whenReactIdle(() => {
        this.gap = undefined;
        if (this.attached) this.releaseNext();
      });
    }, KEY_GAP_MS);
  }
}
