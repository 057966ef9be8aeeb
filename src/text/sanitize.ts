// The one sanitizer. Strings from the cluster, a kubeconfig or a container's log are untrusted: they
// can carry sequences that move the cursor, clear the screen, retitle the terminal, hide text or
// reorder it (bidi overrides, "Trojan Source"). Every string that reaches a terminal or a file a
// person reads passes through here: table cells, describe, events, evidence, the modal, the plan
// script's comments, the Markdown report, log lines, error lines and the header. (JSON output is
// escaped instead, and shell arguments are quoted with $'…' escapes: see domain/plans/toKubectl.)
//
// Escape sequences introduced by ESC (CSI, OSC, DCS, SOS, PM, APC, two-byte escapes) are removed
// whole. An 8-bit C1 control (U+0080–U+009F, e.g. U+009B, the 8-bit CSI) is removed alone: the text
// after it is text, and a terminal that would read it as an introducer no longer sees one.

export interface SanitizeOptions {
  /** Keep SGR (colour/style) sequences (log lines); every other sequence is always removed. */
  keepSgr?: boolean;
  /** Visible characters kept before the text is cut and a `… [+N chars]` marker appended. */
  maxLength?: number;
  /** Tabs become spaces up to the next multiple of this; 1 (the default) makes each one space. */
  tabWidth?: number;
}

const ESC = 0x1b;
const BEL = 0x07;
const TAB = 0x09;
const REPLACEMENT = 0xfffd;
const C1_ST = 0x9c;
const SGR_PARAMS = /^[0-9;:]*$/;

/** Characters that reorder or hide text without being visible themselves. */
export function isInvisibleControl(code: number): boolean {
  return (
    (code >= 0x202a && code <= 0x202e) || // LRE, RLE, PDF, LRO, RLO
    (code >= 0x2066 && code <= 0x2069) || // LRI, RLI, FSI, PDI
    code === 0x200e || code === 0x200f || code === 0x061c || // LRM, RLM, ALM
    code === 0x2028 || code === 0x2029 // line and paragraph separators
  );
}

/** C0 and C1 controls and DEL. */
export function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Index just past a CSI whose parameters start at `from`, its final byte and parameters. */
function scanCsi(text: string, from: number): { end: number; final: number; params: string } {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 0x40 && c <= 0x7e) return { end: i + 1, final: c, params: text.slice(from, i) };
    // Neither a parameter (0x30-0x3f) nor an intermediate (0x20-0x2f) byte: malformed, so the
    // sequence ends here and this character is judged on its own.
    if (c < 0x20 || c > 0x3f) return { end: i, final: -1, params: '' };
    i++;
  }
  return { end: text.length, final: -1, params: '' };
}

/** Index just past a string sequence (OSC, DCS, SOS, PM, APC) ended by BEL (OSC only), ESC \ or ST. */
function scanString(text: string, from: number, allowBel: boolean): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (allowBel && c === BEL) return i + 1;
    if (c === C1_ST) return i + 1;
    if (c === ESC && text.charCodeAt(i + 1) === 0x5c) return i + 2;
  }
  // Unterminated: everything after the introducer belongs to the sequence.
  return text.length;
}

/** Index just past a short escape (ESC 7, ESC c, ESC ( B). */
function scanShortEscape(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
  if (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x7e) i++;
  return i;
}

/** Removes terminal control from one line of text; with options, keeps SGR, expands tabs, cuts long lines. */
export function sanitizeLine(text: string, options: SanitizeOptions = {}): string {
  const tabWidth = options.tabWidth ?? 1;
  const maxLength = options.maxLength ?? Infinity;
  // Fast path: nearly every name and message is plain printable text.
  if (maxLength === Infinity && !/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffd]/.test(text)) return text;
  const parts: string[] = [];
  let visible = 0;
  let overflow = 0;
  let keptSgr = false;
  let lastWasReplacement = false;

  const emit = (chunk: string, width: number): void => {
    if (visible + width <= maxLength) {
      parts.push(chunk);
      visible += width;
    } else {
      overflow += width;
    }
  };

  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === ESC) {
      const kind = text.charCodeAt(i + 1);
      if (kind === 0x5b /* [ */) {
        const csi = scanCsi(text, i + 2);
        if (csi.final === 0x6d /* m */ && options.keepSgr && SGR_PARAMS.test(csi.params) && overflow === 0) {
          parts.push(`\x1b[${csi.params}m`);
          keptSgr = true;
        }
        i = csi.end;
      } else if (kind === 0x5d /* ] */) {
        i = scanString(text, i + 2, true);
      } else if (kind === 0x50 || kind === 0x58 || kind === 0x5e || kind === 0x5f) {
        i = scanString(text, i + 2, false); // DCS, SOS, PM, APC
      } else {
        // A lone ESC at the end, or a short escape like ESC c (full reset) or ESC 7.
        i = i + 1 < text.length ? scanShortEscape(text, i + 1) : i + 1;
      }
      lastWasReplacement = false;
      continue;
    }
    if (c === TAB) {
      const spaces = tabWidth - (visible % tabWidth);
      emit(' '.repeat(spaces), spaces);
      lastWasReplacement = false;
      i++;
      continue;
    }
    if (isControl(c) || isInvisibleControl(c)) {
      i++;
      continue;
    }
    if (c === REPLACEMENT) {
      // A run of undecodable bytes reads as one marker, not a wall of them.
      if (!lastWasReplacement) emit('\ufffd', 1);
      lastWasReplacement = true;
      i++;
      continue;
    }
    lastWasReplacement = false;
    const step = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    emit(text.slice(i, i + step), 1);
    i += step;
  }

  let out = parts.join('');
  if (keptSgr) out += '\x1b[0m';
  if (overflow > 0) out += `… [+${overflow} chars]`;
  return out;
}

/** sanitizeLine for each line, keeping the line breaks (describe's YAML, a report). */
export function sanitizeMultiline(text: string): string {
  return text.split(/\r?\n/).map((line) => sanitizeLine(line)).join('\n');
}

/** Removes every SGR sequence (for measuring or matching text that was sanitized with keepSgr). */
export function stripSgr(text: string): string {
  return text.replace(/\x1b\[[0-9;:]*m/g, '');
}

/**
 * Decodes a byte stream as UTF-8 across chunk boundaries. Invalid bytes become U+FFFD (fatal:
 * false), which sanitizeLine then collapses, so a binary blob cannot break the frame.
 */
export function createLogDecoder(): { write(bytes: Uint8Array): string; end(): string } {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  return {
    write: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}

/** What JSON.stringify leaves raw but a terminal would act on: DEL, C1 and the invisible controls. */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with every control character escaped (\u009b), so it is exact and inert on a terminal. */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
