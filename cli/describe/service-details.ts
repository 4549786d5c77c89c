// describe for Services (with the Endpoints of the same name) and Nodes.
import type { KubeObject } from "../../runtime/api-client.ts";
import { formatLabels, joinOrNone } from "../../runtime/printers/column.ts";
import { nodeRoles } from "../../runtime/printers/node-columns.ts";
import { formatEndpoints } from "../../runtime/printers/service-columns.ts";
import type { DescribeWriter } from "./describe-writer.ts";
import { describeConditions, yamlSection, type ConditionJson, type DescribeContext } from "./sections.ts";

interface ServiceDetailsJson {
  spec?: {
    type?: string;
    selector?: Record<string, string>;
    clusterIP?: string;
    externalIPs?: string[];
    externalName?: string;
    sessionAffinity?: string;
    ports?: { name?: string; port: number; targetPort?: number | string; nodePort?: number; protocol?: string }[];
  };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

interface NodeDetailsJson {
  spec?: { unschedulable?: boolean; podCIDR?: string; taints?: { key: string; value?: string; effect: string }[] };
  status?: {
    conditions?: (ConditionJson & { lastHeartbeatTime?: string })[];
    addresses?: { type: string; address: string }[];
    capacity?: Record<string, string>;
    allocatable?: Record<string, string>;
    nodeInfo?: Record<string, string>;
  };
}

export function describeService(out: DescribeWriter, object: KubeObject, context: DescribeContext): void {
  const { spec, status } = object as unknown as ServiceDetailsJson;
  out.field(0, "Selector", formatLabels(spec?.selector));
  out.field(0, "Type", spec?.type ?? "ClusterIP");
  out.field(0, "IP", spec?.clusterIP || "<none>");
  if (spec?.externalIPs?.length) out.field(0, "External IPs", spec.externalIPs.join(","));
  if (spec?.externalName) out.field(0, "External Name", spec.externalName);
  const ingress = (status?.loadBalancer?.ingress ?? []).map((entry) => entry.ip || entry.hostname || "");
  if (spec?.type === "LoadBalancer") out.field(0, "LoadBalancer Ingress", joinOrNone(ingress.filter(Boolean)));
  const endpoints = context.related.find((related) => related.kind === "Endpoints");
  for (const port of spec?.ports ?? []) {
    const protocol = port.protocol ?? "TCP";
    out.field(0, "Port", `${port.name || "<unset>"}  ${port.port}/${protocol}`);
    out.field(0, "TargetPort", `${port.targetPort ?? port.port}/${protocol}`);
    if (port.nodePort) out.field(0, "NodePort", `${port.name || "<unset>"}  ${port.nodePort}/${protocol}`);
  }
  out.field(0, "Endpoints", endpoints ? formatEndpoints(endpoints) : "<none>");
  out.field(0, "Session Affinity", spec?.sessionAffinity ?? "None");
}

export function describeNode(out: DescribeWriter, object: KubeObject): void {
  const { spec, status } = object as unknown as NodeDetailsJson;
  out.field(0, "Roles", nodeRoles(object));
  out.field(0, "Unschedulable", spec?.unschedulable ? "true" : "false");
  const taints = (spec?.taints ?? []).map((taint) => `${taint.key}${taint.value ? `=${taint.value}` : ""}:${taint.effect}`);
  out.field(0, "Taints", taints.length > 0 ? taints.join("\n") : "<none>");
  if (spec?.podCIDR) out.field(0, "PodCIDR", spec.podCIDR);
  describeConditions(out, status?.conditions);
  const addresses = (status?.addresses ?? []).map((address) => `${address.type}: ${address.address}`);
  out.field(0, "Addresses", addresses.length > 0 ? addresses.join("\n") : "<none>");
  for (const [label, values] of [["Capacity", status?.capacity], ["Allocatable", status?.allocatable], ["System Info", status?.nodeInfo]] as const) {
    if (values && Object.keys(values).length > 0) yamlSection(out, 0, label, values);
  }
}
