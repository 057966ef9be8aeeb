// describe as kubectl describe prints it: metadata with Controlled By, the kind's section,
// conditions, and the object's events at the bottom (repeats as "(xN over …)"); YAML without
// managedFields; hostile text sanitized.
import { describe, expect, it } from 'vitest';
import { describeObject, eventsAbout } from '../../../src/render/describe/describeObject.js';
import { yamlLines } from '../../../src/render/describe/yamlView.js';
import { deployment, kubeEvent, pod, replicaSet } from '../objectBuilders.js';

const NOW = Date.parse('2026-01-06T12:00:00Z');
const dep = deployment('kilo-meds', { replicas: 1 });
const rs = replicaSet(dep, 2, { replicas: 1 });
const crashing = pod(rs);

describe('describeObject', () => {
  it("prints a pod's owner, containers, conditions and its events, the events last", () => {
    const backOff = { ...kubeEvent(crashing, 'BackOff', 'Back-off restarting failed container meds'), type: 'Warning' as const, count: 27, firstTimestamp: '2026-01-06T11:50:00Z', lastTimestamp: '2026-01-06T11:59:00Z', source: { component: 'kubelet' } };
    const other = kubeEvent(pod(rs), 'Started', 'not this pod');
    const events = eventsAbout([backOff, { ...other, involvedObject: { ...other.involvedObject, uid: 'someone-else' } }], crashing.metadata.uid);
    const lines = describeObject(crashing as never, { events, now: NOW });
    expect(lines[0]).toMatch(/^Name:\s+/);
    expect(lines).toContain(`Controlled By:  ReplicaSet/${rs.metadata.name}`);
    expect(lines.some((line) => line.startsWith('Containers:'))).toBe(true);
    const eventsAt = lines.indexOf('Events:');
    expect(eventsAt).toBeGreaterThan(0);
    expect(lines.slice(eventsAt).join('\n')).toMatch(/Warning\s+BackOff\s+60s \(x27 over 10m\)\s+kubelet\s+Back-off restarting failed container meds/);
    expect(lines.join('\n')).not.toContain('not this pod');
  });

  it('says Events: <none> when there are none, and prints a kind it has no section for field by field', () => {
    const lines = describeObject({ apiVersion: 'traefik.io/v1alpha1', kind: 'IngressRoute', metadata: { name: 'x', namespace: 'kube-system', uid: 'u' }, spec: { entryPoints: ['web'] } }, { events: [], now: NOW });
    expect(lines).toEqual(expect.arrayContaining(['Spec:', '  Entry Points:', '    web', 'Events:  <none>']));
  });

  it('leaves out kubectl\'s last-applied annotation and removes escape sequences', () => {
    const hostile = { ...dep, metadata: { ...dep.metadata, name: 'evil\u001b[2Jname', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}', note: 'x' } } };
    const text = describeObject(hostile as never, { events: [], now: NOW }).join('\n');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('last-applied');
    expect(text).toContain('note: x');
  });
});

describe('yamlLines', () => {
  it('strips metadata.managedFields and keeps the rest', () => {
    const text = yamlLines({ ...dep, metadata: { ...dep.metadata, managedFields: [{ manager: 'kubectl' }] } } as never).join('\n');
    expect(text).not.toContain('managedFields');
    expect(text).toContain(`name: ${dep.metadata.name}`);
  });
});
