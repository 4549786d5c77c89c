// The one way an object leaves the store for good (delete, finalizers done, namespace cascade):
// what it held in the allocation ledger is released with it.
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../api-context.ts";
import { recountQuotas } from "../admission/resources/quota-admission.ts";
import { releaseFor } from "./allocations.ts";

export async function removeObject(ctx: ApiContext, info: ResourceInfo, object: ApiObject, expectedRevision?: number): Promise<number> {
  const revision = await ctx.repo.delete(info, object, expectedRevision);
  // The object is gone whatever happens next; a record left behind is stale (its owner no
  // longer exists) and the allocator takes it over later, so a failed release is not an error.
  await releaseFor(ctx, info, object).catch(() => undefined);
  // Likewise a quota whose recount fails here is recounted at the next removal it counts.
  await recountQuotas(ctx.repo, info, object).catch(() => undefined);
  return revision;
}
