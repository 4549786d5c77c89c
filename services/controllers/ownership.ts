// Which objects a controller owns (Kubernetes' ControllerRefManager): those whose controller
// reference carries its uid. Orphans its selector matches are adopted; owned objects its
// selector no longer matches are released. Pure: the reconcilers write the changes.
import type { troupe } from "../../proto/gen/troupe.js";
import type { LabelSelector } from "../../runtime/selectors/label-selector.ts";
import { controllerReference } from "./replicaset/pod-from-template.ts";

export type OwnerReference = troupe.v1.OwnerReference.$Properties;

/** What ownership reads of an object (a pod, a ReplicaSet, ...). */
export interface OwnableObject {
  apiVersion?: string | null;
  kind?: string | null;
  metadata?: {
    name?: string | null;
    namespace?: string | null;
    uid?: string | null;
    labels?: Record<string, string> | null;
    deletionTimestamp?: string | null;
    ownerReferences?: OwnerReference[] | null;
  } | null;
}

export interface Claim<T> {
  /** Controlled by the owner and matched by its selector. */
  owned: T[];
  /** Orphans the selector matches: add a controller reference to the owner. */
  adopt: T[];
  /** Controlled by the owner but no longer matched: remove its reference. */
  release: T[];
}

export function controllerRefOf(object: OwnableObject): OwnerReference | undefined {
  return (object.metadata?.ownerReferences ?? []).find((reference) => reference.controller === true);
}

/**
 * Sorts `candidates` (objects of the owner's namespace) by ownership. A deleting owner adopts
 * nothing, and deleting objects are neither adopted nor released, as in Kubernetes.
 */
export function claimObjects<T extends OwnableObject>(owner: OwnableObject, candidates: readonly T[], selector: LabelSelector): Claim<T> {
  const claim: Claim<T> = { owned: [], adopt: [], release: [] };
  const uid = owner.metadata?.uid;
  if (!uid) return claim;
  const ownerDeleting = Boolean(owner.metadata?.deletionTimestamp);
  for (const candidate of candidates) {
    const reference = controllerRefOf(candidate);
    const matches = selector.matches(candidate.metadata?.labels ?? {});
    const deleting = Boolean(candidate.metadata?.deletionTimestamp);
    if (reference) {
      if (reference.uid !== uid) continue;
      if (matches || deleting || ownerDeleting) claim.owned.push(candidate);
      else claim.release.push(candidate);
    } else if (matches && !deleting && !ownerDeleting && !selector.empty) {
      claim.adopt.push(candidate);
    }
  }
  return claim;
}

/** The object with a controller reference to `owner` added. */
export function withControllerReference<T extends OwnableObject>(object: T, owner: OwnableObject): T {
  const references = [...(object.metadata?.ownerReferences ?? []), controllerReference(owner)];
  return { ...object, metadata: { ...object.metadata, ownerReferences: references } };
}

/** The object without its reference to the owner with `uid`. */
export function withoutOwnerReference<T extends OwnableObject>(object: T, uid: string): T {
  const references = (object.metadata?.ownerReferences ?? []).filter((reference) => reference.uid !== uid);
  return { ...object, metadata: { ...object.metadata, ownerReferences: references } };
}
