// Columns of PersistentVolume, PersistentVolumeClaim and StorageClass.
import type { KubeObject } from "../../runtime/api-client.ts";
import { ageColumn, nameColumn, type Column } from "./column.ts";

interface VolumeJson {
  spec?: {
    capacity?: Record<string, string>;
    accessModes?: string[];
    persistentVolumeReclaimPolicy?: string;
    storageClassName?: string;
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

// kubectl (1.29+) prints "<unset>" where a volume or claim names no VolumeAttributesClass;
// Troupe has no VolumeAttributesClasses, so the column is always unset.
const volumeAttributesClassColumn: Column = {
  header: "VOLUMEATTRIBUTESCLASS",
  cell: (object) => (object.spec as { volumeAttributesClassName?: string } | undefined)?.volumeAttributesClassName || "<unset>",
};

export const persistentVolumeColumns: Column[] = [
  nameColumn,
  { header: "CAPACITY", cell: (object) => volume(object).spec?.capacity?.storage ?? "" },
  { header: "ACCESS MODES", cell: (object) => accessModes(volume(object).spec?.accessModes) },
  { header: "RECLAIM POLICY", cell: (object) => volume(object).spec?.persistentVolumeReclaimPolicy ?? "Retain" },
  { header: "STATUS", cell: (object) => volume(object).status?.phase ?? "" },
  {
    header: "CLAIM",
    cell(object) {
      const claim = volume(object).spec?.claimRef;
      return claim?.name ? `${claim.namespace ?? ""}/${claim.name}` : "";
    },
  },
  { header: "STORAGECLASS", cell: (object) => volume(object).spec?.storageClassName ?? "" },
  volumeAttributesClassColumn,
  { header: "REASON", cell: (object) => volume(object).status?.reason ?? "" },
  ageColumn,
];

export const persistentVolumeClaimColumns: Column[] = [
  nameColumn,
  { header: "STATUS", cell: (object) => volume(object).status?.phase ?? "" },
  { header: "VOLUME", cell: (object) => volume(object).spec?.volumeName ?? "" },
  { header: "CAPACITY", cell: (object) => volume(object).status?.capacity?.storage ?? "" },
  { header: "ACCESS MODES", cell: (object) => accessModes(volume(object).status?.accessModes) },
  { header: "STORAGECLASS", cell: (object) => volume(object).spec?.storageClassName ?? "" },
  volumeAttributesClassColumn,
  ageColumn,
];

export const storageClassColumns: Column[] = [
  {
    header: "NAME",
    // kubectl marks the default class in the NAME column.
    cell(object) {
      const annotations = storageClass(object).metadata?.annotations ?? {};
      const name = object.metadata?.name ?? "";
      return annotations["storageclass.kubernetes.io/is-default-class"] === "true" ? `${name} (default)` : name;
    },
  },
  { header: "PROVISIONER", cell: (object) => storageClass(object).provisioner ?? "" },
  { header: "RECLAIMPOLICY", cell: (object) => storageClass(object).reclaimPolicy ?? "Delete" },
  { header: "VOLUMEBINDINGMODE", cell: (object) => storageClass(object).volumeBindingMode ?? "Immediate" },
  { header: "ALLOWVOLUMEEXPANSION", cell: (object) => String(storageClass(object).allowVolumeExpansion ?? false) },
  ageColumn,
];
