// Orphan deletion: an owner deleted with propagationPolicy Orphan keeps its dependents; they lose
// their reference to it first, then the owner's orphan finalizer goes and the owner with it.
import type { GcSnapshot } from "./dependents.ts";
import { GcFinalizers, hasFinalizer, isBeingDeleted, refOf, type GcCommand, type GcObject } from "./types.ts";

export function isOrphaning(owner: GcObject): boolean {
  return isBeingDeleted(owner) && hasFinalizer(owner, GcFinalizers.orphan);
}

/**
 * Removes the owner references first; the finalizer only once the snapshot shows no dependent
 * pointing at the owner, so a failed removal cannot leave a dependent to be collected.
 */
export function orphanDependents(owner: GcObject, snapshot: GcSnapshot): GcCommand[] {
  if (!isOrphaning(owner)) return [];
  const ownerUid = owner.metadata?.uid ?? "";
  const dependents = snapshot.dependents.get(ownerUid) ?? [];
  if (dependents.length === 0) return [{ kind: "removeFinalizer", ref: refOf(owner), finalizer: GcFinalizers.orphan }];
  return dependents.map((dependent) => ({ kind: "removeOwnerReference", ref: refOf(dependent), ownerUid }));
}
