// describe for Deployments, ReplicaSets, StatefulSets and DaemonSets: replica counts, strategy and the
// pod template they stamp out.
import type { KubeObject } from "../../runtime/api-client.ts";
import { formatLabels, formatSelector, type LabelSelectorJson } from "../../runtime/printers/column.ts";
import { describeContainers, type ContainerSpecJson } from "./containers.ts";
import type { DescribeWriter } from "./describe-writer.ts";
import { describeVolumes, type VolumeJson } from "./pod-details.ts";
import { describeConditions, keyValues, type ConditionJson } from "./sections.ts";

export interface PodTemplateJson {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { containers?: ContainerSpecJson[]; initContainers?: ContainerSpecJson[]; volumes?: VolumeJson[] };
}

interface WorkloadDetailsJson {
  spec?: {
    replicas?: number;
    selector?: LabelSelectorJson;
    template?: PodTemplateJson;
    minReadySeconds?: number;
    serviceName?: string;
    podManagementPolicy?: string;
    strategy?: { type?: string; rollingUpdate?: { maxUnavailable?: number | string; maxSurge?: number | string } };
    updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } };
    volumeClaimTemplates?: {
      metadata?: { name?: string; labels?: Record<string, string> };
      spec?: { storageClassName?: string; accessModes?: string[]; resources?: { requests?: Record<string, string> } };
    }[];
  };
  status?: {
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    unavailableReplicas?: number;
    currentReplicas?: number;
    conditions?: ConditionJson[];
  };
}

const workload = (object: KubeObject) => object as unknown as WorkloadDetailsJson;

export function describeDeployment(out: DescribeWriter, object: KubeObject): void {
  const { spec, status } = workload(object);
  out.field(0, "Selector", formatSelector(spec?.selector));
  out.field(
    0,
    "Replicas",
    `${spec?.replicas ?? 1} desired | ${status?.updatedReplicas ?? 0} updated | ${status?.replicas ?? 0} total | ` +
      `${status?.availableReplicas ?? 0} available | ${status?.unavailableReplicas ?? 0} unavailable`,
  );
  out.field(0, "StrategyType", spec?.strategy?.type ?? "RollingUpdate");
  out.field(0, "MinReadySeconds", spec?.minReadySeconds ?? 0);
  const rolling = spec?.strategy?.rollingUpdate;
  if ((spec?.strategy?.type ?? "RollingUpdate") === "RollingUpdate") {
    out.field(0, "RollingUpdateStrategy", `${rolling?.maxUnavailable ?? "25%"} max unavailable, ${rolling?.maxSurge ?? "25%"} max surge`);
  }
  describePodTemplate(out, spec?.template);
  describeConditions(out, status?.conditions);
}

export function describeReplicaSet(out: DescribeWriter, object: KubeObject): void {
  const { spec, status } = workload(object);
  out.field(0, "Selector", formatSelector(spec?.selector));
  out.field(0, "Replicas", `${status?.replicas ?? 0} current / ${spec?.replicas ?? 1} desired`);
  out.field(0, "Pods Status", `${status?.readyReplicas ?? 0} Ready / ${status?.availableReplicas ?? 0} Available`);
  describePodTemplate(out, spec?.template);
  describeConditions(out, status?.conditions);
}

export function describeStatefulSet(out: DescribeWriter, object: KubeObject): void {
  const { spec, status } = workload(object);
  out.field(0, "Selector", formatSelector(spec?.selector));
  out.field(0, "Service Name", spec?.serviceName ?? "");
  out.field(0, "Replicas", `${spec?.replicas ?? 1} desired | ${status?.replicas ?? 0} total | ${status?.readyReplicas ?? 0} ready`);
  out.field(0, "Pod Management Policy", spec?.podManagementPolicy ?? "OrderedReady");
  out.field(0, "Update Strategy", spec?.updateStrategy?.type ?? "RollingUpdate");
  if (spec?.updateStrategy?.rollingUpdate?.partition !== undefined) out.field(1, "Partition", spec.updateStrategy.rollingUpdate.partition);
  describePodTemplate(out, spec?.template);
  const claims = spec?.volumeClaimTemplates ?? [];
  if (claims.length === 0) {
    out.field(0, "Volume Claims", "<none>");
  } else {
    out.heading(0, "Volume Claims");
    for (const claim of claims) {
      out.field(1, "Name", claim.metadata?.name ?? "");
      out.field(1, "StorageClass", claim.spec?.storageClassName ?? "");
      out.field(1, "Labels", keyValues(claim.metadata?.labels, "="));
      out.field(1, "Capacity", claim.spec?.resources?.requests?.storage ?? "");
      out.field(1, "Access Modes", (claim.spec?.accessModes ?? []).join(", "));
    }
  }
  describeConditions(out, status?.conditions);
}

interface DaemonSetDetailsJson {
  spec?: { selector?: LabelSelectorJson; template?: PodTemplateJson & { spec?: { nodeSelector?: Record<string, string> } } };
  status?: {
    desiredNumberScheduled?: number;
    currentNumberScheduled?: number;
    updatedNumberScheduled?: number;
    numberAvailable?: number;
    numberMisscheduled?: number;
    conditions?: ConditionJson[];
  };
}

export function describeDaemonSet(out: DescribeWriter, object: KubeObject): void {
  const { spec, status } = object as unknown as DaemonSetDetailsJson;
  out.field(0, "Selector", formatSelector(spec?.selector));
  out.field(0, "Node-Selector", formatLabels(spec?.template?.spec?.nodeSelector));
  out.field(0, "Desired Number of Nodes Scheduled", status?.desiredNumberScheduled ?? 0);
  out.field(0, "Current Number of Nodes Scheduled", status?.currentNumberScheduled ?? 0);
  out.field(0, "Number of Nodes Scheduled with Up-to-date Pods", status?.updatedNumberScheduled ?? 0);
  out.field(0, "Number of Nodes Scheduled with Available Pods", status?.numberAvailable ?? 0);
  out.field(0, "Number of Nodes Misscheduled", status?.numberMisscheduled ?? 0);
  describePodTemplate(out, spec?.template);
  describeConditions(out, status?.conditions);
}

export function describePodTemplate(out: DescribeWriter, template: PodTemplateJson | undefined): void {
  out.heading(0, "Pod Template");
  out.field(1, "Labels", keyValues(template?.metadata?.labels, "="));
  if (template?.metadata?.annotations) out.field(1, "Annotations", keyValues(template.metadata.annotations, ": "));
  describeContainers(out, 1, "Init Containers", template?.spec?.initContainers);
  describeContainers(out, 1, "Containers", template?.spec?.containers);
  describeVolumes(out, 1, template?.spec?.volumes);
}
