// Columns of the cluster-scoped Node and Namespace kinds.
import type { KubeObject } from "../../runtime/api-client.ts";
import { ageColumn, joinOrNone, nameColumn, NONE, orNone, type Column } from "./column.ts";

interface NodeJson {
  metadata?: { labels?: Record<string, string> };
  spec?: { unschedulable?: boolean };
  status?: {
    conditions?: { type: string; status: string }[];
    addresses?: { type: string; address: string }[];
    allocatable?: Record<string, string>;
    nodeInfo?: { kubeletVersion?: string; osImage?: string; kernelVersion?: string; containerRuntimeVersion?: string };
  };
}

const node = (object: KubeObject) => object as unknown as NodeJson;
const ROLE_PREFIX = "node-role.kubernetes.io/";

export function nodeStatus(object: KubeObject): string {
  const { spec, status } = node(object);
  const ready = status?.conditions?.find((condition) => condition.type === "Ready");
  const state = ready?.status === "True" ? "Ready" : ready?.status === "False" ? "NotReady" : "Unknown";
  return spec?.unschedulable ? `${state},SchedulingDisabled` : state;
}

export function nodeRoles(object: KubeObject): string {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(node(object).metadata?.labels ?? {})) {
    if (key.startsWith(ROLE_PREFIX) && key.length > ROLE_PREFIX.length) roles.add(key.slice(ROLE_PREFIX.length));
    if (key === "kubernetes.io/role" && value) roles.add(value);
  }
  return joinOrNone([...roles].sort());
}

function address(object: KubeObject, type: string): string {
  return orNone(node(object).status?.addresses?.find((entry) => entry.type === type)?.address);
}

export const nodeColumns: Column[] = [
  nameColumn,
  { header: "STATUS", cell: nodeStatus },
  { header: "ROLES", cell: nodeRoles },
  ageColumn,
  { header: "VERSION", cell: (object) => node(object).status?.nodeInfo?.kubeletVersion || "" },
  // Allocatable resources: what the scheduler can place on the node.
  { header: "CPU", cell: (object) => node(object).status?.allocatable?.cpu || NONE },
  { header: "MEMORY", cell: (object) => node(object).status?.allocatable?.memory || NONE },
  { header: "PODS", cell: (object) => node(object).status?.allocatable?.pods || NONE },
  { header: "INTERNAL-IP", wide: true, cell: (object) => address(object, "InternalIP") },
  { header: "EXTERNAL-IP", wide: true, cell: (object) => address(object, "ExternalIP") },
  { header: "OS-IMAGE", wide: true, cell: (object) => node(object).status?.nodeInfo?.osImage || "<unknown>" },
  { header: "KERNEL-VERSION", wide: true, cell: (object) => node(object).status?.nodeInfo?.kernelVersion || "<unknown>" },
  {
    header: "CONTAINER-RUNTIME",
    wide: true,
    cell: (object) => node(object).status?.nodeInfo?.containerRuntimeVersion || "<unknown>",
  },
];

export const namespaceColumns: Column[] = [
  nameColumn,
  { header: "STATUS", cell: (object) => (object as { status?: { phase?: string } }).status?.phase || NONE },
  ageColumn,
];
