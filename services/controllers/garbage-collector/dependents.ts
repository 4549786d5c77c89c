// Who depends on whom in a snapshot of objects (Kubernetes keeps this graph up to date from
// events; a pure decision reads it from a snapshot instead).
import { isBeingDeleted, type GcObject } from "./types.ts";

export function ownerUids(object: GcObject): string[] {
  return (object.metadata?.ownerReferences ?? []).map((reference) => reference.uid ?? "").filter(Boolean);
}

export function dependentsOf(ownerUid: string, objects: readonly GcObject[]): GcObject[] {
  return objects.filter((object) => ownerUids(object).includes(ownerUid));
}

/**
 * Objects whose every owner is gone: background cascading deletes them. Objects already being
 * deleted are left to finish.
 */
export function orphans(objects: readonly GcObject[], existingUids: ReadonlySet<string>): GcObject[] {
  return objects.filter((object) => {
    const owners = ownerUids(object);
    return owners.length > 0 && !isBeingDeleted(object) && owners.every((uid) => !existingUids.has(uid));
  });
}

/** The snapshot indexed once, so a pass over n objects stays linear. */
export interface GcSnapshot {
  readonly objects: readonly GcObject[];
  readonly byUid: ReadonlyMap<string, GcObject>;
  readonly dependents: ReadonlyMap<string, GcObject[]>;
  /** Uids of objects that exist, including kinds the snapshot does not hold. */
  readonly existingUids: ReadonlySet<string>;
}

export function gcSnapshot(objects: readonly GcObject[], existingUids?: ReadonlySet<string>): GcSnapshot {
  const byUid = new Map<string, GcObject>();
  const dependents = new Map<string, GcObject[]>();
  for (const object of objects) {
    const uid = object.metadata?.uid;
    if (uid) byUid.set(uid, object);
    for (const owner of ownerUids(object)) dependents.set(owner, [...(dependents.get(owner) ?? []), object]);
  }
  return { objects, byUid, dependents, existingUids: existingUids ?? new Set(byUid.keys()) };
}
