// The objects the PV controller reads, as informers hold them.
import type { troupe } from "../../../proto/gen/troupe.js";
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";

export type VolumeObject = troupe.v1.PersistentVolume.$Properties & ApiObject;
export type ClaimObject = troupe.v1.PersistentVolumeClaim.$Properties & ApiObject;
export type StorageClassObject = troupe.v1.StorageClass.$Properties & ApiObject;

function resource(plural: string): ResourceInfo {
  const info = findResource(plural);
  if (!info) throw new Error(`unknown resource ${plural}`);
  return info;
}

export const PERSISTENT_VOLUMES = resource("persistentvolumes");
export const PERSISTENT_VOLUME_CLAIMS = resource("persistentvolumeclaims");
export const STORAGE_CLASSES = resource("storageclasses");
