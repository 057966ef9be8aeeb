// A Secret is shown whole (describe, YAML) only through withoutSecretValues: keys stay with their
// sizes, values and kubectl's last-applied copy of them go; every other kind passes untouched.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { base64ByteCount, LAST_APPLIED_ANNOTATION, withoutSecretValues } from '../../src/domain/secretRedaction.js';
import type { Secret } from '../../src/domain/resources.js';
import { configMapSample, SECRET_VALUE_MARKER, secretSample } from '../kinds/builtinSamples.js';

describe('withoutSecretValues', () => {
  it('replaces each value by its decoded size, keeping keys, type and metadata', () => {
    const shown = withoutSecretValues(secretSample);
    expect(shown.data).toEqual({ 'tls.crt': '33 bytes (hidden)', 'tls.key': '34 bytes (hidden)' });
    expect(shown).toMatchObject({ type: 'kubernetes.io/tls', metadata: { name: 'k3s-serving', annotations: secretSample.metadata.annotations } });
    expect(stringify(shown)).not.toContain(SECRET_VALUE_MARKER.slice(0, 12));
    // The object in the store is not touched.
    expect(secretSample.data!['tls.crt']).toBe(SECRET_VALUE_MARKER);
  });

  it('hides stringData and the last-applied annotation, which holds the values in clear', () => {
    const applied: Secret = {
      ...secretSample,
      metadata: { ...secretSample.metadata, annotations: { [LAST_APPLIED_ANNOTATION]: '{"stringData":{"password":"hunter2"}}', team: 'kilo' } },
      stringData: { password: 'hunter2' },
    };
    const text = stringify(withoutSecretValues(applied));
    expect(text).not.toContain('hunter2');
    expect(text).toContain('password: 7 bytes (hidden)');
    expect(text).toContain('team: kilo');
  });

  it('counts base64 bytes without decoding, padding and line breaks included', () => {
    expect(base64ByteCount(Buffer.from('kilo').toString('base64'))).toBe(4);
    expect(base64ByteCount(Buffer.from('kilo-demo').toString('base64'))).toBe(9);
    expect(base64ByteCount('a2lsby1k\nZW1v')).toBe(9);
    expect(base64ByteCount('')).toBe(0);
  });

  it('passes other kinds through as they are', () => {
    expect(withoutSecretValues(configMapSample)).toBe(configMapSample);
  });
});
