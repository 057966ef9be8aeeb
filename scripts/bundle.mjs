#!/usr/bin/env node
// Builds the published CLI: bundle/cli/kilo-tui.cjs, src/cli/main.ts with everything it imports
// (Ink, React in its production build, the kubeconfig/auth part of client-node, yaml, zustand,
// ink-table) in one CommonJS file, so the package installs with no dependencies, and its launcher
// bundle/cli/kilo-tui.js (the bin; scripts/bundle/launcher.cjs, CommonJS by bundle/cli/package.json). The files sit two folders
// below the package root like dist/cli/main.js, so it finds package.json and demo-fixtures/ the same
// way. Run by `npm pack`/`npm publish` (prepack); `node scripts/bundle.mjs --analyze` lists what is
// in it by size.
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const here = (path) => join(root, path);
const require = createRequire(import.meta.url);
const clientNodeDist = dirname(require.resolve('@kubernetes/client-node'));
const inkBuild = join(dirname(require.resolve('ink')));
const stringWidthIndex = require.resolve('string-width');
/** The package's bin: scripts/bundle/launcher.cjs, which runs the CommonJS bundle with a code cache. */
export const BUNDLE_PATH = here('bundle/cli/kilo-tui.js');
const BUNDLE_BODY_PATH = here('bundle/cli/kilo-tui.cjs');

/** Modules the bundle replaces: each finds an installed package's files at run time. */
const substitutes = new Map([
  [here('src/ui/inkOutputModule.ts'), here('scripts/bundle/inkOutputModule.ts')],
  [here('src/ui/inkTable/loadInkTable.ts'), here('scripts/bundle/loadInkTable.ts')],
]);

const kiloBundle = {
  name: 'kilo-tui-bundle',
  setup(build) {
    // kube/ imports KubeConfig (and types) only: take it from client-node's config module instead of
    // the index, which re-exports every generated API class and model (most of its 54 MB).
    build.onResolve({ filter: /^@kubernetes\/client-node$/ }, () => ({ path: join(clientNodeDist, 'config.js') }));
    // config.js reaches the generated code for two names it uses to build API clients (which we
    // never do); the generated index would drag in every model again.
    build.onResolve({ filter: /^\.\/gen\/index\.js$/ }, (args) =>
      args.importer === join(clientNodeDist, 'config.js') ? { path: 'client-node-gen', namespace: 'kilo' } : undefined,
    );
    build.onLoad({ filter: /^client-node-gen$/, namespace: 'kilo' }, () => ({
      contents: `export { createConfiguration } from ${JSON.stringify(join(clientNodeDist, 'gen/configuration.js'))};
export { ServerConfiguration } from ${JSON.stringify(join(clientNodeDist, 'gen/servers.js'))};`,
      resolveDir: clientNodeDist,
      loader: 'js',
    }));
    // Ink connects to React devtools only when DEV=true; the bundle leaves that out.
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      args.importer === join(inkBuild, 'reconciler.js') ? { path: here('scripts/bundle/empty.js') } : undefined,
    );
    // node-fetch (and its URL polyfill's 250 kB Unicode table) serves config.js's Headers and the
    // generated fetch client we never call: Node 20 has both built in. Reached only when used:
    // reading globalThis.Headers loads Node's undici (~20 ms of start-up, far more on a loaded host).
    build.onResolve({ filter: /^node-fetch$/ }, () => ({ path: 'node-fetch', namespace: 'kilo' }));
    build.onLoad({ filter: /^node-fetch$/, namespace: 'kilo' }, () => ({
      contents: `export class Headers { constructor(init) { return new globalThis.Headers(init); } }
export default (...args) => globalThis.fetch(...args);`,
      loader: 'js',
    }));
    // Ink measures every text of every frame with widest-line; the remembered one answers the same.
    build.onResolve({ filter: /^widest-line$/ }, (args) =>
      args.importer.startsWith(inkBuild) ? { path: here('src/ui/widestLineCache.ts') } : undefined,
    );
    // Ink measures every text it writes with string-width (cli-truncate too, for truncated texts);
    // kilo-tui's texts mostly need no grapheme walk. Both use the string-width displayWidth uses.
    build.onResolve({ filter: /^string-width$/ }, (args) =>
      /[\\/]node_modules[\\/](ink|cli-truncate)[\\/]/.test(args.importer) ? { path: here('src/ui/inkStringWidth.ts') } : undefined,
    );
    build.onResolve({ filter: /^ink\/build\/(output|instances)\.js$/ }, (args) => ({ path: join(inkBuild, args.path.slice('ink/build/'.length)) }));
    build.onResolve({ filter: /^ink$/ }, (args) =>
      args.importer.includes('/node_modules/ink-table/') ? { path: here('scripts/bundle/inkForCommonJs.cjs') } : undefined,
    );
    // Yoga's loader decodes its inlined WebAssembly with fetch() of a data: URL whenever fetch
    // exists, and the first touch of fetch loads Node's undici with http2, zlib and worker_threads
    // (~20 ms of every start on an idle 2-core host, ~90 ms loaded). Its own base64 decoding is
    // the path it takes where there is no fetch; the bundle makes it take that one. Its
    // instantiateWasm hook is also handed that decoder (`wa`), for the synchronous start below.
    build.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      // Its decoder goes through atob() and a byte-by-byte loop of cold code (~4 ms of every start);
      // Buffer decodes the same base64 natively.
      const byteLoop = 'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c';
      const patched = source
        .replaceAll('"function"!=typeof fetch', 'true')
        .replace(/return h\.instantiateWasm\(d,\s*a\)/, 'return h.instantiateWasm(d, a, wa)')
        .replace(byteLoop, 'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))');
      if (!patched.includes('h.instantiateWasm(d, a, wa)') || !source.includes('"function"!=typeof fetch') || !source.includes(byteLoop) || !source.includes('ua(a)')) throw new Error(`${args.path}: yoga's loader changed; update scripts/bundle.mjs`);
      return { contents: patched, loader: 'js' };
    });
    // Yoga's index awaits the asynchronous WebAssembly instantiation at its top level, which keeps
    // the bundle an ES module (no CommonJS, so no V8 code cache: see the loader). Emscripten lets the
    // host instantiate: its instantiateWasm hook is handed the base64 decoder too, the module is
    // compiled synchronously (Node allows it on the main thread), and the runtime then initialises
    // before the factory returns, so the module object is ready without awaiting its promise.
    build.onLoad({ filter: /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source.replace(
        'const Yoga = wrapAssembly(await loadYoga());',
        `const yogaModule = { instantiateWasm(imports, receive, binary) {
  receive(new WebAssembly.Instance(new WebAssembly.Module(binary()), imports));
  return {};
} };
loadYoga(yogaModule);
if (!yogaModule.calledRun) throw new Error('yoga did not initialise synchronously');
const Yoga = wrapAssembly(yogaModule);`,
      );
      if (patched === source) throw new Error(`${args.path}: yoga's top-level await not found; update scripts/bundle.mjs`);
      return { contents: patched, loader: 'js' };
    });
    // string-width builds its \p{RGI_Emoji} regex (every emoji sequence Unicode recommends) as it
    // loads: ~20-50 ms of every start on the 2-core dev VM, before the first request, for texts that
    // are nearly all measured without it (src/render/displayWidth.ts). Built on first use instead.
    build.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, (args) => {
      // Only the string-width kilo-tui measures with (wrap-ansi keeps an older one of its own).
      if (args.path !== stringWidthIndex) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const eager = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
      if (!source.includes(eager) || source.split('rgiEmojiRegex').length !== 3 || !source.includes('rgiEmojiRegex.test(segment)')) {
        throw new Error(`${args.path}: string-width's emoji regex changed; update scripts/bundle.mjs`);
      }
      const lazy = 'let rgiEmojiRegexMade; const rgiEmojiRegex = { test: (text) => (rgiEmojiRegexMade ??= /^\\p{RGI_Emoji}$/v).test(text) };';
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
    // Ink's reconciler awaits two imports at its top level, both only when DEV=true (React
    // devtools, which the bundle leaves out, and Ink's package.json for them).
    build.onLoad({ filter: /ink[\\/]build[\\/]reconciler\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source
        .replace("await import('./devtools.js');", 'void 0;')
        .replace('? await loadPackageJson()', '? { name: undefined, version: undefined }');
      if (/\bawait (import|loadPackageJson)\(/.test(patched.replace(/async function loadPackageJson[^}]*}/, ''))) throw new Error(`${args.path}: Ink's top-level awaits changed; update scripts/bundle.mjs`);
      return { contents: patched, loader: 'js' };
    });
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const substitute = substitutes.get(args.path);
      if (!substitute) return undefined;
      return { contents: readFileSync(substitute, 'utf8'), loader: 'ts', resolveDir: dirname(substitute) };
    });
  },
};

export async function bundle({ analyze = false } = {}) {
  const result = await esbuild.build({
    entryPoints: [here('src/cli/main.ts')],
    outfile: BUNDLE_BODY_PATH,
    bundle: true,
    platform: 'node',
    // CommonJS so that the launcher can hand V8 a code cache (see launcher.cjs).
    format: 'cjs',
    target: 'node20',
    minify: !process.env.KILO_BUNDLE_READABLE,
    legalComments: 'none',
    sourcemap: false,
    metafile: analyze,
    // React, react-reconciler and scheduler pick their production builds at bundle time.
    // (main.ts's run-time default for the TypeScript build is then a constant; hence the override.)
    // import.meta.url: the bundle's own file URL (it finds package.json and demo-fixtures/ from it).
    // Intl.Segmenter: string-width and slice-ansi make theirs as they load, and the first one loads
    // ICU's break data; each module gets one made on first use instead (src/text/lazySegmenter.ts).
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': '__kiloImportMetaUrl', 'Intl.Segmenter': 'LazySegmenter' },
    inject: [here('src/text/lazySegmenter.ts')],
    logOverride: { 'assign-to-define': 'silent' },
    plugins: [kiloBundle],
    logLevel: 'warning',
  });
  // The body is a function expression the launcher compiles and calls as Node calls a CommonJS
  // module (main.ts's hashbang would be a syntax error inside it).
  const code = readFileSync(BUNDLE_BODY_PATH, 'utf8').replace(/^#!.*\n/, '');
  const body = `(function (exports, require, module, __filename, __dirname) {"use strict";var __kiloImportMetaUrl=require('node:url').pathToFileURL(__filename).href;${code}\n})`;
  writeFileSync(BUNDLE_BODY_PATH, body);
  chmodSync(BUNDLE_BODY_PATH, 0o644);
  const buildId = createHash('sha256').update(body).digest('hex').slice(0, 16);
  // The launcher reads it as Latin-1, which is UTF-8 only for ASCII (esbuild escapes the rest in
  // code; a readable build keeps comments, where nothing reads the characters).
  if (!process.env.KILO_BUNDLE_READABLE && /[^\x00-\x7f]/.test(body)) throw new Error(`${BUNDLE_BODY_PATH}: not ASCII; the launcher reads it as Latin-1`);
  const launcher = readFileSync(here('scripts/bundle/launcher.cjs'), 'utf8');
  if (!launcher.includes("'__KILO_BUILD_ID__'")) throw new Error('scripts/bundle/launcher.cjs: build id placeholder not found');
  writeFileSync(BUNDLE_PATH, launcher.replace("'__KILO_BUILD_ID__'", JSON.stringify(buildId)));
  writeFileSync(here('bundle/cli/package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
  chmodSync(BUNDLE_PATH, 0o755);
  if (analyze) process.stdout.write(await esbuild.analyzeMetafile(result.metafile));
  return BUNDLE_PATH;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundle({ analyze: process.argv.includes('--analyze') });
}
