// The pure decision of the service load balancer (k3s' ServiceLB, "klipper-lb"): a LoadBalancer
// Service is reachable on every Ready node, where the node proxy listens on the service port, so
// its ingress is the list of the Ready nodes' distinct InternalIPs. Services of another
// loadBalancerClass belong to another implementation and are not touched.
import type { troupe } from "../../../proto/gen/troupe.js";
import { oldestFirst } from "../../../runtime/object-age.ts";
import type { NodeObject, ServiceObject } from "../resources.ts";

type LoadBalancerIngress = troupe.v1.LoadBalancerIngress.$Properties;

export function nodeIsReady(node: NodeObject): boolean {
  return (node.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");
}

/** Whether this controller owns the Service's `status.loadBalancer`. */
export function managesLoadBalancerStatus(service: ServiceObject): boolean {
  return !service.spec?.loadBalancerClass;
}

/**
 * The ingress the Service should show: `[{ip}]` per distinct InternalIP of a Ready node (sorted)
 * for type LoadBalancer, none for any other type (a Service that stopped being a LoadBalancer
 * loses its ingress).
 */
export function desiredIngress(service: ServiceObject, nodes: readonly NodeObject[], services: readonly ServiceObject[] = []): LoadBalancerIngress[] {
  if (service.spec?.type !== "LoadBalancer") return [];
  if (portTakenByOlder(service, services)) return [];
  return readyNodeIps(nodes).map((ip) => ({ ip }));
}

/**
 * Whether an older LoadBalancer Service already has one of this one's ports on the nodes'
 * address: the node proxies serve the older one there (services/proxy/listener-plan.ts, same
 * order), so this one stays pending, as with k3s' ServiceLB, rather than claim an address that
 * answers for another Service.
 */
export function portTakenByOlder(service: ServiceObject, services: readonly ServiceObject[]): boolean {
  const ports = new Set((service.spec?.ports ?? []).map(portKey));
  return services.some((other) =>
    other !== service && serviceKey(other) !== serviceKey(service) && other.spec?.type === "LoadBalancer" && managesLoadBalancerStatus(other) && !other.metadata?.deletionTimestamp &&
    oldestFirst(other, service) < 0 && (other.spec?.ports ?? []).some((port) => ports.has(portKey(port))));
}

function portKey(port: { port?: number | null; protocol?: string | null }): string {
  return `${port.protocol || "TCP"}/${port.port ?? 0}`;
}

function serviceKey(service: ServiceObject): string {
  return `${service.metadata?.namespace ?? ""}/${service.metadata?.name ?? ""}`;
}


/** The distinct InternalIPs of the Ready nodes, sorted: where node proxies serve traffic. */
export function readyNodeIps(nodes: readonly NodeObject[]): string[] {
  const ips = new Set<string>();
  for (const node of nodes) {
    if (!nodeIsReady(node)) continue;
    for (const address of node.status?.addresses ?? []) if (address.type === "InternalIP" && address.address) ips.add(address.address);
  }
  return [...ips].sort(compareIp);
}

/** Compares addresses only (Service and Ingress ingress entries differ in their port types). */
type IngressAddress = { ip?: string | null; hostname?: string | null };

export function sameIngress(current: readonly IngressAddress[] | null | undefined, desired: readonly IngressAddress[]): boolean {
  const key = (ingress: readonly IngressAddress[]) => JSON.stringify(ingress.map((entry) => [entry.ip ?? "", entry.hostname ?? ""]));
  return key(current ?? []) === key(desired);
}

function compareIp(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (Number.isNaN(diff)) return a < b ? -1 : a > b ? 1 : 0;
    if (diff !== 0) return diff;
  }
  return 0;
}
