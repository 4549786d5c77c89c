// Columns of Service and Endpoints (printService, printEndpoints).
import type { KubeObject } from "../api-client.ts";
import { ageColumn, column, formatLabels, nameColumn, NONE, type Column } from "./column.ts";

interface ServiceJson {
  spec?: {
    type?: string;
    clusterIP?: string;
    clusterIPs?: string[];
    externalIPs?: string[];
    externalName?: string;
    selector?: Record<string, string>;
    ports?: { port: number; nodePort?: number; protocol?: string }[];
  };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

interface EndpointsJson {
  subsets?: { addresses?: { ip: string }[]; ports?: { port: number }[] }[];
}

const service = (object: KubeObject) => object as unknown as ServiceJson;
/** kubectl shortens a long load-balancer address outside -o wide. */
const LOAD_BALANCER_WIDTH = 16;

/** Load-balancer addresses sorted and deduplicated, as Kubernetes' loadBalancerStatusStringer. */
export function loadBalancerAddresses(ingress: readonly { ip?: string; hostname?: string }[] | undefined, wide: boolean): string {
  const addresses = [...new Set((ingress ?? []).map((entry) => entry.ip || entry.hostname || "").filter((value) => value !== ""))].sort();
  const text = addresses.join(",");
  return !wide && text.length > LOAD_BALANCER_WIDTH ? `${text.slice(0, LOAD_BALANCER_WIDTH - 3)}...` : text;
}

export function serviceExternalIp(object: KubeObject, wide = true): string {
  const { spec, status } = service(object);
  const external = spec?.externalIPs ?? [];
  switch (spec?.type ?? "ClusterIP") {
    case "ClusterIP":
    case "NodePort":
      return external.length > 0 ? external.join(",") : NONE;
    case "LoadBalancer": {
      const balancer = loadBalancerAddresses(status?.loadBalancer?.ingress, wide);
      if (external.length > 0) return [...(balancer ? balancer.split(",") : []), ...external].join(",");
      return balancer || "<pending>";
    }
    case "ExternalName":
      return spec?.externalName ?? "";
    default:
      return "<unknown>";
  }
}

/** "80/TCP", or "80:30080/TCP" when the port is also a node port. */
export function servicePorts(object: KubeObject): string {
  const ports = service(object).spec?.ports ?? [];
  const text = ports.map((port) => `${port.port}${port.nodePort ? `:${port.nodePort}` : ""}/${port.protocol ?? "TCP"}`).join(",");
  return text || NONE;
}

export const serviceColumns: Column[] = [
  nameColumn,
  column("Type", "type determines how the Service is exposed.", (object) => service(object).spec?.type ?? "ClusterIP"),
  column("Cluster-IP", "clusterIP is the IP address of the service.", (object) => service(object).spec?.clusterIPs?.[0] || service(object).spec?.clusterIP || NONE),
  // Rendered wide, as kube-apiserver renders every table: kubectl never sees a shortened address.
  column("External-IP", "externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.", (object) => serviceExternalIp(object)),
  column("Port(s)", "The list of ports that are exposed by this service.", servicePorts),
  ageColumn,
  column("Selector", "Route service traffic to pods with label keys and values matching this selector.", (object) => formatLabels(service(object).spec?.selector), 1),
];

const MAX_ENDPOINTS = 3;

function hostPort(ip: string, port: number): string {
  return ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** "10.0.0.1:80,10.0.0.2:80 + 4 more...", as kubectl's formatEndpoints shortens it. */
export function formatEndpoints(object: KubeObject): string {
  const subsets = (object as unknown as EndpointsJson).subsets ?? [];
  if (subsets.length === 0) return NONE;
  const list: string[] = [];
  let count = 0;
  for (const subset of subsets) {
    const addresses = subset.addresses ?? [];
    // A headless service may have no ports: its endpoints are bare addresses.
    if ((subset.ports ?? []).length === 0) {
      count += addresses.length;
      for (const address of addresses) if (list.length < MAX_ENDPOINTS) list.push(address.ip);
      continue;
    }
    for (const port of subset.ports ?? []) {
      count += addresses.length;
      for (const address of addresses) if (list.length < MAX_ENDPOINTS) list.push(hostPort(address.ip, port.port));
    }
  }
  return count > MAX_ENDPOINTS ? `${list.join(",")} + ${count - MAX_ENDPOINTS} more...` : list.join(",");
}

export const endpointsColumns: Column[] = [
  nameColumn,
  column("Endpoints", "The set of all endpoints is the union of all subsets.", formatEndpoints),
  ageColumn,
];
