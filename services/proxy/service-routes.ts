// Pure: for every TCP port of every proxied Service, its ready endpoints and its affinity
// timeout. The routing table applies these to its pickers.
import { serviceName } from "./listener-plan.ts";
import { readyEndpointsForPort } from "./service-endpoints.ts";
import { servicePortKey, type Endpoint, type EndpointsObject, type ServiceObject, type ServicePortRef } from "./types.ts";

/** Kubernetes' default ClientIP affinity timeout: three hours. */
export const DEFAULT_AFFINITY_TIMEOUT_SECONDS = 10800;

export interface ServiceRoute {
  readonly target: ServicePortRef;
  readonly endpoints: Endpoint[];
  /** Set only with sessionAffinity ClientIP. */
  readonly affinityTimeoutMs: number | undefined;
}

export function affinityTimeoutMs(service: ServiceObject): number | undefined {
  if (service.spec?.sessionAffinity !== "ClientIP") return undefined;
  return (service.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? DEFAULT_AFFINITY_TIMEOUT_SECONDS) * 1000;
}

/** `endpointsOf` finds the Endpoints object named as the Service, in its namespace. */
export function planRoutes(services: readonly ServiceObject[], endpointsOf: (namespace: string, name: string) => EndpointsObject | undefined): Map<string, ServiceRoute> {
  const routes = new Map<string, ServiceRoute>();
  for (const service of services) {
    if (service.spec?.type === "ExternalName") continue;
    const endpoints = endpointsOf(service.metadata?.namespace ?? "", service.metadata?.name ?? "");
    const timeout = affinityTimeoutMs(service);
    for (const port of service.spec?.ports ?? []) {
      if ((port.protocol || "TCP") !== "TCP") continue;
      const target = { service: serviceName(service), portName: port.name ?? "" };
      routes.set(servicePortKey(target), { target, endpoints: readyEndpointsForPort(endpoints, target.portName), affinityTimeoutMs: timeout });
    }
  }
  return routes;
}
