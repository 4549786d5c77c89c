// delete: removes an object, or — when finalizers must run first or a pod must stop on its
// node — marks it with deletionTimestamp and lets the holders finish (graceful deletion).
import { ConflictError, ForbiddenError, PreconditionFailedError } from "../../../runtime/api-errors.ts";
import { qualifiedResourceName, RESOURCES, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject, StoredObject } from "../../../runtime/store/object-repository.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import type { ApiContext } from "../api-context.ts";
import { hasNode } from "./finalize.ts";
import { DEFAULT_NAMESPACE, getOrNotFound, metaOf, translateStoreErrors } from "./object-rules.ts";
import { removeObject } from "./remove.ts";

export type PropagationPolicy = "Background" | "Foreground" | "Orphan";

export interface DeleteQuery {
  namespace?: string;
  name: string;
  propagationPolicy?: string;
  gracePeriodSeconds?: number | null;
  preconditions?: { uid?: string; resourceVersion?: string } | null;
  dryRun?: boolean;
}

export const PROTECTED_NAMESPACES = new Set(["default", "troupe-system", "kube-system", "kube-public"]);
const FINALIZER_FOR_POLICY: Record<string, string | undefined> = { Foreground: "foregroundDeletion", Orphan: "orphan" };
const DEFAULT_POD_GRACE_SECONDS = 30;

function checkPreconditions(info: ResourceInfo, stored: StoredObject, query: DeleteQuery): void {
  const { uid, resourceVersion } = query.preconditions ?? {};
  const meta = stored.object.metadata ?? {};
  if (uid && uid !== meta.uid) {
    throw new PreconditionFailedError(qualifiedResourceName(info), query.name, `Precondition failed: UID in precondition: ${uid}, UID in object meta: ${meta.uid}`);
  }
  if (resourceVersion && resourceVersion !== String(stored.revision)) {
    throw new PreconditionFailedError(qualifiedResourceName(info), query.name, `Precondition failed: ResourceVersion in precondition: ${resourceVersion}, ResourceVersion in object meta: ${stored.revision}`);
  }
}

function podGracePeriod(object: ApiObject, requested: number | null | undefined): number {
  if (requested !== undefined && requested !== null) return Math.max(0, requested);
  const spec = object.spec as { terminationGracePeriodSeconds?: number | null } | undefined;
  return spec?.terminationGracePeriodSeconds ?? DEFAULT_POD_GRACE_SECONDS;
}

/** Until a namespace controller exists, deleting a namespace deletes its contents first. */
async function deleteNamespaceContents(ctx: ApiContext, namespace: string): Promise<void> {
  for (const info of RESOURCES.filter((candidate) => candidate.namespaced)) {
    const { items } = await ctx.repo.list(info, namespace);
    for (const item of items) await removeObject(ctx, info, item.object);
  }
}

const MAX_ATTEMPTS = 5;

/** A delete races other writers of the object (a kubelet's status update); without a
 * resourceVersion precondition the caller cannot tell, so the server tries again on a fresh read. */
export async function deleteObject(ctx: ApiContext, info: ResourceInfo, query: DeleteQuery): Promise<ApiObject> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deleteOnce(ctx, info, query);
    } catch (error) {
      // A lost compare-and-set is retried; a failed precondition, or a resourceVersion the caller
      // pinned, is the caller's answer.
      const retriable = error instanceof ConflictError && !(error instanceof PreconditionFailedError) && !query.preconditions?.resourceVersion && attempt < MAX_ATTEMPTS;
      if (!retriable) throw error;
    }
  }
}

async function deleteOnce(ctx: ApiContext, info: ResourceInfo, query: DeleteQuery): Promise<ApiObject> {
  const namespace = info.namespaced ? query.namespace || DEFAULT_NAMESPACE : undefined;
  // Deletes compare-and-set on the revision they read, so they read the source of truth.
  const stored = await getOrNotFound(ctx, info, namespace, query.name, { fresh: true });
  checkPreconditions(info, stored, query);
  if (info.kind === "Namespace" && PROTECTED_NAMESPACES.has(query.name)) {
    throw new ForbiddenError("namespaces", query.name, "this namespace may not be deleted");
  }
  const object = stored.object;
  const meta = metaOf(object);
  const policyFinalizer = FINALIZER_FOR_POLICY[query.propagationPolicy ?? ""];
  const finalizers = [...(meta.finalizers ?? [])];
  if (policyFinalizer && !finalizers.includes(policyFinalizer)) finalizers.push(policyFinalizer);
  const grace = info.kind === "Pod" && hasNode(object) ? podGracePeriod(object, query.gracePeriodSeconds) : 0;
  const graceful = finalizers.length > 0 || grace > 0;
  if (query.dryRun) return object;

  if (!graceful) {
    if (info.kind === "Namespace") await deleteNamespaceContents(ctx, query.name);
    await translateStoreErrors(info, query.name, () => removeObject(ctx, info, object, stored.revision));
    return object;
  }
  const alreadyMarked = Boolean(meta.deletionTimestamp);
  const shorter = grace < (meta.deletionGracePeriodSeconds ?? Number.POSITIVE_INFINITY);
  if (alreadyMarked && !shorter && finalizers.length === (meta.finalizers?.length ?? 0)) return object;
  meta.finalizers = finalizers;
  meta.deletionGracePeriodSeconds = grace;
  if (!alreadyMarked || shorter) meta.deletionTimestamp = kubernetesTime(new Date(ctx.now().getTime() + grace * 1000));
  const revision = await translateStoreErrors(info, query.name, () => ctx.repo.update(info, object, stored.revision));
  meta.resourceVersion = String(revision);
  return object;
}
