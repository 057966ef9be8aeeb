// Container logs as the kubelet serves them: the running instance, or the last terminated one
// while the container waits to restart; `previous` always means the last terminated instance.
import { badRequest, notFound } from '../apiErrors.js';
import type { Clock } from '../../domain/clock.js';
import type { LogLine, LogQuery, LogSource } from '../logSource.js';
import type { ObjectStore } from '../objectStore.js';
import type { Pod } from '../../domain/resources.js';
import type { ContainerRecord } from './containerRecord.js';
import type { Kubelet } from './kubelet.js';
import type { LogBuffer } from './logBuffer.js';

export class KubeletLogSource implements LogSource {
  constructor(
    private readonly store: ObjectStore,
    private readonly kubelet: Kubelet,
    private readonly clock: Clock,
  ) {}

  read(namespace: string, pod: string, query: LogQuery): LogLine[] {
    const buffer = this.bufferFor(namespace, pod, query.container, query.previous ?? false);
    const since = [
      query.sinceSeconds !== undefined ? this.clock.now() - query.sinceSeconds * 1000 : undefined,
      query.sinceTime,
    ].filter((t): t is number => t !== undefined);
    return buffer.read({ sinceMs: since.length ? Math.max(...since) : undefined, tailLines: query.tailLines });
  }

  follow(namespace: string, pod: string, container: string | undefined, onLine: (line: LogLine) => void, onEnd: () => void): () => void {
    return this.bufferFor(namespace, pod, container, false).follow(onLine, onEnd);
  }

  private bufferFor(namespace: string, podName: string, container: string | undefined, previous: boolean): LogBuffer {
    const pod = this.store.get<Pod>('Pod', namespace, podName);
    if (!pod) throw notFound('pods', podName);
    const names = pod.spec.containers.map((c) => c.name);
    const name = container ?? (names.length === 1 ? names[0] : undefined);
    if (name === undefined) {
      throw badRequest(`a container name must be specified for pod ${podName}, choose one of: [${names.join(' ')}]`);
    }
    if (!names.includes(name)) throw badRequest(`container ${name} is not valid for pod ${podName}`);
    const record = this.kubelet.podFor(namespace, podName)?.containers.find((c) => c.record.name === name)?.record;
    const buffer = record && logOf(record, previous);
    if (buffer) return buffer;
    if (previous) throw badRequest(`previous terminated container "${name}" in pod "${podName}" not found`);
    const reason = record?.state.waiting?.reason ?? 'ContainerCreating';
    throw badRequest(`container "${name}" in pod "${podName}" is waiting to start: ${reason}`);
  }
}

function logOf(record: ContainerRecord, previous: boolean): LogBuffer | undefined {
  if (previous) return record.lastState.terminated ? record.lastLog : undefined;
  if (record.state.running || record.state.terminated) return record.instance?.log;
  return record.lastLog;
}
