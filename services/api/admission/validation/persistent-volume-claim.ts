// PersistentVolumeClaims, standing alone or as a StatefulSet's volumeClaimTemplates.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { parseQuantity, isValidQuantity } from "../../../../runtime/quantity.ts";
import { isDns1123Subdomain } from "../../../../runtime/validation/names.ts";
import { forbidden, invalidEach, notSupported, required, validateEnum } from "./field-errors.ts";
import { validateLabelSelector } from "./labels.ts";
import { validatePositiveQuantity } from "./resources.ts";
import { sameMessage } from "./same-message.ts";

type PersistentVolumeClaim = troupe.v1.PersistentVolumeClaim.$Properties;
type PersistentVolumeClaimSpec = troupe.v1.PersistentVolumeClaimSpec.$Properties;

const ACCESS_MODES = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"];
export const VOLUME_MODES = ["Block", "Filesystem"];

/** Access modes shared by claims and volumes: known values, and ReadWriteOncePod alone. */
export function validateAccessModes(modes: string[] | null | undefined, field: string, requiredDetail = ""): FieldError[] {
  const list = modes ?? [];
  if (list.length === 0) return [required(field, requiredDetail)];
  const errors = list.filter((mode) => !ACCESS_MODES.includes(mode)).map((mode) => notSupported(field, mode, ACCESS_MODES));
  if (list.includes("ReadWriteOncePod") && list.length > 1) errors.push(forbidden(field, "may not use ReadWriteOncePod with other access modes"));
  return errors;
}

export function validatePersistentVolumeClaimSpec(spec: PersistentVolumeClaimSpec, field: string): FieldError[] {
  const errors = [
    ...validateAccessModes(spec.accessModes, childPath(field, "accessModes"), "at least 1 access mode is required"),
    ...validateLabelSelector(spec.selector, childPath(field, "selector")),
    ...validateEnum(childPath(field, "volumeMode"), spec.volumeMode, VOLUME_MODES),
  ];
  const storagePath = indexPath(childPath(field, "resources.requests"), "storage");
  const storage = spec.resources?.requests?.storage;
  if (!storage) errors.push(required(storagePath));
  else errors.push(...validatePositiveQuantity(storage, storagePath));
  if (spec.storageClassName) errors.push(...invalidEach(childPath(field, "storageClassName"), spec.storageClassName, isDns1123Subdomain(spec.storageClassName)));
  return errors;
}

export function validatePersistentVolumeClaim(claim: PersistentVolumeClaim): FieldError[] {
  return validatePersistentVolumeClaimSpec(claim.spec ?? {}, "spec");
}

function storageOf(spec: PersistentVolumeClaimSpec): number | undefined {
  const storage = spec.resources?.requests?.storage;
  return storage && isValidQuantity(storage) ? parseQuantity(storage) : undefined;
}

// A claim may grow and be bound (volumeName set once); the rest names what was provisioned.
export function validatePersistentVolumeClaimUpdate(claim: PersistentVolumeClaim, old: PersistentVolumeClaim): FieldError[] {
  const spec = claim.spec ?? {};
  const oldSpec = old.spec ?? {};
  const comparable = (value: PersistentVolumeClaimSpec, volumeName: string | undefined): PersistentVolumeClaimSpec =>
    ({ ...value, resources: undefined, volumeName });
  const errors: FieldError[] = [];
  if (!sameMessage("PersistentVolumeClaimSpec", comparable(spec, oldSpec.volumeName ? spec.volumeName : undefined), comparable(oldSpec, oldSpec.volumeName))) {
    errors.push(forbidden("spec", "spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims"));
  }
  const size = storageOf(spec);
  const oldSize = storageOf(oldSpec);
  if (size !== undefined && oldSize !== undefined && size < oldSize) {
    errors.push(forbidden(indexPath("spec.resources.requests", "storage"), "field can not be less than previous value"));
  }
  return errors;
}
