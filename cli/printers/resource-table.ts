// Builds `troupe get` tables: the kind's columns (NAME AGE for kinds without their own),
// plus NAMESPACE with -A, LABELS with --show-labels and the wide columns with -o wide.
import type { KubeObject } from "../../runtime/api-client.ts";
import { kindRef } from "../object-ref.ts";
import type { TableRow } from "../table.ts";
import { ageColumn, formatLabels, nameColumn, type Column } from "./column.ts";
import { configMapColumns, eventColumns, leaseColumns, secretColumns } from "./config-columns.ts";
import { ingressColumns } from "./ingress-columns.ts";
import { namespaceColumns, nodeColumns } from "./node-columns.ts";
import { podColumns } from "./pod-columns.ts";
import { limitRangeColumns, resourceQuotaColumns } from "./quota-columns.ts";
import { endpointsColumns, serviceColumns } from "./service-columns.ts";
import { persistentVolumeClaimColumns, persistentVolumeColumns, storageClassColumns } from "./storage-columns.ts";
import { controllerRevisionColumns, deploymentColumns, replicaSetColumns, statefulSetColumns } from "./workload-columns.ts";

const COLUMNS_BY_KIND: Record<string, Column[]> = {
  Pod: podColumns,
  Deployment: deploymentColumns,
  ReplicaSet: replicaSetColumns,
  StatefulSet: statefulSetColumns,
  ControllerRevision: controllerRevisionColumns,
  Service: serviceColumns,
  Endpoints: endpointsColumns,
  Ingress: ingressColumns,
  Node: nodeColumns,
  Namespace: namespaceColumns,
  ConfigMap: configMapColumns,
  Secret: secretColumns,
  Event: eventColumns,
  Lease: leaseColumns,
  PersistentVolume: persistentVolumeColumns,
  PersistentVolumeClaim: persistentVolumeClaimColumns,
  StorageClass: storageClassColumns,
  ResourceQuota: resourceQuotaColumns,
  LimitRange: limitRangeColumns,
};

const GENERIC_COLUMNS: Column[] = [nameColumn, ageColumn];

export interface TableOptions {
  wide: boolean;
  /** Adds a leading NAMESPACE column (for namespaced kinds listed with -A). */
  namespaceColumn: boolean;
  showLabels: boolean;
  /** Writes names as "deployment.apps/web": used when one command prints several kinds. */
  kindPrefix: boolean;
}

export interface ResourceTable {
  header: TableRow;
  row(object: KubeObject, now: number): TableRow;
}

export function resourceTable(kind: string, options: TableOptions): ResourceTable {
  const columns = (COLUMNS_BY_KIND[kind] ?? GENERIC_COLUMNS).filter((column) => options.wide || !column.wide);
  const header = columns.map((column) => column.header);
  if (options.namespaceColumn) header.unshift("NAMESPACE");
  if (options.showLabels) header.push("LABELS");
  return {
    header,
    row(object, now) {
      const cells = columns.map((column) => {
        const cell = column.cell(object, now);
        return column.header === "NAME" && options.kindPrefix ? `${kindRef(object)}/${cell}` : cell;
      });
      if (options.namespaceColumn) cells.unshift(object.metadata?.namespace ?? "");
      if (options.showLabels) cells.push(formatLabels(object.metadata?.labels));
      return cells;
    },
  };
}
