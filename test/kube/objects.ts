// Minimal valid objects for kube/ tests.
import type { Deployment, Pod, ReplicaSet } from '../../src/domain/resources.js';

export const NS = 'kilo-guardian';

const template = (image: string) => ({ metadata: { labels: { app: 'kilo-meds' } }, spec: { containers: [{ name: 'app', image }] } });

export const replicaSet = (name: string, replicas = 0, revision = '1', annotations: Record<string, string> = {}): ReplicaSet => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name, namespace: NS, uid: '', annotations: { 'deployment.kubernetes.io/revision': revision, ...annotations } },
  spec: { replicas, selector: { matchLabels: { app: 'kilo-meds' } }, template: template(`kilo-meds:${name}`) },
});

export const deployment = (name: string, replicas = 1): Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: NS, uid: '', annotations: { 'deployment.kubernetes.io/revision': '5' } },
  spec: { replicas, selector: { matchLabels: { app: name } }, template: template('kilo-meds:ai-brain-ocr-v2') },
});

export const pod = (name: string): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: NS, uid: '' },
  spec: { containers: [{ name: 'app', image: 'kilo-meds:cb1' }] },
});
