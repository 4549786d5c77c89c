// Graceful deletion ends when an object marked for deletion has no finalizers left: the write
// that removes the last one deletes the object instead (compare-and-set on the same revision).
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../api-context.ts";
import { nameOf, translateStoreErrors } from "./object-rules.ts";
import { removeObject } from "./remove.ts";

export function isReleased(info: ResourceInfo, object: ApiObject): boolean {
  const meta = object.metadata;
  if (!meta?.deletionTimestamp || (meta.finalizers?.length ?? 0) > 0) return false;
  // A pod on a node is gone only when its kubelet confirms with a zero grace period.
  return info.kind !== "Pod" || !hasNode(object) || meta.deletionGracePeriodSeconds === 0;
}

export function hasNode(object: ApiObject): boolean {
  return Boolean((object.spec as { nodeName?: string } | undefined)?.nodeName);
}

export async function finishDeletionIfReleased(ctx: ApiContext, info: ResourceInfo, object: ApiObject, revision: number): Promise<ApiObject | undefined> {
  if (!isReleased(info, object)) return undefined;
  await translateStoreErrors(info, nameOf(object), () => removeObject(ctx, info, object, revision));
  return object;
}
