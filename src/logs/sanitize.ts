// Log text is untrusted: a container can print anything, including sequences that move the
// cursor, clear the screen, retitle the terminal or hide text. Only printable text (and, when
// asked, SGR colour codes) may reach the renderer, and one line must never take over the frame.

export interface SanitizeOptions {
  /** Keep SGR (colour/style) sequences; all other escape sequences are always removed. */
  keepSgr: boolean;
  /** Visible characters kept before the line is cut and a `… [+N chars]` marker appended. */
  maxLength: number;
  tabWidth?: number;
}

const ESC = 0x1b;
const BEL = 0x07;
const TAB = 0x09;
const REPLACEMENT = 0xfffd;
// C1 introducers (8-bit forms of ESC [, ESC ], ESC P, ESC X, ESC ^, ESC _) and the 8-bit ST.
const C1_CSI = 0x9b;
const C1_OSC = 0x9d;
const C1_ST = 0x9c;
const C1_STRING_STARTERS = new Set([0x90, 0x98, 0x9e, 0x9f]);
const SGR_PARAMS = /^[0-9;:]*$/;

/** Bidirectional overrides and isolates can visually reorder a line ("Trojan Source"). */
function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Index just past a CSI sequence whose parameters start at `from`, and its final byte and params. */
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

/** Index just past a string sequence (OSC, DCS, SOS, PM, APC) terminated by BEL, ESC \ or 8-bit ST. */
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

/** Index just past a two-or-more character escape (ESC 7, ESC c, ESC ( B). */
function scanShortEscape(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
  if (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x7e) i++;
  return i;
}

/** Removes terminal control from one line of log text, expands tabs and cuts over-long lines. */
export function sanitizeLogLine(text: string, options: SanitizeOptions): string {
  const tabWidth = options.tabWidth ?? 8;
  const parts: string[] = [];
  let visible = 0;
  let overflow = 0;
  let keptSgr = false;
  let lastWasReplacement = false;

  const emit = (chunk: string, width: number): void => {
    if (visible + width <= options.maxLength) {
      parts.push(chunk);
      visible += width;
    } else {
      overflow += width;
    }
  };

  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === ESC || c === C1_CSI || c === C1_OSC || C1_STRING_STARTERS.has(c)) {
      const eight = c !== ESC;
      const kind = eight ? c : text.charCodeAt(i + 1);
      const body = eight ? i + 1 : i + 2;
      if (kind === 0x5b /* [ */ || kind === C1_CSI) {
        const csi = scanCsi(text, body);
        if (csi.final === 0x6d /* m */ && options.keepSgr && SGR_PARAMS.test(csi.params) && overflow === 0) {
          parts.push(`\x1b[${csi.params}m`);
          keptSgr = true;
        }
        i = csi.end;
      } else if (kind === 0x5d /* ] */ || kind === C1_OSC) {
        i = scanString(text, body, true);
      } else if (kind === 0x50 || kind === 0x58 || kind === 0x5e || kind === 0x5f || (eight && C1_STRING_STARTERS.has(kind))) {
        // DCS, SOS, PM, APC
        i = scanString(text, body, false);
      } else if (eight) {
        i = body;
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
    if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f) || isBidiControl(c)) {
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
    const isPair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const step = isPair ? 2 : 1;
    emit(text.slice(i, i + step), 1);
    i += step;
  }

  let out = parts.join('');
  if (keptSgr) out += '\x1b[0m';
  if (overflow > 0) out += `… [+${overflow} chars]`;
  return out;
}

/** Removes every SGR sequence (for measuring or matching text that was sanitized with keepSgr). */
export function stripSgr(text: string): string {
  return text.replace(/\x1b\[[0-9;:]*m/g, '');
}

/**
 * Decodes a byte stream as UTF-8 across chunk boundaries. Invalid bytes become U+FFFD (fatal:
 * false), which sanitizeLogLine then collapses, so a binary blob cannot break the frame.
 */
export function createLogDecoder(): { write(bytes: Uint8Array): string; end(): string } {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  return {
    write: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}
