// Pod volumes (unique DNS-label names, exactly one source each) and the mounts that use them.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isDns1123Label } from "../../../../runtime/validation/names.ts";
import { volumeSourcesOf } from "../volume-sources.ts";
import { duplicate, forbidden, invalid, invalidEach, notSupported, required } from "./field-errors.ts";
import { validateQuantity } from "./resources.ts";

type Volume = troupe.v1.Volume.$Properties;
type VolumeMount = troupe.v1.VolumeMount.$Properties;
type KeyToPath = troupe.v1.KeyToPath.$Properties;
type DownwardAPIVolumeFile = troupe.v1.DownwardAPIVolumeFile.$Properties;

const FILE_MODE_MESSAGE = "must be a number between 0 and 0777 (octal), both inclusive";
const HOST_PATH_TYPES = ["", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice"];
const MOUNT_PROPAGATIONS = ["None", "HostToContainer", "Bidirectional"];

function validateFileMode(mode: number | null | undefined, field: string): FieldError[] {
  return mode != null && (mode < 0 || mode > 0o777) ? [invalid(field, mode, FILE_MODE_MESSAGE)] : [];
}

/** Paths inside a volume or mount: relative and never climbing out. */
export function validateLocalDescendingPath(path: string, field: string): FieldError[] {
  const errors: FieldError[] = [];
  if (path.startsWith("/")) errors.push(invalid(field, path, "must be a relative path"));
  if (path.split("/").includes("..")) errors.push(invalid(field, path, "must not contain '..'"));
  return errors;
}

function validateItems(items: KeyToPath[] | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  (items ?? []).forEach((item, index) => {
    const path = indexPath(field, index);
    if (!item.key) errors.push(required(childPath(path, "key")));
    if (!item.path) errors.push(required(childPath(path, "path")));
    else {
      errors.push(...validateLocalDescendingPath(item.path, childPath(path, "path")));
      if (item.path.startsWith("..")) errors.push(invalid(childPath(path, "path"), item.path, "must not start with '..'"));
    }
    errors.push(...validateFileMode(item.mode, childPath(path, "mode")));
  });
  return errors;
}

function validateDownwardItems(items: DownwardAPIVolumeFile[] | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  (items ?? []).forEach((item, index) => {
    const path = indexPath(field, index);
    if (!item.path) errors.push(required(childPath(path, "path")));
    else errors.push(...validateLocalDescendingPath(item.path, childPath(path, "path")));
    if (!item.fieldRef === !item.resourceFieldRef) errors.push(invalid(path, "", "fieldRef and resourceFieldRef can not be specified simultaneously; exactly one is required"));
    errors.push(...validateFileMode(item.mode, childPath(path, "mode")));
  });
  return errors;
}

function validateProjected(projected: troupe.v1.ProjectedVolumeSource.$Properties, field: string): FieldError[] {
  const errors = validateFileMode(projected.defaultMode, childPath(field, "defaultMode"));
  (projected.sources ?? []).forEach((source, index) => {
    const path = indexPath(childPath(field, "sources"), index);
    const kinds = (["secret", "downwardAPI", "configMap", "serviceAccountToken"] as const).filter((kind) => source[kind]);
    if (kinds.length !== 1) errors.push(forbidden(path, "may not specify more than 1 volume type per source"));
    if (source.configMap) errors.push(...validateItems(source.configMap.items, childPath(path, "configMap.items")));
    if (source.secret) errors.push(...validateItems(source.secret.items, childPath(path, "secret.items")));
    if (source.downwardAPI) errors.push(...validateDownwardItems(source.downwardAPI.items, childPath(path, "downwardAPI.items")));
  });
  return errors;
}

function validateVolumeSource(volume: Volume, path: string): FieldError[] {
  const sources = volumeSourcesOf(volume);
  if (sources.length === 0) return [required(path, "must specify a volume type")];
  const errors = sources.slice(1).map((source) => forbidden(childPath(path, source), "may not specify more than 1 volume type"));
  const { hostPath, emptyDir, configMap, secret, persistentVolumeClaim } = volume;
  if (hostPath) {
    if (!hostPath.path) errors.push(required(childPath(path, "hostPath.path")));
    if (!HOST_PATH_TYPES.includes(hostPath.type ?? "")) errors.push(notSupported(childPath(path, "hostPath.type"), hostPath.type, HOST_PATH_TYPES));
  }
  if (emptyDir?.sizeLimit) errors.push(...validateQuantity(emptyDir.sizeLimit, childPath(path, "emptyDir.sizeLimit")));
  if (configMap) {
    if (!configMap.name) errors.push(required(childPath(path, "configMap.name")));
    errors.push(...validateFileMode(configMap.defaultMode, childPath(path, "configMap.defaultMode")));
    errors.push(...validateItems(configMap.items, childPath(path, "configMap.items")));
  }
  if (secret) {
    if (!secret.secretName) errors.push(required(childPath(path, "secret.secretName")));
    errors.push(...validateFileMode(secret.defaultMode, childPath(path, "secret.defaultMode")));
    errors.push(...validateItems(secret.items, childPath(path, "secret.items")));
  }
  if (volume.downwardAPI) {
    errors.push(...validateFileMode(volume.downwardAPI.defaultMode, childPath(path, "downwardAPI.defaultMode")));
    errors.push(...validateDownwardItems(volume.downwardAPI.items, childPath(path, "downwardAPI.items")));
  }
  if (volume.projected) errors.push(...validateProjected(volume.projected, childPath(path, "projected")));
  if (persistentVolumeClaim && !persistentVolumeClaim.claimName) errors.push(required(childPath(path, "persistentVolumeClaim.claimName")));
  return errors;
}

export function validateVolumes(volumes: Volume[] | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  (volumes ?? []).forEach((volume, index) => {
    const path = indexPath(field, index);
    const name = volume.name ?? "";
    if (!name) errors.push(required(childPath(path, "name")));
    else errors.push(...invalidEach(childPath(path, "name"), name, isDns1123Label(name)));
    if (name && seen.has(name)) errors.push(duplicate(childPath(path, "name"), name));
    seen.add(name);
    errors.push(...validateVolumeSource(volume, path));
  });
  return errors;
}

/** `volumeNames`: the pod's volumes, plus a StatefulSet's claim templates. */
export function validateVolumeMounts(mounts: VolumeMount[] | null | undefined, volumeNames: ReadonlySet<string>, field: string): FieldError[] {
  const errors: FieldError[] = [];
  const mountPaths = new Set<string>();
  (mounts ?? []).forEach((mount, index) => {
    const path = indexPath(field, index);
    const name = mount.name ?? "";
    if (!name) errors.push(required(childPath(path, "name")));
    // Kubernetes reports this as NotFound; Troupe's field errors have no such type, so Invalid.
    else if (!volumeNames.has(name)) errors.push(invalid(childPath(path, "name"), name, "not found: no volume of the pod has this name"));
    const mountPath = mount.mountPath ?? "";
    if (!mountPath) errors.push(required(childPath(path, "mountPath")));
    else if (!mountPath.startsWith("/")) errors.push(invalid(childPath(path, "mountPath"), mountPath, "must be an absolute path"));
    if (mountPath && mountPaths.has(mountPath)) errors.push(invalid(childPath(path, "mountPath"), mountPath, "must be unique"));
    mountPaths.add(mountPath);
    if (mount.subPath) errors.push(...validateLocalDescendingPath(mount.subPath, childPath(path, "subPath")));
    if (mount.mountPropagation && !MOUNT_PROPAGATIONS.includes(mount.mountPropagation)) {
      errors.push(notSupported(childPath(path, "mountPropagation"), mount.mountPropagation, MOUNT_PROPAGATIONS));
    }
  });
  return errors;
}
