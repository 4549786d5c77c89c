// Defaulting, the admission step before validation: fills in what Kubernetes fills in for each
// kind, in place, so stored objects (and what `get -o yaml` shows) read like Kubernetes'.
import { defaultHorizontalPodAutoscaler } from "./defaults/autoscaling.ts";
import { defaultCronJob, defaultJob } from "./defaults/batch.ts";
import { defaultNamespace, defaultSecret } from "./defaults/cluster.ts";
import { defaultPod } from "./defaults/pod.ts";
import { defaultBinding } from "./defaults/rbac.ts";
import { defaultLimitRange } from "./resources/limit-range.ts";
import { defaultEndpoints, defaultService } from "./defaults/service.ts";
import { defaultPersistentVolume, defaultPersistentVolumeClaim, defaultStorageClass } from "./defaults/storage.ts";
import { defaultDaemonSet, defaultDeployment, defaultReplicaSet, defaultStatefulSet } from "./defaults/workloads.ts";

// Each defaulter takes its kind's message; the API hands over the object of the kind it names.
function defaulter<T extends object>(apply: (object: T) => void): (object: object) => void {
  return (object) => apply(object as T);
}

const DEFAULTERS: Record<string, (object: object) => void> = {
  Pod: defaulter(defaultPod),
  ReplicaSet: defaulter(defaultReplicaSet),
  Deployment: defaulter(defaultDeployment),
  StatefulSet: defaulter(defaultStatefulSet),
  DaemonSet: defaulter(defaultDaemonSet),
  Service: defaulter(defaultService),
  Endpoints: defaulter(defaultEndpoints),
  PersistentVolume: defaulter(defaultPersistentVolume),
  PersistentVolumeClaim: defaulter(defaultPersistentVolumeClaim),
  StorageClass: defaulter(defaultStorageClass),
  Namespace: defaulter(defaultNamespace),
  Secret: defaulter(defaultSecret),
  LimitRange: defaulter(defaultLimitRange),
  Job: defaulter(defaultJob),
  CronJob: defaulter(defaultCronJob),
  RoleBinding: defaulter(defaultBinding),
  ClusterRoleBinding: defaulter(defaultBinding),
  HorizontalPodAutoscaler: defaulter(defaultHorizontalPodAutoscaler),
};

/** Applies Kubernetes' defaults for `kind` to `object` in place; kinds without defaults are left alone. */
export function applyDefaults(kind: string, object: object): void {
  DEFAULTERS[kind]?.(object);
}
