// What happens to one object with owners (Kubernetes' attemptToDeleteItem): it stays while any
// owner is alive and not deleting in the foreground; otherwise it is deleted.
import type { GcSnapshot } from "./dependents.ts";
import { isWaitingForDependents } from "./foreground-deletion.ts";
import { DeletionPropagations, isBeingDeleted, refOf, type GcCommand, type GcObject } from "./types.ts";

export function collectOwnedObject(object: GcObject, snapshot: GcSnapshot): GcCommand[] {
  const references = object.metadata?.ownerReferences ?? [];
  if (references.length === 0 || isBeingDeleted(object)) return [];
  const gone: string[] = [];
  const waiting: string[] = [];
  let alive = 0;
  for (const reference of references) {
    const uid = reference.uid ?? "";
    const owner = snapshot.byUid.get(uid);
    if (!snapshot.existingUids.has(uid)) gone.push(uid);
    else if (owner && isWaitingForDependents(owner)) waiting.push(uid);
    else alive++;
  }
  const ref = refOf(object);
  // A live owner keeps the object; references that no longer hold it are dropped, so a
  // foreground owner is not kept waiting for an object it will never get deleted.
  if (alive > 0) return [...gone, ...waiting].map((ownerUid) => ({ kind: "removeOwnerReference", ref, ownerUid }));
  // Under a foreground deletion, an object with dependents of its own is deleted in the
  // foreground too, so the wait reaches down the whole tree.
  const hasDependents = (snapshot.dependents.get(ref.uid) ?? []).length > 0;
  const propagationPolicy = waiting.length > 0 && hasDependents ? DeletionPropagations.foreground : DeletionPropagations.background;
  return [{ kind: "delete", ref, propagationPolicy }];
}
