// Kubernetes' defaults for Services and Endpoints. Troupe is IPv4-only, so every service that
// gets a cluster IP is single-stack IPv4 (Kubernetes' REST layer fills these in).
import type { troupe } from "../../../../proto/gen/troupe.js";
import { intOrStringValue } from "../int-or-string.ts";

type Service = troupe.v1.Service.$Properties;
type Endpoints = troupe.v1.Endpoints.$Properties;

/** Kubernetes' default ClientIP affinity timeout: three hours. */
const DEFAULT_CLIENT_IP_TIMEOUT_SECONDS = 10800;

export function defaultService(service: Service): void {
  const spec = (service.spec ??= {});
  spec.type ||= "ClusterIP";
  spec.sessionAffinity ||= "None";
  if (spec.sessionAffinity === "ClientIP") {
    const clientIP = ((spec.sessionAffinityConfig ??= {}).clientIP ??= {});
    clientIP.timeoutSeconds ??= DEFAULT_CLIENT_IP_TIMEOUT_SECONDS;
  }
  for (const port of spec.ports ?? []) {
    port.protocol ||= "TCP";
    const target = intOrStringValue(port.targetPort);
    if (target === undefined || target === 0 || target === "") port.targetPort = { intVal: port.port ?? 0 };
  }
  if (spec.type === "NodePort" || spec.type === "LoadBalancer") spec.externalTrafficPolicy ||= "Cluster";
  if (spec.type === "LoadBalancer") spec.allocateLoadBalancerNodePorts ??= true;
  if (spec.type !== "ExternalName") {
    spec.internalTrafficPolicy ||= "Cluster";
    spec.ipFamilyPolicy ||= "SingleStack";
    // Single-stack: clusterIPs is clusterIP as a list (the allocator fills both when it picks).
    if (!spec.clusterIP && spec.clusterIPs?.length) spec.clusterIP = spec.clusterIPs[0];
    if (spec.clusterIP && !spec.clusterIPs?.length) spec.clusterIPs = [spec.clusterIP];
    if (!spec.ipFamilies?.length) spec.ipFamilies = ["IPv4"];
  }
}

export function defaultEndpoints(endpoints: Endpoints): void {
  for (const subset of endpoints.subsets ?? []) {
    for (const port of subset.ports ?? []) port.protocol ||= "TCP";
  }
}
