// Columns of the workload kinds: Deployment, ReplicaSet, StatefulSet, DaemonSet, ControllerRevision.
import type { KubeObject } from "../api-client.ts";
import { ageColumn, column, formatLabels, formatSelector, nameColumn, selectorString, templateColumns, type Column, type ContainerJson, type LabelSelectorJson } from "./column.ts";

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

interface DaemonSetJson {
  spec?: { selector?: LabelSelectorJson; template?: { spec?: { nodeSelector?: Record<string, string> } } };
  status?: {
    desiredNumberScheduled?: number;
    currentNumberScheduled?: number;
    numberReady?: number;
    updatedNumberScheduled?: number;
    numberAvailable?: number;
  };
}

const daemonSet = (object: KubeObject) => object as unknown as DaemonSetJson;

export const daemonSetColumns: Column[] = [
  nameColumn,
  integer("Desired", "The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod).", (object) => daemonSet(object).status?.desiredNumberScheduled ?? 0),
  integer("Current", "The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod.", (object) => daemonSet(object).status?.currentNumberScheduled ?? 0),
  integer("Ready", "numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running with a Ready Condition.", (object) => daemonSet(object).status?.numberReady ?? 0),
  integer("Up-to-date", "The total number of nodes that are running updated daemon pod", (object) => daemonSet(object).status?.updatedNumberScheduled ?? 0),
  integer("Available", "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)", (object) => daemonSet(object).status?.numberAvailable ?? 0),
  column("Node Selector", "NodeSelector is a selector which must be true for the pod to fit on a node.", (object) => formatLabels(daemonSet(object).spec?.template?.spec?.nodeSelector)),
  ageColumn,
  ...templateColumns(containers),
  column("Selector", "A label query over pods that are managed by the daemon set.", (object) => formatSelector(daemonSet(object).spec?.selector), 1),
];

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
