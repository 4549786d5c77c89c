// The resources the controllers read and write, and their objects in the form informers hold
// them: the generated message types, which are also ApiObjects.
import type { troupe } from "../../proto/gen/troupe.js";
import { findResource, type ResourceInfo } from "../../runtime/codec/resources.ts";
import type { ApiObject } from "../../runtime/store/object-repository.ts";

function resource(plural: string): ResourceInfo {
  const info = findResource(plural);
  if (!info) throw new Error(`unknown resource ${plural}`);
  return info;
}

export const PODS = resource("pods");
export const NODES = resource("nodes");
export const REPLICA_SETS = resource("replicasets");
export const DEPLOYMENTS = resource("deployments");
export const STATEFUL_SETS = resource("statefulsets");
export const DAEMON_SETS = resource("daemonsets");
export const SERVICES = resource("services");
export const ENDPOINTS = resource("endpoints");
export const CONFIG_MAPS = resource("configmaps");
export const NAMESPACES = resource("namespaces");
export const SERVICE_ACCOUNTS = resource("serviceaccounts");
export const INGRESSES = resource("ingresses");
export const PERSISTENT_VOLUME_CLAIMS = resource("persistentvolumeclaims");
export const CONTROLLER_REVISIONS = resource("controllerrevisions");
export const POD_DISRUPTION_BUDGETS = resource("poddisruptionbudgets");
export const CLUSTER_ROLES = resource("clusterroles");
export const JOBS = resource("jobs");
export const CRON_JOBS = resource("cronjobs");
export const HORIZONTAL_POD_AUTOSCALERS = resource("horizontalpodautoscalers");
export const VERTICAL_POD_AUTOSCALERS = resource("verticalpodautoscalers");

export type PodObject = troupe.v1.Pod.$Properties & ApiObject;
export type NodeObject = troupe.v1.Node.$Properties & ApiObject;
export type ReplicaSetObject = troupe.v1.ReplicaSet.$Properties & ApiObject;
export type DeploymentObject = troupe.v1.Deployment.$Properties & ApiObject;
export type ServiceObject = troupe.v1.Service.$Properties & ApiObject;
export type EndpointsObject = troupe.v1.Endpoints.$Properties & ApiObject;
export type IngressObject = troupe.v1.Ingress.$Properties & ApiObject;
export type StatefulSetObject = troupe.v1.StatefulSet.$Properties & ApiObject;
export type DaemonSetObject = troupe.v1.DaemonSet.$Properties & ApiObject;
export type PersistentVolumeClaimObject = troupe.v1.PersistentVolumeClaim.$Properties & ApiObject;
export type ControllerRevisionObject = troupe.v1.ControllerRevision.$Properties & ApiObject;
export type PodDisruptionBudgetObject = troupe.v1.PodDisruptionBudget.$Properties & ApiObject;
export type JobObject = troupe.v1.Job.$Properties & ApiObject;
export type CronJobObject = troupe.v1.CronJob.$Properties & ApiObject;
export type ClusterRoleObject = troupe.v1.ClusterRole.$Properties & ApiObject;
export type NamespaceObject = troupe.v1.Namespace.$Properties & ApiObject;
export type ServiceAccountObject = troupe.v1.ServiceAccount.$Properties & ApiObject;
export type ConfigMapObject = troupe.v1.ConfigMap.$Properties & ApiObject;
