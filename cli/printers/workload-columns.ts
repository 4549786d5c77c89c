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
