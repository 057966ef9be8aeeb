// `:` words: the registry's open at once; any other kind the server serves opens through
// discovery by plural, singular, short name, kind or plural.group; a word discovery does not know
// is asked about once more with fresh discovery (a CRD that just appeared), then answered with the
// closest known word.
import { describe, expect, it } from 'vitest';
import { resolveCommand, unknownCommandMessage } from '../../src/app/commands/resolveCommand.js';
import type { ServedResource } from '../../src/domain/servedResources.js';
import { closestWord, editDistance, resourcesOfAggregated, resourcesOfList } from '../../src/domain/servedResources.js';

const served = (over: Partial<ServedResource> & Pick<ServedResource, 'plural' | 'kind'>): ServedResource => ({
  group: '', version: 'v1', singular: over.kind.toLowerCase(), namespaced: true, shortNames: [], categories: [], verbs: ['get', 'list', 'watch', 'delete'], ...over,
});
const ingressRoutes = served({ group: 'traefik.io', version: 'v1alpha1', plural: 'ingressroutes', kind: 'IngressRoute' });
const helmCharts = served({ group: 'helm.cattle.io', plural: 'helmcharts', kind: 'HelmChart' });
const configMaps = served({ plural: 'configmaps', kind: 'ConfigMap', shortNames: ['cm'] });
const deployments = served({ group: 'apps', plural: 'deployments', kind: 'Deployment', shortNames: ['deploy'] });
const SERVED = [configMaps, deployments, helmCharts, ingressRoutes];

describe('resolveCommand', () => {
  const discover = async () => SERVED;

  it.each(['ingressroutes', 'ingressroute', 'IngressRoute', 'ingressroutes.traefik.io', 'ingressroute.traefik.io'])(':%s opens traefik IngressRoutes', async (word) => {
    expect(await resolveCommand(word, discover)).toEqual({ type: 'openServed', resource: ingressRoutes });
  });

  it('opens a short name, and a registered kind named through discovery opens its own list', async () => {
    const tlsOptions = served({ group: 'traefik.io', version: 'v1alpha1', plural: 'tlsoptions', kind: 'TLSOption', shortNames: ['tlso'] });
    expect(await resolveCommand('tlso', async () => [...SERVED, tlsOptions])).toEqual({ type: 'openServed', resource: tlsOptions });
    // ConfigMaps are first-class: their words open their own list, whatever discovery says.
    expect(await resolveCommand('cm', discover)).toEqual({ type: 'open', pane: 'cm' });
    expect(await resolveCommand('crd', discover)).toEqual({ type: 'open', pane: 'crd' });
    expect(await resolveCommand('Deployment', discover)).toEqual({ type: 'open', pane: 'deploy' });
  });

  it('asks discovery again before giving up: a CRD created a moment ago is found', async () => {
    const asked: (boolean | undefined)[] = [];
    const middlewares = served({ group: 'traefik.io', version: 'v1alpha1', plural: 'middlewares', kind: 'Middleware' });
    const result = await resolveCommand('middlewares', async (options) => {
      asked.push(options?.refresh);
      return options?.refresh ? [...SERVED, middlewares] : SERVED;
    });
    expect(asked).toEqual([undefined, true]);
    expect(result).toEqual({ type: 'openServed', resource: middlewares });
  });

  it('answers an unknown word with one line naming the closest known word', async () => {
    expect(await resolveCommand('ingresroutes', discover)).toEqual({ type: 'unknown', text: 'ingresroutes', message: 'unknown command: ingresroutes (did you mean :ingressroutes?)' });
    expect(await resolveCommand('deplyo', discover)).toMatchObject({ message: 'unknown command: deplyo (did you mean :deploy?)' });
    expect(await resolveCommand('zzzzzzzzzzzzzz', discover)).toMatchObject({ message: 'unknown command: zzzzzzzzzzzzzz' });
    // Without discovery (or when it fails) the registry's words still give the closest.
    expect(unknownCommandMessage('stss', [])).toBe('unknown command: stss (did you mean :sts?)');
    expect(await resolveCommand('podz', async () => Promise.reject(new Error('down')))).toMatchObject({ message: 'unknown command: podz (did you mean :pod?)' });
  });
});

describe('discovery documents', () => {
  it('reads an APIResourceList (no subresources, only listable kinds) and an aggregated APIGroupDiscoveryList', () => {
    const list = { resources: [
      { name: 'ingressroutes', singularName: 'ingressroute', namespaced: true, kind: 'IngressRoute', verbs: ['list', 'watch'] },
      { name: 'ingressroutes/status', singularName: '', namespaced: true, kind: 'IngressRoute', verbs: ['get'] },
      { name: 'tokenreviews', singularName: 'tokenreview', namespaced: false, kind: 'TokenReview', verbs: ['create'] },
    ] };
    expect(resourcesOfList('traefik.io', 'v1alpha1', list)).toEqual([{ ...ingressRoutes, verbs: ['list', 'watch'] }]);
    const aggregated = { kind: 'APIGroupDiscoveryList', items: [{ metadata: { name: 'helm.cattle.io' }, versions: [{ version: 'v1', resources: [
      { resource: 'helmcharts', responseKind: { group: 'helm.cattle.io', version: 'v1', kind: 'HelmChart' }, scope: 'Namespaced', singularResource: 'helmchart', verbs: ['get', 'list', 'watch', 'delete'] },
    ] }] }] };
    expect(resourcesOfAggregated(aggregated)).toEqual([helmCharts]);
    expect(resourcesOfList('x', 'v1', null)).toEqual([]);
    expect(resourcesOfAggregated({ items: [42, { versions: 'no' }] })).toEqual([]);
  });

  it('measures edit distance and picks the closest word', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closestWord('svcs', ['svc', 'sts', 'pods'])).toBe('svc');
  });
});
