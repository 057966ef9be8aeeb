// The `:` words of issue 11: :ns (and :ns all / :ns NAME), :ctx (and :ctx NAME).
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/ui/runCommand.js';

describe('the command line', () => {
  it('opens the namespaces list with :ns, :namespace and :namespaces', () => {
    for (const word of ['ns', 'namespace', 'namespaces', 'NS']) expect(parseCommandLine(word)).toEqual({ type: 'open', pane: 'ns' });
  });

  it('switches namespace with :ns NAME, and to every namespace with :ns all or :ns -A', () => {
    expect(parseCommandLine('ns kube-system')).toEqual({ type: 'namespace', namespace: 'kube-system' });
    expect(parseCommandLine(' ns   all ')).toEqual({ type: 'namespace', namespace: '' });
    expect(parseCommandLine('ns -A')).toEqual({ type: 'namespace', namespace: '' });
  });

  it('lists contexts with :ctx, switches with :ctx NAME (kept as typed)', () => {
    expect(parseCommandLine('ctx')).toEqual({ type: 'contexts' });
    expect(parseCommandLine('contexts')).toEqual({ type: 'contexts' });
    expect(parseCommandLine('ctx Office-K3s')).toEqual({ type: 'context', context: 'Office-K3s' });
  });

  it('refuses an argument to a word that takes none', () => {
    expect(parseCommandLine('pods kube-system')).toEqual({ type: 'unknown', text: 'pods kube-system' });
  });
});
