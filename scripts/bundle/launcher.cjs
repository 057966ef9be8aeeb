#!/usr/bin/env node
// kilo-tui's published entry point. It runs the CommonJS bundle beside it (kilo-tui.cjs) with a V8
// code cache: compiling the ~1 MB bundle, and then each function on its first call, is most of the
// CPU a start spends before the first request goes out. Node 20 has no module compile cache (22
// has), and an ES module cannot be given cached data, hence the CommonJS bundle and vm.Script.
// The launcher is CommonJS too (bundle/cli/package.json says so): an ES module entry point costs
// Node's ES module loader (~15 ms of every start on the 2-core dev VM).
// A cache is written once, when the first run of a build exits (so it holds every function that
// run compiled; making one costs ~100 ms, too much for every exit), under $XDG_CACHE_HOME/kilo-tui
// (~/.cache/kilo-tui), named by the bundle's content hash, Node's version, the CPU and the kind of
// run (a `--version` first must not leave every TUI start with its meagre cache). V8 itself refuses
// data from another V8 or other flags (cachedDataRejected: the file is then written again), and a
// new build never reads an old build's file. Anything that goes wrong with the cache (no home, a
// read-only disk) only means running uncached; KILO_TUI_CODE_CACHE=off turns it off.
/* global require, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file, which Node loads without its ES module loader */
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

const BUILD_ID = '__KILO_BUILD_ID__';
const bundleFile = join(__dirname, 'kilo-tui.cjs');

function cacheDirectory() {
  if (process.env.KILO_TUI_CODE_CACHE === 'off') return undefined;
  try {
    return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kilo-tui');
  } catch {
    return undefined;
  }
}

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(directory, file, data) {
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, file);
    // Earlier builds' caches are never read again.
    for (const name of readdirSync(directory)) {
      if (name.startsWith('code-') && !name.startsWith(`code-${BUILD_ID}-`)) rmSync(join(directory, name), { force: true });
    }
  } catch {
    // Uncached it is.
  }
}

/** Which functions a run compiles depends on what it does; a wrong guess only costs speed. */
function runKind(args) {
  for (const arg of args) {
    if (arg === 'audit' || arg === 'verify' || arg === 'demo-server') return arg;
    if (arg === '--version' || arg === '--help' || arg === '-h' || arg === 'help') return 'info';
  }
  return 'tui';
}

// Once start-up's allocation stops, V8's memory reducer runs full collections of the whole heap
// (~14 MB, most of it the program itself): always at least two, each ~40-75 ms of CPU on a 2-core
// host, inside the first half minute of an idle screen. The second one finds almost nothing to free
// (11 kB of 14.3 MB measured); one is enough for the memory it is there to give back. Set before
// the script is compiled: the flag is part of what V8's code cache must match (cachedDataVersionTag).
setFlagsFromString('--memory-reducer-single-gc');

const directory = cacheDirectory();
const cacheFile = directory && join(directory, `code-${BUILD_ID}-${process.version}-${process.arch}-${runKind(process.argv.slice(2))}.bin`);
const cachedData = cacheFile ? readCache(cacheFile) : undefined;
// The bundle is ASCII (scripts/bundle.mjs checks), so Latin-1 reads it as UTF-8 would, ~10 ms sooner.
const source = readFileSync(bundleFile, 'latin1');
// kilo-tui.cjs is one function expression, `(function (exports, require, module, __filename, __dirname) {…})`.
const script = new Script(source, { filename: bundleFile, cachedData });
if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
  process.once('exit', () => writeCache(directory, cacheFile, script.createCachedData()));
}
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, createRequire(bundleFile), bundleModule, bundleFile, dirname(bundleFile));
