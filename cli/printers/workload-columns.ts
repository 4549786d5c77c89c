// Columns of the workload kinds: Deployment, ReplicaSet, StatefulSet.
import type { KubeObject } from "../../runtime/api-client.ts";
import { ageColumn, count, nameColumn, formatSelector, templateColumns, type Column, type ContainerJson, type LabelSelectorJson } from "./column.ts";

interface WorkloadJson {
  spec?: {
    replicas?: number;
    selector?: LabelSelectorJson;
    template?: { spec?: { containers?: ContainerJson[] } };
  };
  status?: {
    replicas?: number;
    readyReplicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
  };
}

const workload = (object: KubeObject) => object as unknown as WorkloadJson;
// Kubernetes defaults spec.replicas to 1; an object read before defaulting should say so too.
const desired = (object: KubeObject) => workload(object).spec?.replicas ?? 1;
const containers = (object: KubeObject) => workload(object).spec?.template?.spec?.containers;
const readyOfDesired: Column = {
  header: "READY",
  cell: (object) => `${workload(object).status?.readyReplicas ?? 0}/${desired(object)}`,
};
const selectorColumn: Column = {
  header: "SELECTOR",
  wide: true,
  cell: (object) => formatSelector(workload(object).spec?.selector),
};

export const deploymentColumns: Column[] = [
  nameColumn,
  readyOfDesired,
  { header: "UP-TO-DATE", cell: (object) => count(workload(object).status?.updatedReplicas) },
  { header: "AVAILABLE", cell: (object) => count(workload(object).status?.availableReplicas) },
  ageColumn,
  ...templateColumns(containers),
  selectorColumn,
];

export const replicaSetColumns: Column[] = [
  nameColumn,
  { header: "DESIRED", cell: (object) => String(desired(object)) },
  { header: "CURRENT", cell: (object) => count(workload(object).status?.replicas) },
  { header: "READY", cell: (object) => count(workload(object).status?.readyReplicas) },
  ageColumn,
  ...templateColumns(containers),
  selectorColumn,
];

export const statefulSetColumns: Column[] = [nameColumn, readyOfDesired, ageColumn, ...templateColumns(containers)];

interface ControllerRevisionJson {
  revision?: number | string;
  metadata?: { ownerReferences?: { apiVersion?: string; kind?: string; name?: string; controller?: boolean }[] };
}

const revisionJson = (object: KubeObject) => object as unknown as ControllerRevisionJson;

/** kubectl's CONTROLLER cell: `statefulset.apps/web`, or `<none>` for an orphan. */
function controllerOf(object: KubeObject): string {
  const owner = (revisionJson(object).metadata?.ownerReferences ?? []).find((reference) => reference.controller);
  if (!owner) return "<none>";
  const group = owner.apiVersion?.includes("/") ? `.${owner.apiVersion.split("/")[0]}` : "";
  return `${(owner.kind ?? "").toLowerCase()}${group}/${owner.name ?? ""}`;
}

export const controllerRevisionColumns: Column[] = [
  nameColumn,
  { header: "CONTROLLER", cell: controllerOf },
  { header: "REVISION", cell: (object) => String(revisionJson(object).revision ?? 0) },
  ageColumn,
];
