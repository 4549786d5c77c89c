// The PV controller's decision for one volume (Kubernetes' syncVolume and PV protection), pure.
import { LOCAL_PATH_PROVISIONER, ReclaimPolicies, StorageAnnotations, StorageFinalizers, VolumePhases } from "../../../runtime/volumes/well-known.ts";
import { hasFinalizer } from "./claim-decision.ts";
import type { ClaimObject, VolumeObject } from "./types.ts";

export type VolumeAction =
  | { kind: "none" }
  | { kind: "addFinalizer" }
  | { kind: "removeFinalizer" }
  /** Write this phase (with a reason and message for Failed). */
  | { kind: "phase"; phase: string; reason?: string; message?: string };

/** Provisioners whose Delete reclaim another component carries out (the node's local-path provisioner). */
const DELETERS = new Set([LOCAL_PATH_PROVISIONER]);

export function decideVolume(volume: VolumeObject, claim: ClaimObject | undefined): VolumeAction {
  const phase = volume.status?.phase ?? "";
  if (volume.metadata?.deletionTimestamp) {
    // pv-protection: a volume bound to a claim stays until the claim lets go of it.
    return hasFinalizer(volume, StorageFinalizers.volumeProtection) && phase !== VolumePhases.bound ? { kind: "removeFinalizer" } : { kind: "none" };
  }
  if (!hasFinalizer(volume, StorageFinalizers.volumeProtection)) return { kind: "addFinalizer" };
  const wanted = desiredPhase(volume, claim);
  if (wanted.phase === phase && (wanted.phase !== VolumePhases.failed || volume.status?.message === wanted.message)) return { kind: "none" };
  return { kind: "phase", ...wanted };
}

function desiredPhase(volume: VolumeObject, claim: ClaimObject | undefined): { phase: string; reason?: string; message?: string } {
  const ref = volume.spec?.claimRef;
  // No claim, or pre-bound to a claim by name only: waiting to be bound.
  if (!ref?.name || !ref.uid) return { phase: VolumePhases.available };
  if (claim && claim.metadata?.uid === ref.uid) {
    // Bound once the claim points back; until then the claim's reconcile is finishing the bind.
    return { phase: claim.spec?.volumeName === volume.metadata?.name ? VolumePhases.bound : volume.status?.phase || VolumePhases.available };
  }
  // The claim is gone: reclaim.
  const policy = volume.spec?.persistentVolumeReclaimPolicy || ReclaimPolicies.retain;
  if (policy === ReclaimPolicies.retain) return { phase: VolumePhases.released };
  const provisioner = volume.metadata?.annotations?.[StorageAnnotations.provisionedBy] ?? "";
  if (policy === ReclaimPolicies.delete && DELETERS.has(provisioner)) return { phase: VolumePhases.released };
  if (policy === ReclaimPolicies.delete) {
    return { phase: VolumePhases.failed, reason: "VolumeFailedDelete", message: `error getting deleter volume plugin for volume "${volume.metadata?.name ?? ""}": no deletable volume plugin matched` };
  }
  return { phase: VolumePhases.failed, reason: "VolumeFailedRecycle", message: `No recycler plugin found for the volume!` };
}
