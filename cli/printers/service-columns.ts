// Columns of Service and Endpoints.
import type { KubeObject } from "../../runtime/api-client.ts";
import { ageColumn, formatSelector, joinOrNone, nameColumn, NONE, type Column } from "./column.ts";

interface ServiceJson {
  spec?: {
    type?: string;
    clusterIP?: string;
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

export function serviceExternalIp(object: KubeObject): string {
  const { spec, status } = service(object);
  const external = spec?.externalIPs ?? [];
  switch (spec?.type ?? "ClusterIP") {
    case "LoadBalancer": {
      const ingress = (status?.loadBalancer?.ingress ?? []).map((entry) => entry.ip || entry.hostname || "");
      const all = [...ingress.filter((value) => value !== ""), ...external];
      return all.length > 0 ? all.join(",") : "<pending>";
    }
    case "ExternalName":
      return spec?.externalName || NONE;
    default:
      return joinOrNone(external);
  }
}

/** "80/TCP", or "80:30080/TCP" when the port is also a node port. */
export function servicePorts(object: KubeObject): string {
  const ports = service(object).spec?.ports ?? [];
  return joinOrNone(
    ports.map((port) => `${port.port}${port.nodePort ? `:${port.nodePort}` : ""}/${port.protocol ?? "TCP"}`),
  );
}

export const serviceColumns: Column[] = [
  nameColumn,
  { header: "TYPE", cell: (object) => service(object).spec?.type ?? "ClusterIP" },
  { header: "CLUSTER-IP", cell: (object) => service(object).spec?.clusterIP || NONE },
  { header: "EXTERNAL-IP", cell: serviceExternalIp },
  { header: "PORT(S)", cell: servicePorts },
  ageColumn,
  { header: "SELECTOR", wide: true, cell: (object) => formatSelector(service(object).spec?.selector) },
];

const MAX_ENDPOINTS = 3;

/** "10.0.0.1:80,10.0.0.2:80 + 4 more...", as kubectl shortens it. */
export function formatEndpoints(object: KubeObject): string {
  const endpoints: string[] = [];
  for (const subset of (object as unknown as EndpointsJson).subsets ?? []) {
    const ports = subset.ports ?? [];
    for (const address of subset.addresses ?? []) {
      if (ports.length === 0) endpoints.push(address.ip);
      for (const port of ports) endpoints.push(`${address.ip}:${port.port}`);
    }
  }
  if (endpoints.length <= MAX_ENDPOINTS) return joinOrNone(endpoints);
  return `${endpoints.slice(0, MAX_ENDPOINTS).join(",")} + ${endpoints.length - MAX_ENDPOINTS} more...`;
}

export const endpointsColumns: Column[] = [nameColumn, { header: "ENDPOINTS", cell: formatEndpoints }, ageColumn];
