// Which columns each kind prints: one list for `troupe get` and for kube-api's Tables.
import { horizontalPodAutoscalerColumns } from "./autoscaling-columns.ts";
import { verticalPodAutoscalerColumns } from "./vpa-columns.ts";
import type { Column } from "./column.ts";
import { configMapColumns, eventColumns, leaseColumns, secretColumns } from "./config-columns.ts";
import { cronJobColumns, jobColumns } from "./batch-columns.ts";
import { ingressColumns } from "./ingress-columns.ts";
import { metricsColumns } from "./metrics-columns.ts";
import { namespaceColumns, nodeColumns } from "./node-columns.ts";
import { podColumns } from "./pod-columns.ts";
import { priorityClassColumns } from "./scheduling-columns.ts";
import { podDisruptionBudgetColumns } from "./policy-columns.ts";
import { clusterRoleBindingColumns, roleBindingColumns, roleColumns } from "./rbac-columns.ts";
import { limitRangeColumns, resourceQuotaColumns } from "./quota-columns.ts";
import { serviceAccountColumns } from "./service-account-columns.ts";
import { endpointsColumns, serviceColumns } from "./service-columns.ts";
import { persistentVolumeClaimColumns, persistentVolumeColumns, storageClassColumns } from "./storage-columns.ts";
import { controllerRevisionColumns, daemonSetColumns, deploymentColumns, replicaSetColumns, statefulSetColumns } from "./workload-columns.ts";

const COLUMNS_BY_KIND: Readonly<Record<string, readonly Column[]>> = {
  Pod: podColumns,
  Deployment: deploymentColumns,
  ReplicaSet: replicaSetColumns,
  StatefulSet: statefulSetColumns,
  DaemonSet: daemonSetColumns,
  ControllerRevision: controllerRevisionColumns,
  Service: serviceColumns,
  Endpoints: endpointsColumns,
  Ingress: ingressColumns,
  Node: nodeColumns,
  Namespace: namespaceColumns,
  ConfigMap: configMapColumns,
  Secret: secretColumns,
  Event: eventColumns,
  ServiceAccount: serviceAccountColumns,
  Lease: leaseColumns,
  PersistentVolume: persistentVolumeColumns,
  PersistentVolumeClaim: persistentVolumeClaimColumns,
  StorageClass: storageClassColumns,
  PriorityClass: priorityClassColumns,
  ResourceQuota: resourceQuotaColumns,
  LimitRange: limitRangeColumns,
  PodDisruptionBudget: podDisruptionBudgetColumns,
  Job: jobColumns,
  CronJob: cronJobColumns,
  HorizontalPodAutoscaler: horizontalPodAutoscalerColumns,
  VerticalPodAutoscaler: verticalPodAutoscalerColumns,
  Role: roleColumns,
  ClusterRole: roleColumns,
  RoleBinding: roleBindingColumns,
  ClusterRoleBinding: clusterRoleBindingColumns,
  PodMetrics: metricsColumns,
  NodeMetrics: metricsColumns,
};

/** The kind's own columns, or undefined for a kind Kubernetes has no printer for. */
export function columnsForKind(kind: string): readonly Column[] | undefined {
  return Object.hasOwn(COLUMNS_BY_KIND, kind) ? COLUMNS_BY_KIND[kind] : undefined;
}
