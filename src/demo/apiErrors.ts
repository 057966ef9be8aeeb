// Errors the simulated API server answers with, shaped as Kubernetes `Status` objects.

export type StatusReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Expired'
  | 'Gone'
  | 'Invalid'
  | 'BadRequest'
  | 'MethodNotAllowed'
  | 'UnsupportedMediaType'
  | 'Forbidden'
  | 'InternalError';

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: StatusReason,
    message: string,
    readonly details?: { name?: string; group?: string; kind?: string },
  ) {
    super(message);
  }

  toStatus(): Record<string, unknown> {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

export const notFound = (resource: string, name: string, group = ''): ApiError =>
  new ApiError(404, 'NotFound', `${resource}${group ? '.' + group : ''} "${name}" not found`, { name, group, kind: resource });

export const conflict = (resource: string, name: string, why: string, group = ''): ApiError =>
  new ApiError(409, 'Conflict', `Operation cannot be fulfilled on ${resource}${group ? '.' + group : ''} "${name}": ${why}`, {
    name,
    group,
    kind: resource,
  });

export const alreadyExists = (resource: string, name: string, group = ''): ApiError =>
  new ApiError(409, 'AlreadyExists', `${resource}${group ? '.' + group : ''} "${name}" already exists`, { name, group, kind: resource });

export const gone = (message: string): ApiError => new ApiError(410, 'Expired', message);

export const invalid = (resource: string, name: string, message: string): ApiError =>
  new ApiError(422, 'Invalid', `${resource} "${name}" is invalid: ${message}`, { name, kind: resource });

export const badRequest = (message: string): ApiError => new ApiError(400, 'BadRequest', message);

/** A create in a namespace being deleted, as the NamespaceLifecycle admission plugin refuses it. */
export const namespaceTerminating = (resource: string, name: string, namespace: string, group = ''): ApiError =>
  new ApiError(403, 'Forbidden', `${resource}${group ? '.' + group : ''} "${name}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`, {
    name,
    group,
    kind: resource,
  });

/** A second delete of a namespace still being emptied. */
export const namespaceStillTerminating = (name: string): ApiError =>
  conflict('namespaces', name, 'The system is ensuring all content is removed from this namespace.  Upon completion, this namespace will automatically be purged by the system.');

/** default, kube-system and kube-public cannot be deleted (the NamespaceLifecycle admission plugin). */
export const immortalNamespace = (name: string): ApiError =>
  new ApiError(403, 'Forbidden', `namespaces "${name}" is forbidden: this namespace may not be deleted`, { name, kind: 'namespaces' });
