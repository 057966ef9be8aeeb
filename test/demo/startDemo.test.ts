import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDemo } from '../../src/demo/startDemo.js';
import { scratchDir } from '../helpers/scratchDir.js';

describe('startDemo', () => {
  it('serves the bundled namespace and removes the kubeconfig it placed itself on close', async () => {
    const demo = await startDemo();
    expect(demo.namespace).toBe('kilo-guardian');
    expect(readFileSync(demo.kubeconfigPath, 'utf8')).toContain(demo.server.url);
    const response = await fetch(`${demo.server.url}/apis/apps/v1/namespaces/kilo-guardian/deployments`);
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(14);
    await demo.close();
    expect(existsSync(dirname(demo.kubeconfigPath))).toBe(false);
  });

  it('keeps a kubeconfig written where the user asked', async () => {
    const path = join(scratchDir('kilo-keep-'), 'demo.kubeconfig');
    const demo = await startDemo({ kubeconfigOut: path });
    await demo.close();
    expect(readFileSync(path, 'utf8')).toContain('kilo-guardian');
  });
});
