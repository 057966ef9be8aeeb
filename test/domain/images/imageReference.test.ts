import { describe, expect, it } from 'vitest';
import { checkImageReference } from '../../../src/domain/images/imageReference.js';
import { completeImage, imagesUsed } from '../../../src/domain/images/imagesUsed.js';
import { HOUR, deployment, replicaSet } from '../builders.js';

const reason = (ref: string) => {
  const check = checkImageReference(ref);
  return check.ok ? undefined : check.reason;
};

describe('checkImageReference (the distribution reference grammar)', () => {
  it.each([
    'kilo-meds:ai-brain-ocr-v3',
    'kilo/socketio:latest',
    'python:3.11-slim',
    'ollama/ollama',
    'docker.io/library/nginx:1.27',
    'registry.local:5000/kilo/cam:v2',
    'localhost/kilo__cam',
    '[::1]:5000/app:tag',
    'ghcr.io/a/b/c.d_e---f:TAG_1.0-rc',
    `kilo-meds@sha256:${'a'.repeat(64)}`,
    `kilo-meds:cb1@sha256:${'0123456789abcdef'.repeat(4)}`,
  ])('accepts %s', (ref) => expect(reason(ref)).toBeUndefined());

  it.each([
    ['', 'the image is empty'],
    ['kilo-meds: v3', 'an image reference has no spaces'],
    ['Kilo-Meds:v3', 'repository name "Kilo-Meds" must be lowercase'],
    ['kilo-meds:', 'the tag after ":" is empty'],
    ['kilo-meds:-v3', 'tag "-v3" may hold only letters, digits, "_", "." and "-" (not first)'],
    ['kilo-meds:v3:v4', 'tag "v3:v4" may hold only letters, digits, "_", "." and "-" (not first)'],
    [`kilo-meds:${'a'.repeat(129)}`, 'a tag is at most 128 characters'],
    ['kilo//meds', 'the repository name has an empty path component ("//" or a "/" at an end)'],
    ['kilo/meds/', 'the repository name has an empty path component ("//" or a "/" at an end)'],
    ['kilo-/meds', '"kilo-" is not a valid repository name component (lowercase letters and digits, separated by ".", "_", "__" or "-")'],
    ['kilo___meds', '"kilo___meds" is not a valid repository name component (lowercase letters and digits, separated by ".", "_", "__" or "-")'],
    ['registry.local:port/kilo', 'registry port "port" is not a number'],
    ['-bad.host/kilo', 'registry host "-bad.host" is not a valid host name'],
    ['kilo-meds@sha256:abc', 'a sha256 digest is 64 lowercase hex digits'],
    ['kilo-meds@v3', 'digest "v3" must be algorithm:hex, e.g. sha256:<64 hex digits>'],
    [':v3', 'the image has no repository name'],
    [`${'a'.repeat(256)}:v1`, 'the repository name is longer than 255 characters'],
  ])('refuses %j: %s', (ref, why) => expect(reason(ref)).toBe(why));
});

describe('imagesUsed and completeImage', () => {
  const dep = deployment({ name: 'kilo-meds', revision: 3 });
  const replicaSets = [
    replicaSet({ owner: dep, revision: 1, image: 'kilo-meds:v1', createdAgo: 3 * HOUR }),
    replicaSet({ owner: dep, revision: 3, image: 'kilo-meds:cb1', createdAgo: 1 * HOUR }),
    replicaSet({ owner: dep, revision: 2, image: 'kilo-meds:v2', createdAgo: 2 * HOUR }),
    replicaSet({ owner: deployment({ name: 'kilo-cam' }), revision: 1, image: 'kilo/cam:latest', createdAgo: 30 * 60_000 }),
  ];

  it("lists the namespace's ReplicaSet images newest first, once each", () => {
    expect(imagesUsed({ replicaSets })).toEqual(['kilo/cam:latest', 'kilo-meds:cb1', 'kilo-meds:v2', 'kilo-meds:v1']);
  });

  it('completes what is typed with the newest match, then the next on each Tab, wrapping', () => {
    const candidates = imagesUsed({ replicaSets });
    const first = completeImage('kilo-meds:', candidates);
    expect(first).toEqual({ from: 'kilo-meds:', to: 'kilo-meds:cb1' });
    const second = completeImage(first!.to, candidates, first);
    expect(second?.to).toBe('kilo-meds:v2');
    expect(completeImage('kilo-meds:v1', candidates, { from: 'kilo-meds:', to: 'kilo-meds:v1' })?.to).toBe('kilo-meds:cb1');
    expect(completeImage('nginx', candidates)).toBeUndefined();
  });
});
