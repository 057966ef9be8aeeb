// A small cluster shaped like the seed audit's kilo-guardian: one stuck rollout, stale history,
// a generic base image, a restart-prone pod and two naming conventions.
import type { ClusterSnapshot } from '../../../src/domain/resources.js';
import { HOUR, MINUTE, deployment, deploymentWithHistory, pod, replicaSet, service, snapshot } from '../builders.js';

export function miniCluster(): { snap: ClusterSnapshot; ids: Record<string, string> } {
  const meds = deployment({ name: 'kilo-meds', revision: 10, image: 'kilo-meds:ai-brain-ocr-v2', status: {
    replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, unavailableReplicas: 1,
  } });
  const medsHistory = Array.from({ length: 7 }, (_, i) => replicaSet({ owner: meds, revision: i + 1, createdAgo: (7 * 24 + 21) * HOUR - i * HOUR }));
  const medsStable = replicaSet({ owner: meds, revision: 9, replicas: 1, image: 'kilo-meds:cb1', createdAgo: 23 * HOUR, name: 'kilo-meds-55d9cd8856' });
  const medsBroken = replicaSet({ owner: meds, revision: 10, replicas: 1, image: 'kilo-meds:ai-brain-ocr-v2', createdAgo: 7 * MINUTE, name: 'kilo-meds-7568f7694c' });
  medsBroken.status = { replicas: 1, readyReplicas: 0, availableReplicas: 0 };
  const medsStablePod = pod({ owner: medsStable, name: 'kilo-meds-55d9cd8856-aaaaa' });
  const medsCrashPod = pod({ owner: medsBroken, name: 'kilo-meds-7568f7694c-bbbbb', health: 'crashloop', restarts: 6 });

  const frontend = deploymentWithHistory('kilo-frontend', 3, { image: 'kilo-frontend:stats-v3' });
  const cam = deploymentWithHistory('kilo-cam', 2, { image: 'kilo/cam:latest' });
  const voice = deploymentWithHistory('kilo-voice', 0, { image: 'kilo/voice:latest', revisionHistoryLimit: 3 });
  const socketio = deploymentWithHistory('kilo-socketio', 1, { image: 'python:3.11-slim' });
  const ollama = deploymentWithHistory('kilo-ollama', 0, { image: 'ollama/ollama:latest' });
  const brain = deploymentWithHistory('kilo-ai-brain', 1, { image: 'kilo/ai_brain:latest' });
  const brainPod = pod({ owner: brain.live, name: 'kilo-ai-brain-c679fb7f9-ccccc', restarts: 11, lastRestartAgo: 3 * 24 * HOUR });
  const orphanRs = replicaSet({ replicas: 0, revision: 1, name: 'hand-made-rs' });
  const bare = pod({ name: 'debug-shell', labels: { run: 'debug' } });

  const all = [frontend, cam, voice, socketio, ollama, brain];
  const services = [
    service('kilo-meds', { app: 'kilo-meds' }, { port: 9001, clusterIP: '10.43.214.225' }),
    service('kilo-frontend-external', { app: 'kilo-frontend' }, { type: 'NodePort', port: 80, nodePort: 30000 }),
    ...all.map((d) => service(d.dep.metadata.name, { app: d.dep.metadata.name })),
    service('kilo-legacy', { app: 'kilo-legacy' }),
    service('external-db', undefined),
  ];
  const snap = snapshot({
    deployments: [meds, ...all.map((d) => d.dep)],
    replicaSets: [...medsHistory, medsStable, medsBroken, orphanRs, ...all.flatMap((d) => d.replicaSets)],
    pods: [medsStablePod, medsCrashPod, bare, brainPod, ...all.filter((d) => d !== brain).flatMap((d) => d.pods)],
    services,
  });
  return {
    snap,
    ids: {
      meds: meds.metadata.uid,
      medsBroken: medsBroken.metadata.uid,
      medsCrashPod: medsCrashPod.metadata.uid,
      brainPod: brainPod.metadata.uid,
      socketio: socketio.dep.metadata.uid,
      orphanRs: orphanRs.metadata.uid,
      voice: voice.dep.metadata.uid,
    },
  };
}
