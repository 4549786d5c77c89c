// Columns of PersistentVolume, PersistentVolumeClaim and StorageClass (printPersistentVolume,
// printPersistentVolumeClaim, printStorageClass).
import type { KubeObject } from "../api-client.ts";
import { ageColumn, column, nameColumn, NAME_DESCRIPTION, type Column } from "./column.ts";

interface VolumeJson {
  metadata?: { deletionTimestamp?: string };
  spec?: {
    capacity?: Record<string, string>;
    accessModes?: string[];
    persistentVolumeReclaimPolicy?: string;
    storageClassName?: string;
    volumeAttributesClassName?: string;
    volumeMode?: string;
    claimRef?: { namespace?: string; name?: string };
    volumeName?: string;
  };
  status?: { phase?: string; reason?: string; capacity?: Record<string, string>; accessModes?: string[] };
}

interface StorageClassJson {
  metadata?: { annotations?: Record<string, string> };
  provisioner?: string;
  reclaimPolicy?: string;
  volumeBindingMode?: string;
  allowVolumeExpansion?: boolean;
}

const volume = (object: KubeObject) => object as unknown as VolumeJson;
const storageClass = (object: KubeObject) => object as unknown as StorageClassJson;

const ACCESS_MODE_SHORT: Record<string, string> = {
  ReadWriteOnce: "RWO",
  ReadOnlyMany: "ROX",
  ReadWriteMany: "RWX",
  ReadWriteOncePod: "RWOP",
};

export function accessModes(modes: readonly string[] | undefined): string {
  return (modes ?? []).map((mode) => ACCESS_MODE_SHORT[mode] ?? mode).join(",");
}

/** The phase, or "Terminating" once deletion has begun. */
const phase = (object: KubeObject) => (volume(object).metadata?.deletionTimestamp ? "Terminating" : (volume(object).status?.phase ?? ""));
// kubectl (1.29+) prints "<unset>" where a volume or claim names no VolumeAttributesClass;
// Troupe has no VolumeAttributesClasses, so the column is always unset.
const volumeAttributesClass = (what: string) =>
  column("VolumeAttributesClass", `VolumeAttributesClass of the ${what}`, (object) => volume(object).spec?.volumeAttributesClassName || "<unset>");
const volumeMode = (description: string) => column("VolumeMode", description, (object) => volume(object).spec?.volumeMode || "<unset>", 1);

export const persistentVolumeColumns: Column[] = [
  nameColumn,
  column("Capacity", "capacity is the description of the persistent volume's resources and capacity.", (object) => volume(object).spec?.capacity?.storage ?? ""),
  column("Access Modes", "accessModes contains all ways the volume can be mounted.", (object) => accessModes(volume(object).spec?.accessModes)),
  column("Reclaim Policy", "persistentVolumeReclaimPolicy defines what happens to a persistent volume when released from its claim.", (object) => volume(object).spec?.persistentVolumeReclaimPolicy ?? "Retain"),
  column("Status", "phase indicates if a volume is available, bound to a claim, or released by a claim.", phase),
  column("Claim", "claimRef is part of a bi-directional binding between PersistentVolume and PersistentVolumeClaim.", (object) => {
    const claim = volume(object).spec?.claimRef;
    return claim ? `${claim.namespace ?? ""}/${claim.name ?? ""}` : "";
  }),
  column("StorageClass", "StorageClass of the pv", (object) => volume(object).spec?.storageClassName ?? ""),
  volumeAttributesClass("pv"),
  column("Reason", "reason is a brief CamelCase string that describes any failure and is meant for machine parsing and tidy display in the CLI.", (object) => volume(object).status?.reason ?? ""),
  ageColumn,
  volumeMode("volumeMode defines if a volume is intended to be used with a formatted filesystem or to remain in raw block state."),
];

/** A claim shows capacity and access modes only once it is bound to a volume. */
const bound = (object: KubeObject) => Boolean(volume(object).spec?.volumeName);

export const persistentVolumeClaimColumns: Column[] = [
  nameColumn,
  column("Status", "phase represents the current phase of PersistentVolumeClaim.", phase),
  column("Volume", "volumeName is the binding reference to the PersistentVolume backing this claim.", (object) => volume(object).spec?.volumeName ?? ""),
  column("Capacity", "capacity represents the actual resources of the underlying volume.", (object) => (bound(object) ? (volume(object).status?.capacity?.storage ?? "") : "")),
  column("Access Modes", "accessModes contains the actual access modes the volume backing the PVC has.", (object) => (bound(object) ? accessModes(volume(object).status?.accessModes) : "")),
  column("StorageClass", "StorageClass of the pvc", (object) => volume(object).spec?.storageClassName ?? ""),
  volumeAttributesClass("pvc"),
  ageColumn,
  volumeMode("volumeMode defines what type of volume is required by the claim."),
];

const DEFAULT_CLASS_ANNOTATIONS = ["storageclass.kubernetes.io/is-default-class", "storageclass.beta.kubernetes.io/is-default-class"];

export const storageClassColumns: Column[] = [
  {
    ...nameColumn,
    description: NAME_DESCRIPTION,
    // kubectl marks the default class in the NAME column.
    cell(object) {
      const annotations = storageClass(object).metadata?.annotations ?? {};
      const name = object.metadata?.name ?? "";
      return DEFAULT_CLASS_ANNOTATIONS.some((key) => annotations[key] === "true") ? `${name} (default)` : name;
    },
  },
  column("Provisioner", "provisioner indicates the type of the provisioner.", (object) => storageClass(object).provisioner ?? ""),
  column("ReclaimPolicy", "reclaimPolicy controls the reclaimPolicy for dynamically provisioned PersistentVolumes of this storage class.", (object) => storageClass(object).reclaimPolicy ?? "Delete"),
  column("VolumeBindingMode", "volumeBindingMode indicates how PersistentVolumeClaims should be provisioned and bound.", (object) => storageClass(object).volumeBindingMode ?? "Immediate"),
  column("AllowVolumeExpansion", "allowVolumeExpansion shows whether the storage class allow volume expand.", (object) => storageClass(object).allowVolumeExpansion ?? false),
  ageColumn,
];
