// PersistentVolumes and StorageClasses. Troupe's volumes are node-local: a PV has at most one
// source, hostPath or local (none for ones a provisioner will fill in).
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isDns1123Subdomain, isQualifiedName } from "../../../../runtime/validation/names.ts";
import { forbidden, invalid, invalidEach, notSupported, required, validateEnum } from "./field-errors.ts";
import { validateAccessModes, VOLUME_MODES } from "./persistent-volume-claim.ts";
import { validatePositiveQuantity } from "./resources.ts";
import { sameMessage } from "./same-message.ts";

type PersistentVolume = troupe.v1.PersistentVolume.$Properties;
type PersistentVolumeSpec = troupe.v1.PersistentVolumeSpec.$Properties;
type StorageClass = troupe.v1.StorageClass.$Properties;

const PV_RECLAIM_POLICIES = ["Delete", "Recycle", "Retain"];
const CLASS_RECLAIM_POLICIES = ["Delete", "Retain"];
const BINDING_MODES = ["Immediate", "WaitForFirstConsumer"];

function validateCapacity(capacity: Record<string, string> | null | undefined): FieldError[] {
  const entries = Object.entries(capacity ?? {});
  if (entries.length === 0) return [required("spec.capacity")];
  if (!capacity?.storage || entries.length > 1) return [notSupported("spec.capacity", capacity, ["storage"])];
  return validatePositiveQuantity(capacity.storage, indexPath("spec.capacity", "storage"));
}

function validateSource(spec: PersistentVolumeSpec): FieldError[] {
  const errors: FieldError[] = [];
  if (spec.hostPath && spec.local) errors.push(forbidden("spec.local", "may not specify more than 1 volume type"));
  for (const source of ["hostPath", "local"] as const) {
    const path = spec[source]?.path;
    if (!spec[source]) continue;
    if (!path) errors.push(required(`spec.${source}.path`));
    else if (path.split("/").includes("..")) errors.push(invalid(`spec.${source}.path`, path, "must not contain '..'"));
  }
  // A local volume lives on one node; without affinity a pod could be sent anywhere.
  if (spec.local && !spec.nodeAffinity?.required) errors.push(required("spec.nodeAffinity", "Local volume requires node affinity"));
  return errors;
}

export function validatePersistentVolume(volume: PersistentVolume): FieldError[] {
  const spec = volume.spec ?? {};
  const errors = [
    ...validateAccessModes(spec.accessModes, "spec.accessModes"),
    ...validateCapacity(spec.capacity),
    ...validateSource(spec),
  ];
  const policy = spec.persistentVolumeReclaimPolicy;
  if (policy && !PV_RECLAIM_POLICIES.includes(policy)) errors.push(notSupported("spec.persistentVolumeReclaimPolicy", policy, PV_RECLAIM_POLICIES));
  if (spec.volumeMode && !VOLUME_MODES.includes(spec.volumeMode)) errors.push(notSupported("spec.volumeMode", spec.volumeMode, VOLUME_MODES));
  if (spec.storageClassName) errors.push(...invalidEach("spec.storageClassName", spec.storageClassName, isDns1123Subdomain(spec.storageClassName)));
  return errors;
}

export function validatePersistentVolumeUpdate(volume: PersistentVolume, old: PersistentVolume): FieldError[] {
  const spec = volume.spec ?? {};
  const oldSpec = old.spec ?? {};
  const errors: FieldError[] = [];
  const source = (value: PersistentVolumeSpec): PersistentVolumeSpec => ({ hostPath: value.hostPath, local: value.local });
  if (!sameMessage("PersistentVolumeSpec", source(spec), source(oldSpec))) {
    errors.push(forbidden(childPath("spec", "persistentvolumesource"), "spec.persistentvolumesource is immutable after creation"));
  }
  if ((spec.volumeMode ?? "") !== (oldSpec.volumeMode ?? "")) errors.push(invalid("spec.volumeMode", spec.volumeMode ?? "", "field is immutable"));
  return errors;
}

export function validateStorageClass(storageClass: StorageClass): FieldError[] {
  const provisioner = storageClass.provisioner ?? "";
  const errors = provisioner ? invalidEach("provisioner", provisioner, isQualifiedName(provisioner.toLowerCase())) : [required("provisioner")];
  const policy = storageClass.reclaimPolicy;
  if (policy && !CLASS_RECLAIM_POLICIES.includes(policy)) errors.push(notSupported("reclaimPolicy", policy, CLASS_RECLAIM_POLICIES));
  errors.push(...validateEnum("volumeBindingMode", storageClass.volumeBindingMode, BINDING_MODES));
  return errors;
}

// Volumes already provisioned from a class were made with its settings; changing them would lie.
export function validateStorageClassUpdate(storageClass: StorageClass, old: StorageClass): FieldError[] {
  const errors: FieldError[] = [];
  if (!sameMessage("StorageClass", { parameters: storageClass.parameters }, { parameters: old.parameters })) {
    errors.push(forbidden("parameters", "updates to parameters are forbidden."));
  }
  if ((storageClass.provisioner ?? "") !== (old.provisioner ?? "")) errors.push(forbidden("provisioner", "updates to provisioner are forbidden."));
  if ((storageClass.reclaimPolicy ?? "") !== (old.reclaimPolicy ?? "")) errors.push(forbidden("reclaimPolicy", "updates to reclaimPolicy are forbidden."));
  if ((storageClass.volumeBindingMode ?? "") !== (old.volumeBindingMode ?? "")) {
    errors.push(invalid("volumeBindingMode", storageClass.volumeBindingMode ?? "", "field is immutable"));
  }
  return errors;
}
