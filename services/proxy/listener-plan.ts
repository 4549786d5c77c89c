// Pure: from the cluster's Services to the set of (address, port) this node's proxy must listen
// on, each tied to the service port it forwards to. No sockets here, so it is tested without any.
import type { ListenerKind, ServiceObject, ServicePortRef } from "./types.ts";
import { oldestFirst } from "../../runtime/object-age.ts";

export interface PlannedListener {
  readonly address: string;
  readonly port: number;
  readonly kind: ListenerKind;
  readonly target: ServicePortRef;
}

/** Service ports the proxy cannot serve, reported so that each is logged once. */
export interface SkippedServicePort {
  readonly target: ServicePortRef;
  readonly port: number;
  /** `unsupported_protocol`: only TCP is proxied; `address_taken`: an older service holds the address. */
  readonly reason: "unsupported_protocol" | "address_taken";
  readonly detail: string;
}

export interface ListenerPlan {
  readonly listeners: PlannedListener[];
  readonly skipped: SkippedServicePort[];
}

export function listenerKey(listener: { address: string; port: number }): string {
  return `${listener.address}:${listener.port}`;
}

export function serviceName(service: ServiceObject): string {
  return `${service.metadata?.namespace ?? ""}/${service.metadata?.name ?? ""}`;
}

/** The addresses a Service gets from the proxy, before conflicts between services are settled. */
function wantedListeners(service: ServiceObject, nodeAddress: string): { listeners: PlannedListener[]; skipped: SkippedServicePort[] } {
  const spec = service.spec ?? {};
  const type = spec.type || "ClusterIP";
  const listeners: PlannedListener[] = [];
  const skipped: SkippedServicePort[] = [];
  if (type === "ExternalName") return { listeners, skipped };
  const clusterIPs = (spec.clusterIPs?.length ? spec.clusterIPs : [spec.clusterIP ?? ""]).filter((ip) => ip && ip !== "None");
  const exposesNodePorts = type === "NodePort" || type === "LoadBalancer";
  for (const port of spec.ports ?? []) {
    const target = { service: serviceName(service), portName: port.name ?? "" };
    const number = port.port ?? 0;
    const protocol = port.protocol || "TCP";
    if (protocol !== "TCP") {
      skipped.push({ target, port: number, reason: "unsupported_protocol", detail: `protocol ${protocol} is not proxied (TCP only)` });
      continue;
    }
    if (number > 0) for (const address of clusterIPs) listeners.push({ address, port: number, kind: "cluster_ip", target });
    if (exposesNodePorts && port.nodePort) listeners.push({ address: nodeAddress, port: port.nodePort, kind: "node_port", target });
    if (type === "LoadBalancer" && number > 0) listeners.push({ address: nodeAddress, port: number, kind: "load_balancer", target });
  }
  return { listeners, skipped };
}

export function planListeners(services: readonly ServiceObject[], nodeAddress: string): ListenerPlan {
  const claimed = new Map<string, PlannedListener>();
  const skipped: SkippedServicePort[] = [];
  // Older services first, so an address two services want stays with the first.
  for (const service of [...services].sort(oldestFirst)) {
    const wanted = wantedListeners(service, nodeAddress);
    skipped.push(...wanted.skipped);
    for (const listener of wanted.listeners) {
      const key = listenerKey(listener);
      const holder = claimed.get(key);
      if (!holder) {
        claimed.set(key, listener);
        continue;
      }
      skipped.push({
        target: listener.target,
        port: listener.port,
        reason: "address_taken",
        detail: `${key} is already served for ${holder.target.service}${holder.target.portName ? `:${holder.target.portName}` : ""}`,
      });
    }
  }
  return { listeners: [...claimed.values()], skipped };
}
