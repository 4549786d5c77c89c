// What a Service holds in the allocation ledger, and what it still needs allocated: pure
// functions of the Service, so create, update and delete agree on them.
import type { troupe } from "../../../proto/gen/troupe.js";
import { clusterIpKey, nodePortKey } from "./allocation-records.ts";
import { parseIpv4 } from "./ipv4.ts";

export type Service = troupe.v1.Service.$Properties;

/** One allocated value of a Service: its ledger key and where it sits in the object. */
export interface Holding {
  key: string;
  field: string;
  value: string | number;
  what: "clusterIP" | "nodePort";
}

/** A value the Service needs and did not ask for: the API picks one. */
export type MissingAllocation = { what: "clusterIP" } | { what: "nodePort"; portIndex: number; protocol: string };

export function needsClusterIP(service: Service): boolean {
  return (service.spec?.type || "ClusterIP") !== "ExternalName";
}

export function needsNodePorts(service: Service): boolean {
  const type = service.spec?.type;
  return type === "NodePort" || type === "LoadBalancer";
}

/** A LoadBalancer may opt out of node ports; given ones are still allocated (Kubernetes' rule). */
function allocatesNodePortsAutomatically(service: Service): boolean {
  return service.spec?.type === "NodePort" || (service.spec?.type === "LoadBalancer" && service.spec.allocateLoadBalancerNodePorts !== false);
}

function protocolOf(port: { protocol?: string | null }): string {
  return port.protocol || "TCP";
}

/** The values `service` holds as written: its cluster IP (not None) and its node ports. */
export function holdingsOf(service: Service): Holding[] {
  const holdings: Holding[] = [];
  const clusterIP = service.spec?.clusterIP ?? "";
  if (needsClusterIP(service) && parseIpv4(clusterIP) !== undefined) {
    holdings.push({ key: clusterIpKey(clusterIP), field: "spec.clusterIP", value: clusterIP, what: "clusterIP" });
  }
  if (needsNodePorts(service)) {
    (service.spec?.ports ?? []).forEach((port, index) => {
      if (!port.nodePort) return;
      holdings.push({ key: nodePortKey(protocolOf(port), port.nodePort), field: `spec.ports[${index}].nodePort`, value: port.nodePort, what: "nodePort" });
    });
  }
  return holdings;
}

export function holdsKey(service: Service, key: string): boolean {
  return holdingsOf(service).some((holding) => holding.key === key);
}

export function missingAllocations(service: Service): MissingAllocation[] {
  const missing: MissingAllocation[] = [];
  if (needsClusterIP(service) && !service.spec?.clusterIP) missing.push({ what: "clusterIP" });
  if (allocatesNodePortsAutomatically(service)) {
    (service.spec?.ports ?? []).forEach((port, portIndex) => {
      if (!port.nodePort) missing.push({ what: "nodePort", portIndex, protocol: protocolOf(port) });
    });
  }
  return missing;
}
