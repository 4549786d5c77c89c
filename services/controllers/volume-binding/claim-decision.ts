// The PV controller's decision for one claim (Kubernetes' syncClaim), pure: from the claim, the
// volumes, the classes, the pods and the selected node's labels it returns what to write.
import { ClaimPhases, StorageAnnotations, StorageFinalizers, VolumeBindingModes } from "../../../runtime/volumes/well-known.ts";
import { claimClass, findMatchingVolume, volumeRefersTo } from "./volume-match.ts";
import type { ClaimObject, StorageClassObject, VolumeObject } from "./types.ts";

export interface ClaimEvent {
  type: "Normal" | "Warning";
  reason: string;
  message: string;
}

export type ClaimAction =
  | { kind: "none" }
  /** Protection: add the pvc-protection finalizer, or remove it from a claim no pod uses. */
  | { kind: "addFinalizer" }
  | { kind: "removeFinalizer" }
  /** Point the volume's claimRef at the claim, then the claim at the volume, then record Bound. */
  | { kind: "bind"; volume: VolumeObject }
  /** The claim's volume is gone or taken: phase Lost. */
  | { kind: "lost"; message: string }
  /** Wait (phase Pending), optionally asking a provisioner through the claim's annotation. */
  | { kind: "pending"; event?: ClaimEvent; provisioner?: string };

export interface ClaimState {
  claim: ClaimObject;
  volumes: readonly VolumeObject[];
  classes: ReadonlyMap<string, StorageClassObject>;
  /** Whether a pod that has not terminated names the claim. */
  inUse: boolean;
  /** Labels of the node in the claim's selected-node annotation, when it names one that exists. */
  selectedNodeLabels?: Readonly<Record<string, string>>;
}

export function hasFinalizer(object: { metadata?: { finalizers?: string[] | null } | null }, finalizer: string): boolean {
  return (object.metadata?.finalizers ?? []).includes(finalizer);
}

export function decideClaim(state: ClaimState): ClaimAction {
  const { claim, volumes, classes } = state;
  if (claim.metadata?.deletionTimestamp) {
    return hasFinalizer(claim, StorageFinalizers.claimProtection) && !state.inUse ? { kind: "removeFinalizer" } : { kind: "none" };
  }
  if (!hasFinalizer(claim, StorageFinalizers.claimProtection)) return { kind: "addFinalizer" };
  const volumeName = claim.spec?.volumeName;
  if (volumeName) {
    const volume = volumes.find((candidate) => candidate.metadata?.name === volumeName);
    if (!volume) {
      if (claim.status?.phase === ClaimPhases.bound || claim.status?.phase === ClaimPhases.lost) {
        return { kind: "lost", message: "Bound claim has lost reference to PersistentVolume. Data on the volume is lost!" };
      }
      return { kind: "pending" };
    }
    if (volume.spec?.claimRef?.name && !volumeRefersTo(volume, claim)) {
      if (claim.status?.phase === ClaimPhases.bound || claim.status?.phase === ClaimPhases.lost) {
        return { kind: "lost", message: "Two claims are bound to the same volume, this one is bound incorrectly" };
      }
      return { kind: "pending" };
    }
    if (isBoundTo(claim, volume)) return { kind: "none" };
    const match = findMatchingVolume(claim, [volume]);
    return match ? { kind: "bind", volume: match } : { kind: "pending" };
  }
  // A volume the provisioner (or an administrator) made for this claim binds before anything else.
  const preBound = volumes.find((volume) => volume.spec?.claimRef?.uid && volumeRefersTo(volume, claim) && !volume.metadata?.deletionTimestamp);
  if (preBound) return { kind: "bind", volume: preBound };
  const className = claimClass(claim);
  const storageClass = className ? classes.get(className) : undefined;
  const waitsForConsumer = storageClass?.volumeBindingMode === VolumeBindingModes.waitForFirstConsumer;
  const selectedNode = claim.metadata?.annotations?.[StorageAnnotations.selectedNode];
  if (waitsForConsumer && !selectedNode) {
    return { kind: "pending", event: { type: "Normal", reason: "WaitForFirstConsumer", message: "waiting for first consumer to be created before binding" } };
  }
  const match = findMatchingVolume(claim, volumes, waitsForConsumer ? state.selectedNodeLabels ?? {} : undefined);
  if (match) return { kind: "bind", volume: match };
  if (!className) {
    return { kind: "pending", event: { type: "Normal", reason: "FailedBinding", message: "no persistent volumes available for this claim and no storage class is set" } };
  }
  if (!storageClass) {
    return { kind: "pending", event: { type: "Warning", reason: "ProvisioningFailed", message: `storageclass.storage.k8s.io "${className}" not found` } };
  }
  const provisioner = storageClass.provisioner ?? "";
  return {
    kind: "pending",
    provisioner,
    event: {
      type: "Normal",
      reason: "ExternalProvisioning",
      message: `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`,
    },
  };
}

/** Whether the claim already shows the binding to `volume` in full (spec, annotation, status). */
export function isBoundTo(claim: ClaimObject, volume: VolumeObject): boolean {
  return claim.spec?.volumeName === volume.metadata?.name &&
    claim.metadata?.annotations?.[StorageAnnotations.bindCompleted] === "yes" &&
    claim.status?.phase === ClaimPhases.bound &&
    (claim.status?.capacity?.storage ?? "") === (volume.spec?.capacity?.storage ?? "") &&
    (claim.status?.accessModes ?? []).join(",") === (volume.spec?.accessModes ?? []).join(",") &&
    volumeRefersTo(volume, claim) && Boolean(volume.spec?.claimRef?.uid);
}
