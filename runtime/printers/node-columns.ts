// Columns of the cluster-scoped Node and Namespace kinds (printNode, printNamespace).
import type { KubeObject } from "../api-client.ts";
import { ageColumn, column, joinOrNone, nameColumn, NONE, type Column } from "./column.ts";

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

/** "Ready", "NotReady" (any Ready status but True), "Unknown" without one; ",SchedulingDisabled" when cordoned. */
export function nodeStatus(object: KubeObject): string {
  const { spec, status } = node(object);
  const ready = status?.conditions?.find((condition) => condition.type === "Ready");
  const state = !ready ? "Unknown" : ready.status === "True" ? "Ready" : "NotReady";
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
  return node(object).status?.addresses?.find((entry) => entry.type === type)?.address ?? NONE;
}

const info = (object: KubeObject) => node(object).status?.nodeInfo;
// Allocatable resources (what the scheduler can place on the node): Troupe's CLI shows them,
// kubectl does not, so kube-api leaves them out.
const allocatable = (name: string, resource: string): Column => ({
  ...column(name, `Allocatable ${resource}.`, (object) => node(object).status?.allocatable?.[resource] || NONE),
  cliOnly: true,
});

export const nodeColumns: Column[] = [
  nameColumn,
  column("Status", "The status of the node", nodeStatus),
  column("Roles", "The roles of the node", nodeRoles),
  ageColumn,
  column("Version", "Kubelet Version reported by the node.", (object) => info(object)?.kubeletVersion ?? ""),
  allocatable("CPU", "cpu"),
  allocatable("Memory", "memory"),
  allocatable("Pods", "pods"),
  column("Internal-IP", "List of addresses reachable to the node.", (object) => address(object, "InternalIP"), 1),
  column("External-IP", "List of addresses reachable to the node.", (object) => address(object, "ExternalIP"), 1),
  column("OS-Image", "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).", (object) => info(object)?.osImage || "<unknown>", 1),
  column("Kernel-Version", "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).", (object) => info(object)?.kernelVersion || "<unknown>", 1),
  column("Container-Runtime", "ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).", (object) => info(object)?.containerRuntimeVersion || "<unknown>", 1),
];

export const namespaceColumns: Column[] = [
  nameColumn,
  column("Status", "The status of the namespace", (object) => (object as { status?: { phase?: string } }).status?.phase ?? ""),
  ageColumn,
];
