// Kubernetes' apps/v1 defaults for ReplicaSets, Deployments, StatefulSets and DaemonSets, including the pod
// defaults for their templates and the claim defaults for StatefulSet volumeClaimTemplates.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { intOrStringValue } from "../int-or-string.ts";
import { defaultPodTemplate } from "./pod.ts";
import { defaultPersistentVolumeClaim } from "./storage.ts";

type ReplicaSet = troupe.v1.ReplicaSet.$Properties;
type Deployment = troupe.v1.Deployment.$Properties;
type StatefulSet = troupe.v1.StatefulSet.$Properties;
type DaemonSet = troupe.v1.DaemonSet.$Properties;

const DEFAULT_ROLLING_PERCENT = "25%";

export function defaultReplicaSet(replicaSet: ReplicaSet): void {
  const spec = (replicaSet.spec ??= {});
  spec.replicas ??= 1;
  defaultPodTemplate(spec.template);
}

export function defaultDeployment(deployment: Deployment): void {
  const spec = (deployment.spec ??= {});
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  strategy.type ||= "RollingUpdate";
  if (strategy.type === "RollingUpdate") {
    const rollingUpdate = (strategy.rollingUpdate ??= {});
    if (intOrStringValue(rollingUpdate.maxUnavailable) === undefined) rollingUpdate.maxUnavailable = { strVal: DEFAULT_ROLLING_PERCENT };
    if (intOrStringValue(rollingUpdate.maxSurge) === undefined) rollingUpdate.maxSurge = { strVal: DEFAULT_ROLLING_PERCENT };
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultPodTemplate(spec.template);
}

export function defaultStatefulSet(statefulSet: StatefulSet): void {
  const spec = (statefulSet.spec ??= {});
  spec.replicas ??= 1;
  spec.podManagementPolicy ||= "OrderedReady";
  const strategy = (spec.updateStrategy ??= {});
  // Like Kubernetes, a strategy the user typed as RollingUpdate keeps its absent rollingUpdate;
  // only a defaulted type gets one, and a present rollingUpdate gets partition 0.
  if (!strategy.type) {
    strategy.type = "RollingUpdate";
    strategy.rollingUpdate ??= {};
  }
  if (strategy.type === "RollingUpdate" && strategy.rollingUpdate) strategy.rollingUpdate.partition ??= 0;
  spec.revisionHistoryLimit ??= 10;
  const retention = (spec.persistentVolumeClaimRetentionPolicy ??= {});
  retention.whenDeleted ||= "Retain";
  retention.whenScaled ||= "Retain";
  for (const claim of spec.volumeClaimTemplates ?? []) defaultPersistentVolumeClaim(claim);
  defaultPodTemplate(spec.template);
}

export function defaultDaemonSet(daemonSet: DaemonSet): void {
  const spec = (daemonSet.spec ??= {});
  const strategy = (spec.updateStrategy ??= {});
  strategy.type ||= "RollingUpdate";
  if (strategy.type === "RollingUpdate") {
    const rollingUpdate = (strategy.rollingUpdate ??= {});
    if (intOrStringValue(rollingUpdate.maxUnavailable) === undefined) rollingUpdate.maxUnavailable = { intVal: 1 };
    if (intOrStringValue(rollingUpdate.maxSurge) === undefined) rollingUpdate.maxSurge = { intVal: 0 };
  }
  spec.revisionHistoryLimit ??= 10;
  defaultPodTemplate(spec.template);
}
