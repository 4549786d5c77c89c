// Records shared by the DNS tests: a ClusterIP Service, a headless StatefulSet-style Service with
// hostnames and one endpoint without, and an ExternalName Service, all in namespace "default".
import type { DnsEndpoints, DnsRecordSource, DnsService } from "./types.ts";

export const SERVICES: Record<string, DnsService> = {
  web: { metadata: { name: "web", namespace: "default" }, spec: { type: "ClusterIP", clusterIP: "127.77.5.5", ports: [{ name: "http", port: 80, protocol: "TCP" }, { name: "dns", port: 53, protocol: "UDP" }] } },
  redis: { metadata: { name: "redis", namespace: "default" }, spec: { type: "ClusterIP", clusterIP: "None", ports: [{ name: "redis", port: 6379, protocol: "TCP" }] } },
  docs: { metadata: { name: "docs", namespace: "default" }, spec: { type: "ExternalName", externalName: "docs.example.com" } },
};

export const ENDPOINTS: Record<string, DnsEndpoints> = {
  redis: {
    metadata: { name: "redis", namespace: "default" },
    subsets: [
      { addresses: [{ ip: "127.128.1.2", hostname: "redis-0" }], ports: [{ name: "redis", port: 41001, protocol: "TCP" }] },
      { addresses: [{ ip: "127.128.1.3", hostname: "redis-1" }, { ip: "127.128.1.4" }], notReadyAddresses: [{ ip: "127.128.1.9", hostname: "redis-2" }], ports: [{ name: "redis", port: 41002, protocol: "TCP" }] },
    ],
  },
};

export const testRecords: DnsRecordSource = {
  service: (namespace, name) => (namespace === "default" ? SERVICES[name] : undefined),
  endpoints: (namespace, name) => (namespace === "default" ? ENDPOINTS[name] : undefined),
};
