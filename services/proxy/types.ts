// The proxy's view of Services and Endpoints (the generated message types as informers hold
// them) and the small value types its pure parts pass around.
import type { troupe } from "../../proto/gen/troupe.js";
import type { ApiObject } from "../../runtime/store/object-repository.ts";

export type ServiceObject = troupe.v1.Service.$Properties & ApiObject;
export type EndpointsObject = troupe.v1.Endpoints.$Properties & ApiObject;

/** Which address family of a Service a listener serves; the `kind` label of the listener metrics. */
export const LISTENER_KINDS = ["cluster_ip", "node_port", "load_balancer"] as const;
export type ListenerKind = (typeof LISTENER_KINDS)[number];

/** One port of one Service: `<namespace>/<name>` plus the port's name ("" for a single unnamed port). */
export interface ServicePortRef {
  /** `<namespace>/<name>`; the `k8s_service` metric label. */
  readonly service: string;
  readonly portName: string;
}

/** A reachable endpoint: pod IP and host port (see docs/networking.md). */
export interface Endpoint {
  readonly ip: string;
  readonly port: number;
}

export function servicePortKey(ref: ServicePortRef): string {
  return `${ref.service}:${ref.portName}`;
}

export function endpointKey(endpoint: Endpoint): string {
  return `${endpoint.ip}:${endpoint.port}`;
}
