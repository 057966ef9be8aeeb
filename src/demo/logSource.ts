// How the demo HTTP server reads container logs from the simulated kubelet.

export interface LogLine {
  /** Epoch milliseconds when the line was written. */
  time: number;
  text: string;
}

export interface LogQuery {
  container?: string;
  /** The previous terminated instance of the container instead of the current one. */
  previous?: boolean;
  sinceSeconds?: number;
  /** Epoch milliseconds; lines at or after it. */
  sinceTime?: number;
  tailLines?: number;
}

export interface LogSource {
  /**
   * Lines written so far by the selected container instance. Throws ApiError 404 for an unknown
   * pod, 400 for an unknown container or (with previous) when no previous instance exists.
   */
  read(namespace: string, pod: string, query: LogQuery): LogLine[];
  /**
   * Calls onLine for each new line of the container's current instance and onEnd once that
   * instance terminates or the pod is deleted. Returns the unsubscribe function.
   */
  follow(namespace: string, pod: string, container: string | undefined, onLine: (line: LogLine) => void, onEnd: () => void): () => void;
}
