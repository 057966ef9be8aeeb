import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/domain/resources.js';
import { ApiError } from '../../src/demo/apiErrors.js';
import { matchesFields, matchesLabels, parseFieldSelector, parseLabelSelector } from '../../src/demo/http/selectors.js';

const labels = { app: 'web', tier: 'front', 'pod-template-hash': 'b2' };
const matches = (selector: string, on: Record<string, string> | undefined = labels): boolean => matchesLabels(parseLabelSelector(selector), on);

describe('label selectors', () => {
  it('supports =, == and !=', () => {
    expect(matches('app=web')).toBe(true);
    expect(matches('app==web,tier=front')).toBe(true);
    expect(matches('app=api')).toBe(false);
    expect(matches('app!=api')).toBe(true);
    expect(matches('missing!=x')).toBe(true);
  });

  it('supports in and notin with spaces and commas inside the set', () => {
    expect(matches('tier in (back, front)')).toBe(true);
    expect(matches('tier in (back)')).toBe(false);
    expect(matches('tier notin (back,front)')).toBe(false);
    expect(matches('env notin (prod)')).toBe(true);
    expect(matches('app=web,tier in (front,x),pod-template-hash')).toBe(true);
  });

  it('supports exists and does-not-exist', () => {
    expect(matches('pod-template-hash')).toBe(true);
    expect(matches('!pod-template-hash')).toBe(false);
    expect(matches('!canary')).toBe(true);
    expect(matchesLabels(parseLabelSelector('app'), undefined)).toBe(false);
  });

  it('matches everything when empty and rejects malformed selectors with 400', () => {
    expect(matches('')).toBe(true);
    expect(() => parseLabelSelector('app=we b')).toThrow(ApiError);
    expect(() => parseLabelSelector('-bad-=x')).toThrow(/invalid label key/);
  });
});

describe('field selectors', () => {
  const pod = { metadata: { name: 'web-1', namespace: 'shop', uid: 'u' } } as Pod;

  it('matches metadata.name and metadata.namespace with = and !=', () => {
    expect(matchesFields(parseFieldSelector('metadata.name=web-1'), pod)).toBe(true);
    expect(matchesFields(parseFieldSelector('metadata.name==web-2'), pod)).toBe(false);
    expect(matchesFields(parseFieldSelector('metadata.namespace=shop,metadata.name!=web-2'), pod)).toBe(true);
  });

  it('matches the event fields kubectl describe uses, and pod status fields', () => {
    const event = {
      metadata: { name: 'e1', namespace: 'shop', uid: 'e' },
      involvedObject: { kind: 'Pod', name: 'web-1', namespace: 'shop', uid: 'u' },
      reason: 'BackOff',
      type: 'Warning',
      source: { component: 'kubelet' },
    } as unknown as Pod;
    expect(matchesFields(parseFieldSelector('involvedObject.name=web-1,involvedObject.namespace=shop,involvedObject.uid=u'), event)).toBe(true);
    expect(matchesFields(parseFieldSelector('involvedObject.uid=other'), event)).toBe(false);
    expect(matchesFields(parseFieldSelector('type=Warning,reason=BackOff,source=kubelet'), event)).toBe(true);
    expect(matchesFields(parseFieldSelector('status.phase=Running'), { ...pod, status: { phase: 'Running' } } as Pod)).toBe(true);
    expect(matchesFields(parseFieldSelector('status.phase=Running'), pod)).toBe(false);
  });

  it('rejects unsupported fields with 400', () => {
    expect(() => parseFieldSelector('spec.containers=web')).toThrow(/field label not supported/);
  });
});
