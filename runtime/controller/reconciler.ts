// The business contract of a controller, controller-runtime's Reconcile: given the name of an
// object, make the world match its desired state. Reconcilers are level-based: they re-read the
// object (a missing one means it was deleted) and never see the event that woke them.
import type { ApiObject } from "../store/object-repository.ts";

export interface ReconcileRequest {
  /** Empty for cluster-scoped objects. */
  namespace: string;
  name: string;
}

export interface ReconcileResult {
  /** Run this key again after this long, even without a change (polling external state). */
  requeueAfterMs?: number;
}

export interface Reconciler {
  /**
   * Resolving means done (forget the key's backoff); throwing means retry with per-key backoff.
   * `signal` aborts when the controller stops or the reconcile times out.
   */
  reconcile(request: ReconcileRequest, signal?: AbortSignal): Promise<ReconcileResult | void>;
}

/** Workqueue key of a request: `namespace/name`, or `name` for cluster-scoped objects. */
export function keyOf(request: ReconcileRequest): string {
  return request.namespace ? `${request.namespace}/${request.name}` : request.name;
}

/** Inverse of keyOf. Object names never contain `/`, so the first one separates the parts. */
export function parseKey(key: string): ReconcileRequest {
  const slash = key.indexOf("/");
  return slash < 0 ? { namespace: "", name: key } : { namespace: key.slice(0, slash), name: key.slice(slash + 1) };
}

export function requestOf(object: ApiObject): ReconcileRequest {
  return { namespace: object.metadata?.namespace ?? "", name: object.metadata?.name ?? "" };
}

/**
 * A lost optimistic-concurrency race (the API's 409 Conflict): expected while caches catch up,
 * so it is retried without an error log.
 */
export function isConflict(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { reason?: unknown }).reason === "Conflict";
}
