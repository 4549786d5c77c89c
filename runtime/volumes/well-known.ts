// Names Kubernetes gives to the annotations, finalizers and phases of PersistentVolumes, claims
// and StorageClasses, shared by the API's admission, the PV controller, the scheduler's
// VolumeBinding plugin and the kubelet's local-path provisioner.

export const StorageAnnotations = {
  /** On the claim, set by the PV controller once it is bound ("yes"). */
  bindCompleted: "pv.kubernetes.io/bind-completed",
  /** On PV (claimRef) or claim (volumeName): the controller, not the user, made the link. */
  boundByController: "pv.kubernetes.io/bound-by-controller",
  /** On a dynamically provisioned PV: the provisioner that made it. */
  provisionedBy: "pv.kubernetes.io/provisioned-by",
  /** On the claim: the node the scheduler chose for its first consumer (WaitForFirstConsumer). */
  selectedNode: "volume.kubernetes.io/selected-node",
  /** On the claim: the provisioner asked to make its volume (and the legacy beta key). */
  storageProvisioner: "volume.kubernetes.io/storage-provisioner",
  betaStorageProvisioner: "volume.beta.kubernetes.io/storage-provisioner",
  /** On a StorageClass: claims without storageClassName get it at admission. */
  isDefaultClass: "storageclass.kubernetes.io/is-default-class",
} as const;

export const StorageFinalizers = {
  claimProtection: "kubernetes.io/pvc-protection",
  volumeProtection: "kubernetes.io/pv-protection",
} as const;

export const VolumePhases = {
  pending: "Pending",
  available: "Available",
  bound: "Bound",
  released: "Released",
  failed: "Failed",
} as const;

export const ClaimPhases = {
  pending: "Pending",
  bound: "Bound",
  lost: "Lost",
} as const;

export const ReclaimPolicies = {
  retain: "Retain",
  delete: "Delete",
  recycle: "Recycle",
} as const;

export const VolumeBindingModes = {
  immediate: "Immediate",
  waitForFirstConsumer: "WaitForFirstConsumer",
} as const;

/** Troupe's local-path provisioner (k3s calls its own `rancher.io/local-path`). */
export const LOCAL_PATH_PROVISIONER = "troupe.io/local-path";
/** The StorageClass `troupe up` creates and marks default. */
export const DEFAULT_STORAGE_CLASS_NAME = "standard";
export const HOSTNAME_LABEL = "kubernetes.io/hostname";

/** The default class among `classes`, as Kubernetes' DefaultStorageClass admission picks it (newest wins). */
export function defaultStorageClassOf<T extends { metadata?: { name?: string | null; annotations?: Record<string, string> | null; creationTimestamp?: string | null } | null }>(classes: readonly T[]): T | undefined {
  const defaults = classes.filter((candidate) => candidate.metadata?.annotations?.[StorageAnnotations.isDefaultClass] === "true");
  defaults.sort((a, b) => (b.metadata?.creationTimestamp ?? "").localeCompare(a.metadata?.creationTimestamp ?? "") || (a.metadata?.name ?? "").localeCompare(b.metadata?.name ?? ""));
  return defaults[0];
}
