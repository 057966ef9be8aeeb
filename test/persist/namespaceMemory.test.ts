// The namespace last used per context, kept between runs in $XDG_STATE_HOME/kilo-tui.
import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaceMemoryPath, rememberedNamespace, rememberNamespace } from '../../src/persist/namespaceMemory.js';
import { openGateway } from '../../src/kube/connect.js';
import { scratchDir } from '../helpers/scratchDir.js';
import { tempDir, writeKubeconfigFile } from '../kube/kubeconfigFiles.js';

const stateEnv = () => ({ XDG_STATE_HOME: scratchDir('kilo-state-') });

describe('namespace memory', () => {
  it('remembers the namespace per context, every namespace ("") included, in a private file', () => {
    const env = stateEnv();
    expect(rememberedNamespace('tablet', env)).toBeUndefined();
    rememberNamespace('tablet', 'kube-system', env);
    rememberNamespace('office', '', env);
    rememberNamespace('tablet', 'kilo-data', env);
    expect(rememberedNamespace('tablet', env)).toBe('kilo-data');
    expect(rememberedNamespace('office', env)).toBe('');
    expect(JSON.parse(readFileSync(namespaceMemoryPath(env), 'utf8'))).toEqual({ office: '', tablet: 'kilo-data' });
    expect(statSync(namespaceMemoryPath(env)).mode & 0o777).toBe(0o600);
    expect(statSync(join(env.XDG_STATE_HOME, 'kilo-tui')).mode & 0o777).toBe(0o700);
  });

  it('forgets rather than fails on a damaged file', () => {
    const env = stateEnv();
    mkdirSync(join(env.XDG_STATE_HOME, 'kilo-tui'), { recursive: true });
    writeFileSync(namespaceMemoryPath(env), '{"tablet": 42, "office": "ok"');
    expect(rememberedNamespace('tablet', env)).toBeUndefined();
    writeFileSync(namespaceMemoryPath(env), '{"tablet": 42, "office": "ok"}');
    expect(rememberedNamespace('tablet', env)).toBeUndefined();
    expect(rememberedNamespace('office', env)).toBe('ok');
    rememberNamespace('tablet', 'kube-system', env);
    expect(rememberedNamespace('tablet', env)).toBe('kube-system');
  });

  it('decides the namespace a connection opens in: -n, else the remembered one, else the context\'s own', async () => {
    const env = stateEnv();
    const dir = tempDir();
    const kubeconfig = writeKubeconfigFile(dir, 'config', [{ name: 'tablet', server: 'http://127.0.0.1:9', namespace: 'kilo-guardian' }], 'tablet');
    const open = async (namespace?: string) => {
      const { gateway } = await openGateway({ kubeconfig, namespace, probe: false, env: {}, rememberedNamespace: (context) => rememberedNamespace(context, env) });
      gateway.close();
      return gateway.namespace;
    };
    expect(await open()).toBe('kilo-guardian');
    rememberNamespace('tablet', 'kube-system', env);
    expect(await open()).toBe('kube-system');
    expect(await open('kilo-data')).toBe('kilo-data');
    // -A asks for every namespace ("") whatever is remembered.
    expect(await open('')).toBe('');
  });
});
