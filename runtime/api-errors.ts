// Kubernetes-style API errors: one class per failure, each mapping to a Status reply
// (reason, code, message, causes[].field). The API service throws these; clients get them back.
import { describeFieldErrors, type FieldError } from "./codec/field-error.ts";

export interface StatusCauseJson {
  reason: string;
  message: string;
  /** Absent for causes about no one field (a disruption budget refusing an eviction). */
  field?: string;
}

export interface StatusJson {
  apiVersion: "v1";
  kind: "Status";
  status: "Failure";
  message: string;
  reason: string;
  code: number;
  details?: { name?: string; kind?: string; group?: string; causes?: StatusCauseJson[]; retryAfterSeconds?: number };
}

export interface ApiErrorDetails {
  name?: string;
  kind?: string;
  group?: string;
  causes?: StatusCauseJson[];
  retryAfterSeconds?: number;
}

export class ApiError extends Error {
  override name = "ApiError";
  readonly reason: string;
  readonly code: number;
  readonly details: ApiErrorDetails | undefined;

  constructor(reason: string, code: number, message: string, details?: ApiErrorDetails, options?: ErrorOptions) {
    super(message, options);
    this.reason = reason;
    this.code = code;
    this.details = details;
  }

  get status(): StatusJson {
    const status: StatusJson = { apiVersion: "v1", kind: "Status", status: "Failure", message: this.message, reason: this.reason, code: this.code };
    if (this.details) status.details = this.details;
    return status;
  }
}

function causesOf(errors: FieldError[]): StatusCauseJson[] {
  return errors.map((error) => ({ reason: error.type, message: error.message, field: error.field }));
}

export class NotFoundError extends ApiError {
  override name = "NotFoundError";
  constructor(qualifiedResource: string, name: string) {
    super("NotFound", 404, `${qualifiedResource} "${name}" not found`, { name, kind: qualifiedResource });
  }
}

export class ResourceTypeNotFoundError extends ApiError {
  override name = "ResourceTypeNotFoundError";
  constructor(resource: string) {
    super("NotFound", 404, `the server doesn't have a resource type "${resource}"`);
  }
}

export class AlreadyExistsError extends ApiError {
  override name = "AlreadyExistsError";
  constructor(qualifiedResource: string, name: string) {
    super("AlreadyExists", 409, `${qualifiedResource} "${name}" already exists`, { name, kind: qualifiedResource });
  }
}

export class ConflictError extends ApiError {
  override name = "ConflictError";
  constructor(qualifiedResource: string, name: string, why = "the object has been modified; please apply your changes to the latest version and try again") {
    super("Conflict", 409, `Operation cannot be fulfilled on ${qualifiedResource} "${name}": ${why}`, { name, kind: qualifiedResource });
  }
}

/** A delete's uid/resourceVersion precondition does not hold: final, unlike a lost race. */
export class PreconditionFailedError extends ConflictError {
  override name = "PreconditionFailedError";
}

export class InvalidError extends ApiError {
  override name = "InvalidError";
  readonly fieldErrors: FieldError[];
  constructor(kind: string, name: string, errors: FieldError[]) {
    super("Invalid", 422, `${kind} "${name}" is invalid: ${describeFieldErrors(errors)}`, { name, kind, causes: causesOf(errors) });
    this.fieldErrors = errors;
  }
}

/** Malformed request: undecodable payload, unknown fields, wrong value types. */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
  constructor(message: string, errors: FieldError[] = [], options?: ErrorOptions) {
    super("BadRequest", 400, errors.length > 0 ? `${message}: ${describeFieldErrors(errors)}` : message, errors.length > 0 ? { causes: causesOf(errors) } : undefined, options);
  }
}

/** The request names no identity the API can trust (Kubernetes answers 401 before authorization). */
export class UnauthorizedError extends ApiError {
  override name = "UnauthorizedError";
  constructor(message = "Unauthorized") {
    super("Unauthorized", 401, message);
  }
}

/** Kubernetes' NewForbidden: "<resource.group> "<name>" is forbidden: <why>", without the name
 * when there is none, and "forbidden: <why>" for a request that names no resource. */
export class ForbiddenError extends ApiError {
  override name = "ForbiddenError";
  constructor(qualifiedResource: string, name: string, why: string, details?: ApiErrorDetails) {
    const message = !qualifiedResource ? `forbidden: ${why}` : name ? `${qualifiedResource} "${name}" is forbidden: ${why}` : `${qualifiedResource} is forbidden: ${why}`;
    super("Forbidden", 403, message, details ?? { name, kind: qualifiedResource });
  }
}

export class TooLargeError extends ApiError {
  override name = "TooLargeError";
  constructor(size: number, limit: number) {
    super("RequestEntityTooLarge", 413, `Request entity too large: object is ${size} bytes, limit is ${limit}`);
  }
}

export class UnsupportedMediaTypeError extends ApiError {
  override name = "UnsupportedMediaTypeError";
  constructor(contentType: string, supported: readonly string[]) {
    super("UnsupportedMediaType", 415, `the content type "${contentType}" is not supported; use one of ${supported.join(", ")}`);
  }
}

export class MethodNotAllowedError extends ApiError {
  override name = "MethodNotAllowedError";
  constructor(message: string) {
    super("MethodNotAllowed", 405, message);
  }
}

/** A request refused for now, to be retried later (an eviction a disruption budget forbids). */
export class TooManyRequestsError extends ApiError {
  override name = "TooManyRequestsError";
  constructor(message: string, retryAfterSeconds: number, causes: StatusCauseJson[] = []) {
    super("TooManyRequests", 429, message, { retryAfterSeconds, ...(causes.length > 0 ? { causes } : {}) });
  }
}

export class InternalError extends ApiError {
  override name = "InternalError";
  constructor(message: string, options?: ErrorOptions) {
    super("InternalError", 500, `Internal error occurred: ${message}`, undefined, options);
  }
}

export class ServiceUnavailableError extends ApiError {
  override name = "ServiceUnavailableError";
  constructor(message: string, options?: ErrorOptions) {
    super("ServiceUnavailable", 503, message, undefined, options);
  }
}

export class TimeoutError extends ApiError {
  override name = "TimeoutError";
  constructor(message: string, options?: ErrorOptions) {
    super("Timeout", 504, message, undefined, options);
  }
}

/** A watch from a revision the state log no longer holds in full: clients relist (410). */
export class ExpiredError extends ApiError {
  override name = "ExpiredError";
  constructor(requested: number | string, oldest: number) {
    super("Expired", 410, `too old resource version: ${requested} (${oldest})`);
  }
}

/** Any thrown value as an ApiError: unexpected failures become InternalError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InternalError(message, { cause: error });
}

/** Rebuilds the client-side error from a Status reply. */
export function apiErrorFromStatus(status: Partial<StatusJson>): ApiError {
  return new ApiError(status.reason || "Unknown", status.code || 500, status.message || "unknown error", status.details);
}
