// The bundled kilo-guardian fixtures with kilo-gateway rewritten to log every 100 ms (real time),
// including a line full of terminal control sequences, so tests need not wait for the demo's
// five-second heartbeat.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_FIXTURES } from '../../src/demo/startDemo.js';
import { scratchDir } from '../helpers/scratchDir.js';

/** What the hostile line reads as once its control sequences are gone. */
export const HOSTILE_TEXT = 'hostile red end';

const FAST_GATEWAY = `image: kilo-gateway:multipart-fix
startup:
  - "INFO:     Started server process [1]"
startupIntervalMs: 10
every:
  intervalSeconds: 0.1
  lines:
    - "INFO:     tick"
    - "\\x1b[2J\\x1b]0;title\\x07\\x1b[5;10Hhostile \\x1b[31mred\\x1b[0m end\\x1b[A\\x1b[2K"
`;

export function fastLoggingFixtures(): string {
  const dir = join(scratchDir('kilo-fast-logs-'), 'kilo-guardian');
  cpSync(BUNDLED_FIXTURES, dir, { recursive: true });
  writeFileSync(join(dir, 'behaviours', 'kilo-gateway_multipart-fix.yaml'), FAST_GATEWAY);
  return dir;
}
