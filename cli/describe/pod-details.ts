// describe for Pods: where and how the pod runs, then each container's spec and state.
import type { KubeObject } from "../../runtime/api-client.ts";
import { podStatus, type ContainerStatusJson } from "../../runtime/printers/pod-columns.ts";
import { describeContainers, type ContainerSpecJson } from "./containers.ts";
import type { DescribeWriter } from "./describe-writer.ts";
import { describeConditions, formatTimestamp, keyValues, yamlSection, type ConditionJson } from "./sections.ts";

export type VolumeJson = { name: string } & Record<string, unknown>;

interface PodDetailsJson {
  spec?: {
    nodeName?: string;
    serviceAccountName?: string;
    priority?: number;
    restartPolicy?: string;
    containers?: ContainerSpecJson[];
    initContainers?: ContainerSpecJson[];
    volumes?: VolumeJson[];
    nodeSelector?: Record<string, string>;
    tolerations?: { key?: string; operator?: string; value?: string; effect?: string }[];
  };
  status?: {
    hostIP?: string;
    podIP?: string;
    startTime?: string;
    qosClass?: string;
    message?: string;
    conditions?: ConditionJson[];
    containerStatuses?: ContainerStatusJson[];
    initContainerStatuses?: ContainerStatusJson[];
  };
}

export function describePod(out: DescribeWriter, object: KubeObject): void {
  const { spec, status } = object as unknown as PodDetailsJson;
  if (spec?.serviceAccountName) out.field(0, "Service Account", spec.serviceAccountName);
  out.field(0, "Node", spec?.nodeName ? `${spec.nodeName}${status?.hostIP ? `/${status.hostIP}` : ""}` : "<none>");
  if (status?.startTime) out.field(0, "Start Time", formatTimestamp(status.startTime));
  out.field(0, "Status", podStatus(object));
  if (status?.message) out.field(0, "Message", status.message);
  out.field(0, "IP", status?.podIP ?? "");
  describeContainers(out, 0, "Init Containers", spec?.initContainers, status?.initContainerStatuses);
  describeContainers(out, 0, "Containers", spec?.containers, status?.containerStatuses);
  describeConditions(out, status?.conditions);
  describeVolumes(out, 0, spec?.volumes);
  if (status?.qosClass) out.field(0, "QoS Class", status.qosClass);
  out.field(0, "Node-Selectors", keyValues(spec?.nodeSelector, "="));
  const tolerations = (spec?.tolerations ?? []).map(
    (toleration) =>
      `${toleration.key ?? ""}${toleration.operator === "Exists" ? "" : `=${toleration.value ?? ""}`}${toleration.effect ? `:${toleration.effect}` : ""}`,
  );
  out.field(0, "Tolerations", tolerations.length > 0 ? tolerations.join("\n") : "<none>");
}

/** Each volume as its name plus its source as YAML. */
export function describeVolumes(out: DescribeWriter, indent: number, volumes: readonly VolumeJson[] | undefined): void {
  if (!volumes?.length) {
    out.field(indent, "Volumes", "<none>");
    return;
  }
  out.heading(indent, "Volumes");
  for (const { name, ...source } of volumes) yamlSection(out, indent + 1, name, source);
}
