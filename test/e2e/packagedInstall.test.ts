// Issue 14: what a user installs. `npm pack` (which bundles on prepack) and `npm install -g` of the
// tarball into an empty prefix, offline: the package has no dependencies, so nothing but the
// tarball is needed. Then the installed `kilo-tui` runs --version, `audit --demo` and the TUI in
// tmux, and authenticates as a kubeconfig says (token, exec plugin, OIDC id-token, client
// certificate) with the parts of client-node the bundle carries.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/scratchDir.js';
import { startTmux } from '../helpers/tmux.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const TLS_FIXTURES = join(ROOT, 'test/kube/fixtures');

let prefix: string;
let installed: string;
let bin: string;
// Where the launcher keeps its V8 code caches for these runs (not the tester's ~/.cache).
const codeCacheHome = scratchDir('kilo-code-cache-');
const codeCache = join(codeCacheHome, 'kilo-tui');
// The installed bin's `#!/usr/bin/env node` finds the node running the tests.
const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`, XDG_CACHE_HOME: codeCacheHome };

function run(args: string[], timeout = 30_000, extraEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(bin, args, { timeout, env: { ...env, ...extraEnv } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr });
    });
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

beforeAll(() => {
  const work = scratchDir('kilo-pack-');
  const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const packed = npm(['pack', '--json', '--pack-destination', work], ROOT);
  const tarball = join(work, (JSON.parse(packed) as Array<{ filename: string }>)[0].filename);
  prefix = join(work, 'prefix');
  npm(['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], work);
  installed = join(prefix, 'lib/node_modules/kilo-tui');
  bin = join(prefix, 'bin/kilo-tui');
}, 120_000);

describe('the packed and installed kilo-tui', () => {
  it('installs one bundled file and its launcher, the demo fixtures and the license: no dependencies, maps or bench code', () => {
    const files = filesUnder(installed);
    expect(files.some((file) => file.startsWith('node_modules/'))).toBe(false);
    expect(files.filter((file) => /\.c?js$/.test(file)).sort()).toEqual(['bundle/cli/kilo-tui.cjs', 'bundle/cli/kilo-tui.js']);
    expect(files.some((file) => file.endsWith('.map') || /bench/i.test(file))).toBe(false);
    expect(files).toContain('LICENSE');
    expect(files).toContain('demo-fixtures/kilo-guardian/replicasets.yaml');
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.license).toBe('MIT');
    expect((pkg.scripts as Record<string, string>).prepare).toBeUndefined();
    expect(statSync(join(installed, 'bundle/cli/kilo-tui.cjs')).size).toBeLessThan(2_000_000);
  });

  it('starts without the ES module loader of Node, and its bundle is ASCII (the launcher reads it as Latin-1)', () => {
    expect(JSON.parse(readFileSync(join(installed, 'bundle/cli/package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    expect(readFileSync(join(installed, 'bundle/cli/kilo-tui.js'), 'utf8')).not.toMatch(/^import /m);
    expect(readFileSync(join(installed, 'bundle/cli/kilo-tui.cjs'))).toSatisfy((bytes: Buffer) => bytes.every((byte) => byte < 0x80));
  });

  it('makes every Intl.Segmenter on first use (the first one of a process loads ICU data): the bundle names the constructor once, in src/text/lazySegmenter.ts', () => {
    const bundle = readFileSync(join(installed, 'bundle/cli/kilo-tui.cjs'), 'utf8');
    expect(bundle.match(/Intl\.Segmenter/g)).toEqual(['Intl.Segmenter']);
    expect(bundle).toContain('globalThis.Intl.Segmenter');
  });

  it("builds string-width's \\p{RGI_Emoji} regex (~20-50 ms) on first use, not as the bundle loads", () => {
    const bundle = readFileSync(join(installed, 'bundle/cli/kilo-tui.cjs'), 'utf8');
    expect(bundle.split('RGI_Emoji')).toHaveLength(2);
    expect(bundle).toMatch(/\?\?=\s*new RegExp\("\^\\\\p\{RGI_Emoji\}\$",\s*"v"\)/);
  });

  it("decodes yoga's inlined WebAssembly with Buffer, not atob() and a byte loop", () => {
    const bundle = readFileSync(join(installed, 'bundle/cli/kilo-tui.cjs'), 'utf8');
    expect(bundle).toMatch(/new Uint8Array\(Buffer\.from\([\w$]+\.slice\(37\),\s*"base64"\)\)/);
  });

  it('prints its version', async () => {
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `kilo-tui ${VERSION}\n` });
  });

  it('audits the bundled demo namespace, found next to the bundle (exit 3: a CRITICAL finding)', async () => {
    const { code, stdout, stderr } = await run(['audit', '--demo']);
    expect(stderr).toBe('');
    expect(code).toBe(3);
    expect(stdout).toContain('**Namespace**: kilo-guardian');
    expect(stdout).toContain("ModuleNotFoundError: No module named 'prometheus_client'");
  });

  it('runs --demo in a terminal: the first frame with data, then an ink-table evidence screen', async () => {
    const tui = startTmux([bin, '--demo'], { env: { PATH: env.PATH ?? '', XDG_CACHE_HOME: codeCacheHome } });
    try {
      const first = await tui.waitFor('78 rs (63 stale)', 30_000);
      expect(first).toContain('kilo-meds');
      tui.send(':');
      await tui.waitFor(/^:▏/m);
      tui.type('audit');
      tui.send('Enter');
      await tui.waitFor('Audit kilo-guardian: 8 findings');
      tui.send('Enter');
      const evidence = await tui.waitFor("ModuleNotFoundError: No module named 'prometheus_client'");
      // ink-table (CommonJS, handed the bundle's ESM Ink) draws the finding's objects.
      expect(evidence).toMatch(/┌─+┬/);
      tui.send('C-c');
      await tui.waitForExit();
      // Quitting wrote the TUI's code cache for the next start.
      expect(readdirSync(codeCache).filter((name) => name.endsWith('-tui.bin'))).toHaveLength(1);
    } finally {
      tui.kill();
    }
  });
});

describe('the installed kilo-tui authenticates as the kubeconfig says', () => {
  let server: Server;
  let url: string;
  const seen: Array<{ authorization?: string; clientCertificate?: string }> = [];
  const pem = (name: string) => readFileSync(join(TLS_FIXTURES, name), 'utf8');

  beforeAll(async () => {
    // Any list is an empty namespace; the audit of it exits 0. The self-signed pair is both the
    // server's certificate and the client certificate the cert-auth kubeconfig presents.
    server = createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem'), ca: pem('server-cert.pem'), requestCert: true, rejectUnauthorized: false }, (req, res) => {
      const socket = req.socket as TLSSocket;
      seen.push({ authorization: req.headers.authorization, clientCertificate: socket.authorized ? String(socket.getPeerCertificate().subject?.CN) : undefined });
      res.setHeader('content-type', 'application/json');
      res.end(req.url?.startsWith('/version') ? '{"major":"1","minor":"31"}' : '{"kind":"List","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function auditWith(user: Record<string, unknown>): Promise<(typeof seen)[number]> {
    const dir = scratchDir('kilo-auth-');
    const kubeconfig = join(dir, 'config');
    writeFileSync(
      kubeconfig,
      stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'c',
        clusters: [{ name: 'c', cluster: { server: url, 'certificate-authority-data': Buffer.from(pem('server-cert.pem')).toString('base64') } }],
        users: [{ name: 'u', user }],
        contexts: [{ name: 'c', context: { cluster: 'c', user: 'u', namespace: 'apps' } }],
      }),
    );
    seen.length = 0;
    const result = await run(['audit', '--kubeconfig', kubeconfig]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(seen.length).toBeGreaterThan(0);
    return seen[seen.length - 1];
  }

  it('a bearer token', async () => {
    expect((await auditWith({ token: 'static-token' })).authorization).toBe('Bearer static-token');
  });

  it('an exec credential plugin', async () => {
    const plugin = join(scratchDir('kilo-exec-'), 'credential.mjs');
    const credential = { apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token: 'from-exec-plugin' } };
    writeFileSync(plugin, `process.stdout.write(${JSON.stringify(JSON.stringify(credential))});\n`);
    const user = { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: process.execPath, args: [plugin], interactiveMode: 'Never' } };
    expect((await auditWith(user)).authorization).toBe('Bearer from-exec-plugin');
  });

  it('an OIDC id-token that has not expired', async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const idToken = `${part({ alg: 'none' })}.${part({ exp: Math.floor(Date.now() / 1000) + 3600, sub: 'me' })}.sig`;
    const user = { 'auth-provider': { name: 'oidc', config: { 'id-token': idToken, 'client-id': 'kilo', 'idp-issuer-url': 'https://127.0.0.1:1' } } };
    expect((await auditWith(user)).authorization).toBe(`Bearer ${idToken}`);
  });

  it('a client certificate and key from files', async () => {
    expect(existsSync(join(TLS_FIXTURES, 'server-key.pem'))).toBe(true);
    const user = { 'client-certificate': join(TLS_FIXTURES, 'server-cert.pem'), 'client-key': join(TLS_FIXTURES, 'server-key.pem') };
    expect((await auditWith(user)).clientCertificate).toBe('127.0.0.1');
  });
});

describe("the launcher's V8 code cache", () => {
  const cachesOf = (kind: string) => (existsSync(codeCache) ? readdirSync(codeCache) : []).filter((name) => name.endsWith(`-${kind}.bin`));

  it('is written by the first run of a kind, private to the user, and read by the next', async () => {
    rmSync(codeCache, { recursive: true, force: true });
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `kilo-tui ${VERSION}\n` });
    const [info] = cachesOf('info');
    expect(info).toMatch(new RegExp(`^code-[0-9a-f]{16}-${process.version}-${process.arch}-info\\.bin$`));
    expect(statSync(codeCache).mode & 0o777).toBe(0o700);
    expect(statSync(join(codeCache, info)).mode & 0o777).toBe(0o600);
    const written = statSync(join(codeCache, info)).mtimeMs;
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `kilo-tui ${VERSION}\n` });
    // Accepted, so not written again.
    expect(statSync(join(codeCache, info)).mtimeMs).toBe(written);
    // A run of another kind does not take a --version run's cache: it writes its own.
    const audit = await run(['audit', '--demo']);
    expect(audit.code).toBe(3);
    expect(cachesOf('audit')).toHaveLength(1);
  });

  it('replaces a cache V8 refuses, and removes an earlier build\'s', async () => {
    rmSync(codeCache, { recursive: true, force: true });
    await run(['--version']);
    const [info] = cachesOf('info');
    writeFileSync(join(codeCache, info), 'not a code cache');
    const earlierBuild = join(codeCache, `code-0123456789abcdef-${process.version}-${process.arch}-tui.bin`);
    writeFileSync(earlierBuild, 'an earlier build');
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `kilo-tui ${VERSION}\n`, stderr: '' });
    expect(readFileSync(join(codeCache, info)).length).toBeGreaterThan(10_000);
    expect(existsSync(earlierBuild)).toBe(false);
  });

  it('runs uncached where no cache can be written, and not at all with KILO_TUI_CODE_CACHE=off', async () => {
    const notAFolder = join(codeCacheHome, 'a-file');
    writeFileSync(notAFolder, '');
    expect(await run(['--version'], 30_000, { XDG_CACHE_HOME: notAFolder })).toMatchObject({ code: 0, stdout: `kilo-tui ${VERSION}\n`, stderr: '' });
    rmSync(codeCache, { recursive: true, force: true });
    expect(await run(['--version'], 30_000, { KILO_TUI_CODE_CACHE: 'off' })).toMatchObject({ code: 0, stdout: `kilo-tui ${VERSION}\n` });
    expect(existsSync(codeCache)).toBe(false);
  });
});
