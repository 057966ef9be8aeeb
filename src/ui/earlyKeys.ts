// Keys typed while kilo-tui connects (before the first frame) must neither be echoed onto the
// main screen, where they would still be after quitting, nor be lost. The terminal goes into raw
// mode at once (no echo), what arrives is held, and given back to stdin for the TUI to read when
// it starts. Ctrl-C while connecting still stops kilo-tui, as it would in cooked mode.
const CTRL_C = 0x03;

export interface HeldKeys {
  /** Hands the held keys back to stdin (for the TUI to read) and stops holding. */
  release(): void;
  /** Stops holding and gives the terminal its cooked mode back (startup failed). */
  restore(): void;
}

export function holdKeys(stdin: NodeJS.ReadStream, onInterrupt: () => void): HeldKeys {
  if (!stdin.isTTY) return { release: () => {}, restore: () => {} };
  const held: Buffer[] = [];
  stdin.setRawMode(true);
  const onReadable = (): void => {
    let chunk: Buffer | string | null;
    while ((chunk = stdin.read() as Buffer | string | null) !== null) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (bytes.includes(CTRL_C)) {
        stop();
        stdin.setRawMode(false);
        onInterrupt();
        return;
      }
      held.push(bytes);
    }
  };
  // Reading keeps the terminal's handle referenced: let go of it, or a failed connect would leave
  // kilo-tui waiting for keys instead of exiting. (Ink takes a reference again when it starts.)
  const stop = (): void => {
    stdin.off('readable', onReadable);
    stdin.pause();
    stdin.unref();
  };
  stdin.on('readable', onReadable);
  return {
    release() {
      stop();
      // Keys typed before raw mode was set went through the terminal's line discipline, which
      // turned Enter into a newline; in raw mode Enter is a carriage return.
      if (held.length) stdin.unshift(Buffer.from(Buffer.concat(held).toString('latin1').replaceAll('\n', '\r'), 'latin1'));
    },
    restore() {
      stop();
      stdin.setRawMode(false);
    },
  };
}
