// What `npm install -g` of the packed tarball puts on the disk: the package `npm pack` builds
// (prepack bundles it) installed into an empty prefix from the npm cache, its size and packages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchFigure, BenchSection } from './benchSection.js';
import { round } from './tabletSetup.js';

/** The package to pack: this checkout, or KILO_BENCH_PACKAGE_DIR (a baseline's). */
const PACKAGE_DIR = process.env.KILO_BENCH_PACKAGE_DIR ?? fileURLToPath(new URL('../..', import.meta.url));

function countPackages(nodeModules: string): number {
  let count = 0;
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    if (entry.name.startsWith('@')) {
      count += countPackages(join(nodeModules, entry.name));
      continue;
    }
    count++;
    try {
      count += countPackages(join(nodeModules, entry.name, 'node_modules'));
    } catch {
      // no nested packages
    }
  }
  return count;
}

export function measureInstall(): { tarballKB: number; installedMB: number; packages: number } {
  const work = mkdtempSync(join(tmpdir(), 'kilo-bench-install-'));
  try {
    const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], PACKAGE_DIR)) as Array<{ filename: string; size: number }>;
    const prefix = join(work, 'prefix');
    npm(['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(work, packed[0].filename)], work);
    const installed = join(prefix, 'lib', 'node_modules');
    const kilobytes = Number(execFileSync('du', ['-sk', installed], { encoding: 'utf8' }).split('\t')[0]);
    return { tarballKB: packed[0].size / 1024, installedMB: kilobytes / 1024, packages: countPackages(installed) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const installBench: BenchSection = {
  name: 'install',
  title: 'Install size (npm pack + npm install -g into an empty prefix)',
  async run(): Promise<BenchFigure[]> {
    const { tarballKB, installedMB, packages } = measureInstall();
    return [
      { label: 'packed tarball', value: round(tarballKB / 1024, 2), unit: 'MB' },
      { label: 'installed size', value: round(installedMB, 1), unit: 'MB', target: '≤ 25 MB', ok: installedMB <= 25 },
      { label: 'packages installed', value: packages, unit: 'count' },
    ];
  },
};
