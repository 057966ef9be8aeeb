// Cluster strings (names, messages, labels, log text) are attacker-controllable: an event message
// could carry escape sequences that move the cursor, retitle the terminal or fake UI. Everything
// from the cluster passes through here before it reaches the screen.

// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other ESC-introduced strings (DCS, SOS, PM,
// APC up to ST) and two-byte ESC sequences; C1 equivalents (0x9B CSI, 0x9D OSC, 0x90/0x98/0x9E/0x9F).
const ESCAPE_SEQUENCES = new RegExp(
  [
    '\\u001b\\[[0-?]*[ -/]*[@-~]',
    '\\u009b[0-?]*[ -/]*[@-~]',
    '(?:\\u001b\\]|\\u009d)[\\s\\S]*?(?:\\u0007|\\u001b\\\\|\\u009c|$)',
    '(?:\\u001b[PX^_]|[\\u0090\\u0098\\u009e\\u009f])[\\s\\S]*?(?:\\u001b\\\\|\\u009c|$)',
    '\\u001b[ -/]*[0-~]?',
  ].join('|'),
  'g',
);
// Remaining C0 (except tab, which becomes a space) and C1 control characters, and DEL.
const CONTROL_CHARS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/** Removes ANSI/OSC sequences and control characters; tabs become spaces, newlines are dropped. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(/\t/g, ' ').replace(CONTROL_CHARS, '');
}

/** Like sanitizeForTerminal but keeps line breaks, for multi-line text such as YAML. */
export function sanitizeMultiline(text: string): string {
  return text.split(/\r?\n/).map(sanitizeForTerminal).join('\n');
}
