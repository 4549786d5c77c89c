// persistentVolumeClaimRetentionPolicy as Kubernetes implements it: through owner references on
// the claims, so the garbage collector removes them. whenDeleted=Delete makes the set an owner of
// every claim it uses; whenScaled=Delete makes a condemned pod (outside the ordinal range) the
// owner of its claims, so they go with it. Retain removes those references again.
import type { OwnerReference, PersistentVolumeClaim, Pod, StatefulSet } from "./types.ts";

export interface RetentionPolicy {
  whenDeleted: "Retain" | "Delete";
  whenScaled: "Retain" | "Delete";
}

export function retentionPolicy(set: StatefulSet): RetentionPolicy {
  const policy = set.spec?.persistentVolumeClaimRetentionPolicy;
  return {
    whenDeleted: policy?.whenDeleted === "Delete" ? "Delete" : "Retain",
    whenScaled: policy?.whenScaled === "Delete" ? "Delete" : "Retain",
  };
}

function referenceTo(owner: { metadata?: { name?: string | null; uid?: string | null } | null }, apiVersion: string, kind: string): OwnerReference {
  return { apiVersion, kind, name: owner.metadata?.name ?? "", uid: owner.metadata?.uid ?? "" };
}

/**
 * The claim's owner references under the policy, for a claim of `pod` (`condemned`: its ordinal
 * is outside the range). Returns undefined when they are already right.
 */
export function claimWithRetention(claim: PersistentVolumeClaim, set: StatefulSet, pod: Pod, condemned: boolean): PersistentVolumeClaim | undefined {
  const policy = retentionPolicy(set);
  const setUid = set.metadata?.uid ?? "";
  const podUid = pod.metadata?.uid ?? "";
  const wantSet = policy.whenDeleted === "Delete" && !(policy.whenScaled === "Delete" && condemned);
  const wantPod = policy.whenScaled === "Delete" && condemned && podUid !== "";
  const current = claim.metadata?.ownerReferences ?? [];
  const others = current.filter((reference) => reference.uid !== setUid && !(reference.kind === "Pod" && reference.name === pod.metadata?.name));
  const wanted = [...others];
  if (wantSet) wanted.push(current.find((reference) => reference.uid === setUid) ?? referenceTo(set, "apps/v1", "StatefulSet"));
  if (wantPod) wanted.push(current.find((reference) => reference.uid === podUid) ?? referenceTo(pod, "v1", "Pod"));
  const uids = (references: readonly OwnerReference[]) => references.map((reference) => reference.uid ?? "").sort().join(",");
  if (uids(current) === uids(wanted)) return undefined;
  return { ...claim, metadata: { ...claim.metadata, ownerReferences: wanted } };
}
