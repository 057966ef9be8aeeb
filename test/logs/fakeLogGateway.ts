// A ClusterGateway for log tests: pods and previous logs are set by the test, and each
// followLogs call is recorded so the test can write text into it and end it.
import type { Pod } from '../../src/domain/resources.js';
import { KubeError, type ClusterGateway, type LogOptions } from '../../src/kube/types.js';

export interface FollowedStream {
  pod: string;
  options: LogOptions;
  write(text: string): void;
  end(error?: Error): void;
  cancelled: boolean;
}

export class FakeLogGateway implements ClusterGateway {
  readonly context = 'kind-kilo';
  readonly currentContext = 'kind-kilo';
  readonly server = 'https://127.0.0.1:6443';
  readonly namespace = 'kilo-guardian';
  readonly pods = new Map<string, Pod>();
  readonly previousLogs = new Map<string, string>();
  readonly streams: FollowedStream[] = [];
  readonly reads: { pod: string; options: LogOptions }[] = [];
  getCalls = 0;
  /** When set, get() rejects with it (a network failure). */
  getError: Error | undefined;

  async get<T>(_kind: string, name: string): Promise<T> {
    this.getCalls++;
    if (this.getError) throw this.getError;
    const pod = this.pods.get(name);
    if (!pod) throw new KubeError(404, 'NotFound', `pods "${name}" not found`);
    return structuredClone(pod) as T;
  }

  async readLogs(pod: string, options: LogOptions): Promise<string> {
    this.reads.push({ pod, options });
    if (!this.pods.has(pod)) throw new KubeError(404, 'NotFound', `pods "${pod}" not found`);
    const text = options.previous ? this.previousLogs.get(pod) : undefined;
    if (text === undefined) throw new KubeError(400, 'BadRequest', `previous terminated container not found`);
    return text;
  }

  followLogs(pod: string, options: LogOptions, onText: (text: string) => void, onEnd: (error?: Error) => void): () => void {
    let open = true;
    const stream: FollowedStream = {
      pod,
      options,
      cancelled: false,
      write: (text) => {
        if (open) onText(text);
      },
      end: (error) => {
        if (!open) return;
        open = false;
        onEnd(error);
      },
    };
    this.streams.push(stream);
    return () => {
      open = false;
      stream.cancelled = true;
    };
  }

  lastStream(): FollowedStream {
    const stream = this.streams.at(-1);
    if (!stream) throw new Error('no followLogs call yet');
    return stream;
  }

  watch(): () => void {
    throw new Error('not used by log tests');
  }
  list<T>(): Promise<T[]> {
    return Promise.reject(new Error('not used by log tests'));
  }
  deleteObject(): Promise<void> {
    return Promise.reject(new Error('not used by log tests'));
  }
  patchObject<T>(): Promise<T> {
    return Promise.reject(new Error('not used by log tests'));
  }
  scale(): Promise<void> {
    return Promise.reject(new Error('not used by log tests'));
  }
  close(): void {}
}
