// The kilo-data namespace: the family's records database, a PostgreSQL StatefulSet (kilo-db) of two
// ordinal pods behind a headless Service. It exists to show a StatefulSet beside kilo-guardian's
// Deployments; kilo-guardian's own counts (the seed report's) are untouched by it.
import { sha256Hex, uidFor } from '../kilo-guardian/ids.mjs';
import { CAPTURED_AT, HOST_IP, NODE_NAME } from '../kilo-guardian/services.mjs';
import { DAY, HOUR, MINUTE, SECOND, stamp } from '../kilo-guardian/time.mjs';

export { CAPTURED_AT };
export const NAMESPACE = 'kilo-data';
export const IMAGE = 'postgres:16-alpine';
const NAME = 'kilo-db';
const REPLICAS = 2;
const CREATED_MS_AGO = 21 * DAY + 4 * HOUR + 7 * MINUTE;
const uid = (seed) => uidFor(`${NAMESPACE}/${seed}`);
const qualified = `docker.io/library/${IMAGE}`;

const labels = { app: NAME, 'app.kubernetes.io/part-of': 'kilo-guardian' };
const template = {
  metadata: { creationTimestamp: null, labels: { ...labels } },
  spec: {
    containers: [
      {
        env: [{ name: 'POSTGRES_DB', value: 'kilo' }, { name: 'PGDATA', value: '/var/lib/postgresql/data/pgdata' }],
        image: IMAGE,
        imagePullPolicy: 'IfNotPresent',
        name: 'postgres',
        ports: [{ containerPort: 5432, name: 'postgres', protocol: 'TCP' }],
        resources: { limits: { memory: '512Mi' }, requests: { cpu: '100m', memory: '256Mi' } },
        terminationMessagePath: '/dev/termination-log',
        terminationMessagePolicy: 'File',
        volumeMounts: [{ mountPath: '/var/lib/postgresql/data', name: 'data' }],
      },
    ],
    dnsPolicy: 'ClusterFirst',
    restartPolicy: 'Always',
    schedulerName: 'default-scheduler',
    securityContext: {},
    terminationGracePeriodSeconds: 30,
  },
};
// The controller-revision-hash of the one revision: the StatefulSet's name and a template hash.
const revision = `${NAME}-${sha256Hex(JSON.stringify(template)).slice(0, 10).replace(/[aeiou01]/g, 'b')}`;

export function statefulSetObject(nextVersion) {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { creationTimestamp: stamp(CREATED_MS_AGO), generation: 1, labels: { ...labels }, name: NAME, namespace: NAMESPACE, resourceVersion: String(nextVersion()), uid: uid(`StatefulSet/${NAME}`) },
    spec: {
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
      podManagementPolicy: 'OrderedReady',
      replicas: REPLICAS,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { app: NAME } },
      serviceName: NAME,
      template,
      updateStrategy: { rollingUpdate: { partition: 0 }, type: 'RollingUpdate' },
      volumeClaimTemplates: [
        {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { creationTimestamp: null, name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } }, volumeMode: 'Filesystem' },
          status: { phase: 'Pending' },
        },
      ],
    },
    status: {
      availableReplicas: REPLICAS,
      collisionCount: 0,
      currentReplicas: REPLICAS,
      currentRevision: revision,
      observedGeneration: 1,
      readyReplicas: REPLICAS,
      replicas: REPLICAS,
      updateRevision: revision,
      updatedReplicas: REPLICAS,
    },
  };
}

/** Pods kilo-db-0 and kilo-db-1, created in order (OrderedReady), owned by the StatefulSet. */
export function podObjects(sts, nextVersion) {
  return Array.from({ length: REPLICAS }, (_, ordinal) => {
    const name = `${NAME}-${ordinal}`;
    const createdMsAgo = CREATED_MS_AGO - (ordinal * 40 + 2) * SECOND;
    const started = stamp(createdMsAgo - 4 * SECOND);
    const ready = stamp(createdMsAgo - 11 * SECOND);
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        creationTimestamp: stamp(createdMsAgo),
        generateName: `${NAME}-`,
        labels: { ...labels, 'apps.kubernetes.io/pod-index': String(ordinal), 'controller-revision-hash': revision, 'statefulset.kubernetes.io/pod-name': name },
        name,
        namespace: NAMESPACE,
        ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'StatefulSet', name: NAME, uid: sts.metadata.uid }],
        resourceVersion: String(nextVersion()),
        uid: uid(`Pod/${name}`),
      },
      spec: {
        ...template.spec,
        enableServiceLinks: true,
        hostname: name,
        nodeName: NODE_NAME,
        preemptionPolicy: 'PreemptLowerPriority',
        priority: 0,
        serviceAccount: 'default',
        serviceAccountName: 'default',
        subdomain: NAME,
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: `data-${name}` } }],
      },
      status: {
        conditions: [
          { lastProbeTime: null, lastTransitionTime: started, status: 'True', type: 'PodReadyToStartContainers' },
          { lastProbeTime: null, lastTransitionTime: stamp(createdMsAgo), status: 'True', type: 'Initialized' },
          { lastProbeTime: null, lastTransitionTime: ready, status: 'True', type: 'Ready' },
          { lastProbeTime: null, lastTransitionTime: ready, status: 'True', type: 'ContainersReady' },
          { lastProbeTime: null, lastTransitionTime: stamp(createdMsAgo), status: 'True', type: 'PodScheduled' },
        ],
        containerStatuses: [
          {
            containerID: `containerd://${sha256Hex(`${NAMESPACE}/${name}/0`)}`,
            image: qualified,
            imageID: `docker.io/library/postgres@sha256:${sha256Hex(IMAGE)}`,
            lastState: {},
            name: 'postgres',
            ready: true,
            restartCount: 0,
            started: true,
            state: { running: { startedAt: started } },
          },
        ],
        hostIP: HOST_IP,
        hostIPs: [{ ip: HOST_IP }],
        phase: 'Running',
        podIP: `10.42.0.${60 + ordinal}`,
        podIPs: [{ ip: `10.42.0.${60 + ordinal}` }],
        qosClass: 'Burstable',
        startTime: stamp(createdMsAgo),
      },
    };
  });
}

/** The headless Service that gives the ordinal pods their stable DNS names. */
export function headlessService(nextVersion) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { creationTimestamp: stamp(CREATED_MS_AGO + 5 * SECOND), labels: { ...labels }, name: NAME, namespace: NAMESPACE, resourceVersion: String(nextVersion()), uid: uid(`Service/${NAME}`) },
    spec: {
      clusterIP: 'None',
      clusterIPs: ['None'],
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [{ name: 'postgres', port: 5432, protocol: 'TCP', targetPort: 5432 }],
      publishNotReadyAddresses: false,
      selector: { app: NAME },
      sessionAffinity: 'None',
      type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  };
}

export const behaviour = {
  image: IMAGE,
  startup: [
    'PostgreSQL Database directory appears to contain a database; Skipping initialization',
    '2026-01-06 11:58:01.113 UTC [1] LOG:  starting PostgreSQL 16.6 on x86_64-pc-linux-musl, compiled by gcc (Alpine 14.2.0) 14.2.0, 64-bit',
    '2026-01-06 11:58:01.113 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
    '2026-01-06 11:58:01.121 UTC [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
    '2026-01-06 11:58:01.140 UTC [1] LOG:  database system is ready to accept connections',
  ],
  startupIntervalMs: 80,
  every: {
    intervalSeconds: 30,
    lines: [
      '2026-01-06 12:03:01.204 UTC [27] LOG:  checkpoint starting: time',
      '2026-01-06 12:03:04.911 UTC [27] LOG:  checkpoint complete: wrote 37 buffers (0.2%); 0 WAL file(s) added, 0 removed, 0 recycled; write=3.604 s, sync=0.021 s, total=3.707 s',
    ],
  },
  // shared_buffers and a few backends: a third of its 512Mi limit.
  usage: { cpu: { pattern: 'steady', millicores: 8 }, memory: { pattern: 'steady', mebibytes: 170 } },
};
