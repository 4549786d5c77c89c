// Foreground cascading deletion: an owner deleted with propagationPolicy Foreground stays (with
// the foregroundDeletion finalizer) until its blocking dependents are gone. Its dependents are
// deleted by collectOwnedObject; this decides when the owner itself may go.
import type { GcSnapshot } from "./dependents.ts";
import { GcFinalizers, hasFinalizer, isBeingDeleted, refOf, type GcCommand, type GcObject } from "./types.ts";

export function isWaitingForDependents(owner: GcObject): boolean {
  return isBeingDeleted(owner) && hasFinalizer(owner, GcFinalizers.foregroundDeletion);
}

/**
 * Only dependents whose reference has blockOwnerDeletion hold the owner back; others left
 * behind become orphans and are collected in the background.
 */
export function finishForegroundDeletion(owner: GcObject, snapshot: GcSnapshot): GcCommand[] {
  if (!isWaitingForDependents(owner)) return [];
  const uid = owner.metadata?.uid ?? "";
  const blocking = (snapshot.dependents.get(uid) ?? []).some((dependent) =>
    (dependent.metadata?.ownerReferences ?? []).some((reference) => reference.uid === uid && reference.blockOwnerDeletion));
  return blocking ? [] : [{ kind: "removeFinalizer", ref: refOf(owner), finalizer: GcFinalizers.foregroundDeletion }];
}
