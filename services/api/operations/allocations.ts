// The values the API allocates for an object (a Service's cluster IP and node ports), claimed
// before the object is written and released when it no longer holds them. Kinds that hold
// nothing pass through.
import { InvalidError } from "../../../runtime/api-errors.ts";
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../api-context.ts";
import type { PendingAllocation } from "../allocation/service-allocator.ts";
import type { Service } from "../allocation/service-holdings.ts";
import { nameOf } from "./object-rules.ts";

export const NOTHING_PENDING: PendingAllocation = { commit: async () => undefined, rollback: async () => undefined };

function ownerKey(ctx: ApiContext, info: ResourceInfo, object: ApiObject): string {
  return ctx.repo.key(info, object.metadata?.namespace ?? undefined, object.metadata?.name ?? "");
}

/** A dry run allocates nothing but still refuses values outside the ranges. */
export function checkAllocationRanges(ctx: ApiContext, info: ResourceInfo, object: ApiObject, current?: ApiObject): void {
  if (info.kind !== "Service") return;
  const errors = ctx.services.rangeErrors(object as Service, current as Service | undefined);
  if (errors.length > 0) throw new InvalidError(info.kind, nameOf(object), errors);
}

/** Claims what `next` needs (filling in picked values); `current` is the stored object an update replaces. */
export async function allocateFor(ctx: ApiContext, info: ResourceInfo, next: ApiObject, current?: ApiObject): Promise<PendingAllocation> {
  if (info.kind !== "Service") return NOTHING_PENDING;
  return ctx.services.allocate(next as Service, current as Service | undefined, ownerKey(ctx, info, next));
}

/** Runs `write` with `pending` settled by its outcome: committed on success, rolled back on failure. */
export async function settleWith<T>(pending: PendingAllocation, write: () => Promise<T>): Promise<T> {
  let written: T;
  try {
    written = await write();
  } catch (error) {
    await pending.rollback();
    throw error;
  }
  await pending.commit();
  return written;
}

/** Releases what a removed object held. */
export async function releaseFor(ctx: ApiContext, info: ResourceInfo, object: ApiObject): Promise<void> {
  if (info.kind !== "Service") return;
  await ctx.services.releaseAll(object as Service, ownerKey(ctx, info, object));
}
