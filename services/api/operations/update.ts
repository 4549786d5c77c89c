// update / updateStatus: replace an object at the resourceVersion the client read (KV update with
// that revision), so a stale write is a Conflict and never a lost update. The main resource
// keeps the stored status; the status subresource keeps the stored spec and metadata.
import { admitPriorityClass } from "../admission/priority-admission.ts";
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject, StoredObject } from "../../../runtime/store/object-repository.ts";
import { ConflictError } from "../../../runtime/api-errors.ts";
import { qualifiedResourceName } from "../../../runtime/codec/resources.ts";
import type { ApiContext } from "../api-context.ts";
import type { WriteOptions } from "./create.ts";
import { allocateFor, checkAllocationRanges, NOTHING_PENDING, releaseFor, settleWith } from "./allocations.ts";
import { finishDeletionIfReleased } from "./finalize.ts";
import { admitPodSecurity } from "../admission/pod-security/pod-security-admission.ts";
import { recordOwnership } from "./ownership.ts";
import { preserveAllocated } from "./preserve-allocated.ts";
import {
  admit, checkSize, desiredState, getOrNotFound, metaOf, nameOf, normalizeNamespace,
  requireResourceVersion, sameBytes, setTypeMeta, translateStoreErrors,
} from "./object-rules.ts";

export type UpdateTarget = "main" | "status";

/** Merges a client's object onto the stored one: system metadata and the other half are kept. */
export function mergeForUpdate(info: ResourceInfo, current: ApiObject, incoming: ApiObject, target: UpdateTarget): ApiObject {
  const stored = metaOf(current);
  if (target === "status") {
    return { ...current, metadata: { ...stored }, status: incoming.status ?? null };
  }
  const meta = metaOf(incoming);
  const merged: ApiObject = {
    ...incoming,
    metadata: {
      ...meta,
      uid: stored.uid,
      creationTimestamp: stored.creationTimestamp,
      deletionTimestamp: stored.deletionTimestamp,
      deletionGracePeriodSeconds: stored.deletionGracePeriodSeconds,
      generation: stored.generation,
      generateName: meta.generateName || stored.generateName,
    },
    status: info.hasStatus ? current.status : incoming.status,
  };
  return merged;
}

/** Validates and writes `next` over `current` with compare-and-set on current's revision. */
export async function writeUpdate(ctx: ApiContext, info: ResourceInfo, current: StoredObject, next: ApiObject, options: WriteOptions): Promise<ApiObject> {
  admit(info, next, "update", current.object);
  if (!options.subresource) await admitPodSecurity(ctx, info, next, current.object, options.feedback);
  if (info.kind === "PriorityClass") await admitPriorityClass(ctx, next);
  recordOwnership(ctx, info, current.object, next, options);
  // metadata.generation counts changes of the desired state only (after defaulting); an
  // unchanged desired state (a status or metadata update) holds the same allocations too.
  const desiredChanged = !sameBytes(desiredState(info, next), desiredState(info, current.object));
  if (desiredChanged) metaOf(next).generation = (current.object.metadata?.generation ?? 0) + 1;
  checkSize(ctx, info, next);
  if (options.dryRun) {
    checkAllocationRanges(ctx, info, next, current.object);
    return next;
  }
  const released = await finishDeletionIfReleased(ctx, info, next, current.revision);
  if (released) {
    // The final update may have dropped values the stored object held: they go too (a failed
    // release is left to the stale-record takeover, as in removeObject).
    await releaseFor(ctx, info, current.object).catch(() => undefined);
    return released;
  }
  const pending = desiredChanged ? await allocateFor(ctx, info, next, current.object) : NOTHING_PENDING;
  const revision = await settleWith(pending, () => translateStoreErrors(info, nameOf(next), () => ctx.repo.update(info, next, current.revision)));
  metaOf(next).resourceVersion = String(revision);
  return next;
}

export async function updateObject(ctx: ApiContext, info: ResourceInfo, object: ApiObject, target: UpdateTarget, options: WriteOptions = {}): Promise<ApiObject> {
  setTypeMeta(info, object);
  normalizeNamespace(info, object);
  const expected = requireResourceVersion(info, object);
  const name = nameOf(object);
  // The read may come from the API's cache: a revision that differs is checked at the source.
  let current = await getOrNotFound(ctx, info, object.metadata?.namespace, name);
  if (current.revision !== expected) current = await getOrNotFound(ctx, info, object.metadata?.namespace, name, { fresh: true });
  if (current.revision !== expected) throw new ConflictError(qualifiedResourceName(info), name);
  const next = mergeForUpdate(info, current.object, object, target);
  if (target === "main") preserveAllocated(info.kind, next, current.object);
  return writeUpdate(ctx, info, current, next, { ...options, subresource: target === "status" ? "status" : "" });
}
