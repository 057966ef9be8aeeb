// PersistentVolumeClaims and PersistentVolumes as kubectl describe prints them.
import type { DescribeSection } from './describeContext.js';
import { fieldLines, genericLines, list, record, text, titleCase, type Json } from './fields.js';

const ACCESS_MODES: Readonly<Record<string, string>> = { ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' };

export const accessModesText = (modes: unknown): string => list(modes).map((mode) => { const m = text(mode, ''); return ACCESS_MODES[m] ?? m; }).join(',');

/** Go's `%v` of a string slice, as kubectl prints Finalizers. */
const finalizersText = (obj: Json): string => `[${list(record(obj.metadata).finalizers).map((f) => text(f, '')).join(' ')}]`;

/** The pods that mount the claim (kubectl's "Used By"), when the store holds the claim's namespace's pods. */
function usedBy(claim: Json, pods: readonly Json[]): string[] {
  const meta = record(claim.metadata);
  return pods
    .filter((pod) => record(pod.metadata).namespace === meta.namespace)
    .filter((pod) => list(record(pod.spec).volumes).map(record).some((v) => record(v.persistentVolumeClaim).claimName === meta.name))
    .map((pod) => text(record(pod.metadata).name, ''))
    .sort();
}

const persistentVolumeClaim: DescribeSection = (obj, context) => {
  const spec = record(obj.spec);
  const status = record(obj.status);
  const phase = text(status.phase, 'Pending');
  const users = context.pods ? usedBy(obj, context.pods.items) : undefined;
  const dataSource = record(spec.dataSource);
  return fieldLines([
    ['StorageClass', text(spec.storageClassName, '')],
    ['Status', record(obj.metadata).deletionTimestamp ? 'Terminating' : phase],
    ['Volume', text(spec.volumeName, '')],
    ['Finalizers', finalizersText(obj)],
    ['Capacity', phase === 'Bound' ? text(record(status.capacity).storage, '') : ''],
    ['Access Modes', phase === 'Bound' ? accessModesText(status.accessModes) : ''],
    ['VolumeMode', text(spec.volumeMode, 'Filesystem')],
    ['DataSource', spec.dataSource === undefined ? undefined : `${text(dataSource.kind, '')}/${text(dataSource.name, '')}`],
    ['Used By', users === undefined ? '(pods not loaded)' : users.length ? users.join(', ') : '<none>'],
  ]);
};

/** `key in [a, b]` per match expression, as kubectl prints a PV's required node affinity. */
function nodeAffinityLines(affinity: unknown): string[] {
  const terms = list(record(record(affinity).required).nodeSelectorTerms).map(record);
  if (terms.length === 0) return ['Node Affinity:  <none>'];
  return [
    'Node Affinity:',
    '  Required Terms:',
    ...terms.map((term, i) => {
      const expressions = list(term.matchExpressions).map(record).map((e) => `${text(e.key, '')} ${text(e.operator, '').toLowerCase()} [${list(e.values).map((v) => text(v, '')).join(', ')}]`);
      return `    Term ${i}:        ${expressions.join(', ') || '<none>'}`;
    }),
  ];
}

/** The volume source (hostPath, local, nfs, csi named as kubectl names them; any other field by field). */
function sourceLines(spec: Json): string[] {
  const hostPath = record(spec.hostPath);
  if (spec.hostPath !== undefined) return ['Source:', ...fieldLines([['Type', 'HostPath (bare host directory volume)'], ['Path', text(hostPath.path, '')], ['HostPathType', text(hostPath.type, '')]], 4)];
  if (spec.local !== undefined) return ['Source:', ...fieldLines([['Type', 'LocalVolume (a persistent volume backed by local storage on a node)'], ['Path', text(record(spec.local).path, '')]], 4)];
  if (spec.nfs !== undefined) { const nfs = record(spec.nfs); return ['Source:', ...fieldLines([['Type', 'NFS (an NFS mount that lasts the lifetime of a pod)'], ['Server', text(nfs.server, '')], ['Path', text(nfs.path, '')], ['ReadOnly', String(nfs.readOnly === true)]], 4)]; }
  if (spec.csi !== undefined) { const csi = record(spec.csi); return ['Source:', ...fieldLines([['Type', 'CSI (a Container Storage Interface (CSI) volume source)'], ['Driver', text(csi.driver, '')], ['FSType', text(csi.fsType, '')], ['VolumeHandle', text(csi.volumeHandle, '')], ['ReadOnly', String(csi.readOnly === true)]], 4)]; }
  const known = new Set(['accessModes', 'capacity', 'claimRef', 'mountOptions', 'nodeAffinity', 'persistentVolumeReclaimPolicy', 'storageClassName', 'volumeMode', 'volumeAttributesClassName']);
  const [which, source] = Object.entries(spec).find(([key]) => !known.has(key)) ?? [];
  return which ? ['Source:', `    Type:  ${titleCase(which)}`, ...genericLines(source, 4)] : ['Source:  <none>'];
}

const persistentVolume: DescribeSection = (obj) => {
  const spec = record(obj.spec);
  const status = record(obj.status);
  const claim = record(spec.claimRef);
  return [
    ...fieldLines([
      ['Finalizers', finalizersText(obj)],
      ['StorageClass', text(spec.storageClassName, '')],
      ['Status', record(obj.metadata).deletionTimestamp ? 'Terminating' : text(status.phase, 'Pending')],
      ['Claim', spec.claimRef === undefined ? '' : `${text(claim.namespace, '')}/${text(claim.name, '')}`],
      ['Reclaim Policy', text(spec.persistentVolumeReclaimPolicy, 'Retain')],
      ['Access Modes', accessModesText(spec.accessModes)],
      ['VolumeMode', text(spec.volumeMode, 'Filesystem')],
      ['Capacity', text(record(spec.capacity).storage, '')],
    ]),
    ...nodeAffinityLines(spec.nodeAffinity),
    ...fieldLines([['Message', text(status.message, '')]]),
    ...sourceLines(spec),
  ];
};

export const STORAGE_SECTIONS: Readonly<Record<string, DescribeSection>> = { PersistentVolumeClaim: persistentVolumeClaim, PersistentVolume: persistentVolume };
