// The launcher (scripts/bundle/launcher.cjs, the package's bin) sets V8 flags before it compiles the
// bundle. V8's cachedDataVersionTag() hashes the flags in force, so a bundle body run by the launcher
// sees the same tag as a node started with those flags on its command line, and not a plain node's.
import { execFile } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/scratchDir.js';

const run = promisify(execFile);
const LAUNCHER = fileURLToPath(new URL('../../scripts/bundle/launcher.cjs', import.meta.url));

async function tagOf(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await run(process.execPath, args, { env: { ...process.env, ...env } });
  return stdout.trim();
}

describe('the launcher', () => {
  it('runs the bundle with one memory-reducer collection (--memory-reducer-single-gc)', async () => {
    const dir = scratchDir('kilo-launcher-');
    copyFileSync(LAUNCHER, join(dir, 'kilo-tui.launcher.cjs'));
    writeFileSync(join(dir, 'kilo-tui.cjs'), `(function (exports, require) { process.stdout.write(String(require('node:v8').cachedDataVersionTag())); })`);
    const launched = await tagOf([join(dir, 'kilo-tui.launcher.cjs')], { KILO_TUI_CODE_CACHE: 'off' });
    const tag = ['-p', "require('node:v8').cachedDataVersionTag()"];
    expect(launched).toBe(await tagOf(['--memory-reducer-single-gc', ...tag]));
    expect(launched).not.toBe(await tagOf(tag));
  });
});
