// The kubeconfig side of issue 11: `:ctx` lists the contexts of KUBECONFIG's files merged as
// kubectl merges them, and on a k3s host with no kubeconfig of the user's, k3s's own file is used
// when readable and explained when not.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { k3sUnreadableMessage, listContexts, resolveKubeconfig } from '../../src/kube/kubeconfig.js';
import { CLI_PATH } from '../helpers/tmux.js';
import { kubeconfigYaml, tempDir, writeKubeconfigFile } from './kubeconfigFiles.js';

describe(':ctx: the contexts of the merged kubeconfig', () => {
  it('lists every context of every KUBECONFIG file once, the first definition winning, the current-context marked', () => {
    const dir = tempDir();
    const first = writeKubeconfigFile(dir, 'first.yaml', [{ name: 'tablet', server: 'https://tablet:6443', namespace: 'kilo-guardian' }]);
    const second = writeKubeconfigFile(dir, 'second.yaml', [{ name: 'tablet', server: 'https://other' }, { name: 'office', server: 'https://office', cluster: 'office-cluster' }], 'office');
    const contexts = listContexts({}, { KUBECONFIG: [first, join(dir, 'missing.yaml'), second].join(':') }, dir);
    expect(contexts).toEqual([
      { name: 'tablet', cluster: 'tablet', namespace: 'kilo-guardian', current: false },
      { name: 'office', cluster: 'office-cluster', current: true },
    ]);
  });

  it('lists the --kubeconfig file alone when one is named', () => {
    const dir = tempDir();
    const named = writeKubeconfigFile(dir, 'named.yaml', [{ name: 'a', server: 'https://a' }, { name: 'b', server: 'https://b' }], 'b');
    const other = writeKubeconfigFile(dir, 'other.yaml', [{ name: 'c', server: 'https://c' }], 'c');
    expect(listContexts({ kubeconfig: named }, { KUBECONFIG: other }, dir).map((c) => `${c.name}${c.current ? '*' : ''}`)).toEqual(['a', 'b*']);
  });
});

describe('the k3s host fallback', () => {
  const k3sFile = (dir: string): string => {
    const path = join(dir, 'k3s.yaml');
    writeFileSync(path, kubeconfigYaml([{ name: 'default', server: 'https://127.0.0.1:6443' }], 'default'));
    return path;
  };

  it('uses k3s.yaml when there is no --kubeconfig, no KUBECONFIG and no ~/.kube/config, and says where it came from', () => {
    const home = tempDir();
    const k3s = k3sFile(home);
    const resolved = resolveKubeconfig({ k3sKubeconfig: k3s }, {}, home);
    expect(resolved.files).toEqual([k3s]);
    expect(resolved.k3sFallback).toBe(true);
    expect(resolved.cluster.server).toBe('https://127.0.0.1:6443');
    // KILO_TUI_K3S_KUBECONFIG names the file too (how the CLI tests point at one).
    expect(resolveKubeconfig({}, { KILO_TUI_K3S_KUBECONFIG: k3s }, home).k3sFallback).toBe(true);
  });

  it('is not used when the user has a kubeconfig of their own, or named one', () => {
    const home = tempDir();
    const k3s = k3sFile(home);
    mkdirSync(join(home, '.kube'));
    writeKubeconfigFile(join(home, '.kube'), 'config', [{ name: 'mine', server: 'https://mine' }], 'mine');
    const own = resolveKubeconfig({ k3sKubeconfig: k3s }, {}, home);
    expect(own.context).toBe('mine');
    expect(own.k3sFallback).toBeUndefined();
    // A KUBECONFIG whose files are all missing is kubectl's "no configuration", not k3s's.
    const empty = tempDir();
    expect(() => resolveKubeconfig({ k3sKubeconfig: k3s }, { KUBECONFIG: join(empty, 'nope') }, empty)).toThrow(/no kubeconfig found/);
  });

  it('without k3s.yaml either, says there is no kubeconfig as before', () => {
    const home = tempDir();
    expect(() => resolveKubeconfig({ k3sKubeconfig: join(home, 'absent.yaml') }, {}, home)).toThrow(/no kubeconfig found \(set KUBECONFIG/);
  });

  it('names the file and the three fixes in one line when k3s.yaml is not readable', () => {
    const message = k3sUnreadableMessage('/etc/rancher/k3s/k3s.yaml');
    expect(message).not.toContain('\n');
    expect(message).toContain('/etc/rancher/k3s/k3s.yaml');
    expect(message).toContain('sudo');
    expect(message).toContain('k3s kubectl config view --raw > ~/.kube/config');
    expect(message).toContain('--write-kubeconfig-mode 644');
  });

  it('the CLI, run by a user who cannot read k3s.yaml (0600, root\'s), prints that line and exits 2 with no stack trace', () => {
    const home = tempDir();
    const k3s = k3sFile(home);
    chmodSync(k3s, 0o600);
    chmodSync(home, 0o755);
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, KILO_TUI_K3S_KUBECONFIG: k3s };
    // Root reads every file: the check runs as "nobody" then, as the k3s host's ordinary user would.
    const asOtherUser = process.getuid?.() === 0;
    if (!asOtherUser) chmodSync(k3s, 0o000);
    const command = asOtherUser ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI_PATH, 'audit']] : [process.execPath, [CLI_PATH, 'audit']];
    const result = spawnSync(command[0] as string, command[1] as string[], { env, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([`kilo-tui: ${k3sUnreadableMessage(k3s)}`]);
    expect(result.stderr).not.toMatch(/\bat \S+ \(/);
  }, 90_000);

  it('the CLI reads k3s.yaml when it may, and the failure is then the server\'s (none listens here)', () => {
    const home = tempDir();
    const k3s = join(home, 'k3s.yaml');
    // A port nothing listens on: the connection error proves the file was read and used.
    writeFileSync(k3s, kubeconfigYaml([{ name: 'default', server: 'http://127.0.0.1:9' }], 'default'));
    const result = spawnSync(process.execPath, [CLI_PATH, 'audit'], { env: { PATH: process.env.PATH, HOME: home, KILO_TUI_K3S_KUBECONFIG: k3s }, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('127.0.0.1:9');
    expect(result.stderr).not.toContain('no kubeconfig');
  }, 90_000);
});

