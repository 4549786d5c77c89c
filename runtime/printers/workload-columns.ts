// Columns of the workload kinds: Deployment, ReplicaSet, StatefulSet, ControllerRevision.
import type { KubeObject } from "../api-client.ts";
import { ageColumn, column, formatSelector, nameColumn, selectorString, templateColumns, type Column, type ContainerJson, type LabelSelectorJson } from "./column.ts";

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
const readyOfDesired = column("Ready", "Number of the pod with ready state", (object) => `${workload(object).status?.readyReplicas ?? 0}/${desired(object)}`);

export const deploymentColumns: Column[] = [
  nameColumn,
  readyOfDesired,
  // kube-apiserver declares these "string" but sends integers.
  column("Up-to-date", "Total number of non-terminated pods targeted by this deployment that have the desired template spec.", (object) => workload(object).status?.updatedReplicas ?? 0),
  column("Available", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.", (object) => workload(object).status?.availableReplicas ?? 0),
  ageColumn,
  ...templateColumns(containers),
  // A Deployment prints its selector without "<none>" (labels.Selector String()).
  column("Selector", "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.", (object) => selectorString(workload(object).spec?.selector), 1),
];

const integer = (name: string, description: string, cell: Column["cell"]): Column => ({ name, type: "integer", description, priority: 0, cell });

export const replicaSetColumns: Column[] = [
  nameColumn,
  integer("Desired", "Replicas is the number of desired replicas.", (object) => desired(object)),
  integer("Current", "Replicas is the most recently observed number of replicas.", (object) => workload(object).status?.replicas ?? 0),
  integer("Ready", "The number of ready replicas for this replica set.", (object) => workload(object).status?.readyReplicas ?? 0),
  ageColumn,
  ...templateColumns(containers),
  column("Selector", "Selector is a label query over pods that should match the replica count.", (object) => formatSelector(workload(object).spec?.selector), 1),
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
  column("Controller", "Controller of the object", controllerOf),
  column("Revision", "Revision indicates the revision of the state represented by Data.", (object) => Number(revisionJson(object).revision ?? 0)),
  ageColumn,
];
