// Kubernetes' defaults for PersistentVolumes, PersistentVolumeClaims and StorageClasses: new
// volumes and claims start Pending until the binder pairs them.
import type { troupe } from "../../../../proto/gen/troupe.js";

type PersistentVolume = troupe.v1.PersistentVolume.$Properties;
type PersistentVolumeClaim = troupe.v1.PersistentVolumeClaim.$Properties;
type StorageClass = troupe.v1.StorageClass.$Properties;

export function defaultPersistentVolumeClaim(claim: PersistentVolumeClaim): void {
  const spec = (claim.spec ??= {});
  spec.volumeMode ||= "Filesystem";
  const status = (claim.status ??= {});
  status.phase ||= "Pending";
}

export function defaultPersistentVolume(volume: PersistentVolume): void {
  const spec = (volume.spec ??= {});
  spec.persistentVolumeReclaimPolicy ||= "Retain";
  spec.volumeMode ||= "Filesystem";
  const status = (volume.status ??= {});
  status.phase ||= "Pending";
}

export function defaultStorageClass(storageClass: StorageClass): void {
  storageClass.reclaimPolicy ||= "Delete";
  storageClass.volumeBindingMode ||= "Immediate";
}
