import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubeconfigPaths, resolveKubeconfig } from '../../src/kube/kubeconfig.js';
import { ConnectError } from '../../src/kube/types.js';
import { tempDir, writeKubeconfigFile } from './kubeconfigFiles.js';

const noEnv = {};

function connectErrorOf(fn: () => unknown): ConnectError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConnectError);
    return error as ConnectError;
  }
  throw new Error('expected a ConnectError');
}

describe('kubeconfig resolution', () => {
  it('uses the --kubeconfig file, its current-context and that context namespace', () => {
    const dir = tempDir();
    const file = writeKubeconfigFile(dir, 'a.yaml', [{ name: 'prod', server: 'https://prod.example:6443', namespace: 'kilo-guardian' }, { name: 'dev', server: 'https://dev.example' }], 'prod');
    const resolved = resolveKubeconfig({ kubeconfig: file }, { KUBECONFIG: '/nonexistent' }, dir);
    expect(resolved.files).toEqual([file]);
    expect(resolved.context).toBe('prod');
    expect(resolved.currentContext).toBe('prod');
    expect(resolved.cluster.server).toBe('https://prod.example:6443');
    expect(resolved.namespace).toBe('kilo-guardian');
  });

  it('prefers an explicit namespace, and falls back to "default"', () => {
    const dir = tempDir();
    const file = writeKubeconfigFile(dir, 'a.yaml', [{ name: 'prod', server: 'https://p', namespace: 'ns1' }, { name: 'dev', server: 'https://d' }], 'prod');
    expect(resolveKubeconfig({ kubeconfig: file, namespace: 'other' }, noEnv, dir).namespace).toBe('other');
    const dev = resolveKubeconfig({ kubeconfig: file, context: 'dev' }, noEnv, dir);
    expect(dev.namespace).toBe('default');
    expect(dev.context).toBe('dev');
    expect(dev.currentContext).toBe('prod');
    expect(dev.config.getCurrentCluster()?.server).toBe('https://d');
  });

  it('merges KUBECONFIG paths with the first file winning', () => {
    const dir = tempDir();
    const first = writeKubeconfigFile(dir, 'first.yaml', [{ name: 'shared', server: 'https://first', namespace: 'from-first' }]);
    const second = writeKubeconfigFile(dir, 'second.yaml', [{ name: 'shared', server: 'https://second' }, { name: 'only-second', server: 'https://two' }], 'shared');
    const env = { KUBECONFIG: [first, join(dir, 'missing.yaml'), second].join(':') };
    expect(kubeconfigPaths(undefined, env, dir)).toEqual([first, second]);
    const resolved = resolveKubeconfig({}, env, dir);
    // current-context comes from the second file (the first sets none); its definition from the first.
    expect(resolved.context).toBe('shared');
    expect(resolved.cluster.server).toBe('https://first');
    expect(resolved.namespace).toBe('from-first');
    expect(resolveKubeconfig({ context: 'only-second' }, env, dir).cluster.server).toBe('https://two');
  });

  it('falls back to ~/.kube/config', () => {
    const home = tempDir();
    mkdirSync(join(home, '.kube'));
    writeKubeconfigFile(join(home, '.kube'), 'config', [{ name: 'home', server: 'https://home' }], 'home');
    expect(resolveKubeconfig({}, noEnv, home).context).toBe('home');
  });

  it('lists the known contexts when the context is unknown', () => {
    const dir = tempDir();
    const file = writeKubeconfigFile(dir, 'a.yaml', [{ name: 'prod', server: 'https://p' }, { name: 'dev', server: 'https://d' }], 'prod');
    const error = connectErrorOf(() => resolveKubeconfig({ kubeconfig: file, context: 'staging' }, noEnv, dir));
    expect(error.message).toBe(`context "staging" not found in ${file} (known: prod, dev)`);
    expect(error.message).not.toContain('\n');
  });

  it('says there is no kubeconfig and suggests the demo', () => {
    const home = tempDir();
    const error = connectErrorOf(() => resolveKubeconfig({}, noEnv, home));
    expect(error.message).toMatch(/^no kubeconfig found/);
    expect(error.message).toContain('kilo-tui --demo');
    expect(connectErrorOf(() => resolveKubeconfig({}, { KUBECONFIG: join(home, 'nope') }, home)).message).toMatch(/^no kubeconfig found/);
  });

  it('names a missing --kubeconfig file', () => {
    const dir = tempDir();
    const missing = join(dir, 'missing.yaml');
    expect(connectErrorOf(() => resolveKubeconfig({ kubeconfig: missing }, noEnv, dir)).message).toBe(`kubeconfig ${missing} not found`);
  });

  it('names a file with invalid YAML in one line', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'clusters: [\n  - name: x\n  : : :\n');
    const error = connectErrorOf(() => resolveKubeconfig({ kubeconfig: file }, noEnv, dir));
    expect(error.message.startsWith(`invalid kubeconfig ${file}: `)).toBe(true);
    expect(error.message).not.toContain('\n');
  });

  it('marks plain-http servers so client-node accepts them', () => {
    const dir = tempDir();
    const file = writeKubeconfigFile(dir, 'a.yaml', [{ name: 'demo', server: 'http://127.0.0.1:1' }], 'demo');
    const resolved = resolveKubeconfig({ kubeconfig: file }, noEnv, dir);
    expect(resolved.cluster.skipTLSVerify).toBe(true);
    expect(resolved.config.getCurrentCluster()?.skipTLSVerify).toBe(true);
  });
});
