// Pure parts of pod logs: reading the query string, checking the container's state the way the
// kubelet does before it opens a log, and formatting lines.
import type { ContainerStatus, Pod } from '../../domain/resources.js';
import { badRequest } from '../apiErrors.js';
import type { LogLine } from '../logSource.js';

export interface LogRequest {
  container?: string;
  follow: boolean;
  previous: boolean;
  timestamps: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  sinceTime?: number;
  limitBytes?: number;
}

const positiveInt = (params: URLSearchParams, name: string, allowZero: boolean): number | undefined => {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || (!allowZero && value === 0)) throw badRequest(`${name}: Invalid value: ${raw}: must be ${allowZero ? 'greater than or equal to 0' : 'greater than 0'}`);
  return value;
};

const flag = (params: URLSearchParams, name: string): boolean => ['true', '1'].includes(params.get(name) ?? '');

export const parseLogRequest = (params: URLSearchParams): LogRequest => {
  const sinceTimeText = params.get('sinceTime');
  const sinceTime = sinceTimeText ? Date.parse(sinceTimeText) : undefined;
  if (sinceTime !== undefined && Number.isNaN(sinceTime)) throw badRequest(`sinceTime: Invalid value: "${sinceTimeText}": must be an RFC 3339 time`);
  const request: LogRequest = {
    container: params.get('container') || undefined,
    follow: flag(params, 'follow'),
    previous: flag(params, 'previous'),
    timestamps: flag(params, 'timestamps'),
    tailLines: positiveInt(params, 'tailLines', true),
    sinceSeconds: positiveInt(params, 'sinceSeconds', false),
    sinceTime,
    limitBytes: positiveInt(params, 'limitBytes', false),
  };
  if (request.sinceSeconds !== undefined && request.sinceTime !== undefined) throw badRequest('at most one of `sinceTime` or `sinceSeconds` may be specified');
  return request;
};

/** The container to read: the named one, or the only one; 400 otherwise, as the API server words it. */
export const resolveContainer = (pod: Pod, container: string | undefined): string => {
  const names = pod.spec.containers.map((c) => c.name);
  if (container === undefined) {
    if (names.length === 1) return names[0];
    throw badRequest(`a container name must be specified for pod ${pod.metadata.name}, choose one of: [${names.join(' ')}]`);
  }
  if (!names.includes(container)) throw badRequest(`container ${container} is not valid for pod ${pod.metadata.name}`);
  return container;
};

/**
 * The kubelet's check before opening a log (validateContainerLogStatus). Returns whether the
 * selected instance is still running, i.e. whether following it can yield more lines. A
 * container without a status is left to the LogSource to judge.
 */
export const checkContainerLogState = (pod: Pod, container: string, previous: boolean): { running: boolean } => {
  const status: ContainerStatus | undefined = pod.status?.containerStatuses?.find((c) => c.name === container);
  if (!status) return { running: !previous };
  const podName = pod.metadata.name;
  const { state, lastState } = status;
  if (previous) {
    if (!lastState?.terminated) throw badRequest(`previous terminated container "${container}" in pod "${podName}" not found`);
    return { running: false };
  }
  if (state?.running) return { running: true };
  if (state?.terminated || lastState?.terminated) return { running: false };
  if (state?.waiting) {
    const reason = state.waiting.reason;
    if (reason === 'ErrImagePull') throw badRequest(`container "${container}" in pod "${podName}" is waiting to start: image can't be pulled`);
    if (reason === 'ImagePullBackOff') throw badRequest(`container "${container}" in pod "${podName}" is waiting to start: trying and failing to pull image`);
    throw badRequest(`container "${container}" in pod "${podName}" is waiting to start: ${reason ?? ''}`);
  }
  throw badRequest(`container "${container}" in pod "${podName}" is waiting to start - no logs yet`);
};

/** RFC 3339 with nanosecond precision and trailing zeros trimmed, like Go's time.RFC3339Nano. */
export const rfc3339Nano = (ms: number): string => {
  const iso = new Date(ms).toISOString();
  const [whole, fraction] = iso.slice(0, -1).split('.');
  const trimmed = (fraction ?? '').replace(/0+$/, '');
  return `${whole}${trimmed ? `.${trimmed}` : ''}Z`;
};

export const formatLogLine = (line: LogLine, timestamps: boolean): string => `${timestamps ? `${rfc3339Nano(line.time)} ` : ''}${line.text}\n`;

/** Lines selected by since/tail, applied again here so any LogSource gives the same answer. */
export const selectLines = (lines: LogLine[], request: LogRequest, now: number): LogLine[] => {
  const since = request.sinceSeconds !== undefined ? now - request.sinceSeconds * 1000 : request.sinceTime;
  const recent = since === undefined ? lines : lines.filter((l) => l.time >= since);
  return request.tailLines === undefined ? recent : request.tailLines === 0 ? [] : recent.slice(-request.tailLines);
};
