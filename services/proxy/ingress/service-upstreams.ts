// Where an Ingress service backend's requests go: the ready endpoints of the Service port the
// backend names (by number or by name), taken straight from its Endpoints as ingress-nginx does,
// which skips the cluster IP hop. Round-robin per backend.
import type { troupe } from "../../../proto/gen/troupe.js";
import { readyEndpointsForPort } from "../service-endpoints.ts";

export type ServiceObject = troupe.v1.Service.$Properties;
export type EndpointsObject = troupe.v1.Endpoints.$Properties;
export type ServiceBackendPort = troupe.v1.ServiceBackendPort.$Properties;

/** Read access to the cluster's Services and Endpoints (informer caches). */
export interface ServiceEndpointsView {
  service(namespace: string, name: string): ServiceObject | undefined;
  endpoints(namespace: string, name: string): EndpointsObject | undefined;
}

export interface Upstream {
  host: string;
  port: number;
}

export type UpstreamLookup = { upstreams: Upstream[] } | { problem: string };

export class ServiceUpstreams {
  readonly #view: ServiceEndpointsView;
  readonly #nextIndex = new Map<string, number>();

  constructor(view: ServiceEndpointsView) {
    this.#view = view;
  }

  /** The backend's endpoints, rotated so that successive requests start at successive ones. */
  lookup(namespace: string, serviceName: string, backendPort: ServiceBackendPort | null | undefined): UpstreamLookup {
    const service = this.#view.service(namespace, serviceName);
    if (!service) return { problem: `service "${namespace}/${serviceName}" not found` };
    const ports = service.spec?.ports ?? [];
    const servicePort = backendPort?.name
      ? ports.find((port) => port.name === backendPort.name)
      : ports.find((port) => port.port === backendPort?.number);
    if (!servicePort) return { problem: `service "${namespace}/${serviceName}" has no port ${backendPort?.name || backendPort?.number}` };
    const portName = servicePort.name ?? "";
    // The same ready endpoints the node proxy balances over for this service port.
    const upstreams: Upstream[] = readyEndpointsForPort(this.#view.endpoints(namespace, serviceName), portName).map(({ ip, port }) => ({ host: ip, port }));
    if (upstreams.length === 0) return { problem: `service "${namespace}/${serviceName}" has no ready endpoints` };
    const key = `${namespace}/${serviceName}/${portName}`;
    const start = (this.#nextIndex.get(key) ?? 0) % upstreams.length;
    this.#nextIndex.set(key, start + 1);
    return { upstreams: [...upstreams.slice(start), ...upstreams.slice(0, start)] };
  }
}
