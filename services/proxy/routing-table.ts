// The proxy's live routing state: one endpoint picker (and its metrics) per service port. Routes
// are replaced as Services and Endpoints change; a picker survives its route's updates, so
// round-robin position and client affinities carry over. Connections already forwarded hold
// their sockets, not a route, so a change only affects new connections.
import type { EndpointPicker } from "./endpoint-picker.ts";
import { EndpointPicker as Picker } from "./endpoint-picker.ts";
import type { ProxyMetrics, ServicePortMetrics } from "./metrics.ts";
import type { ServiceRoute } from "./service-routes.ts";
import { servicePortKey, type Endpoint, type ServicePortRef } from "./types.ts";

export interface ActiveRoute {
  readonly target: ServicePortRef;
  readonly picker: EndpointPicker;
  readonly metrics: ServicePortMetrics;
}

export class RoutingTable {
  readonly #metrics: ProxyMetrics;
  readonly #routes = new Map<string, ActiveRoute>();

  constructor(metrics: ProxyMetrics) {
    this.#metrics = metrics;
  }

  get(target: ServicePortRef): ActiveRoute | undefined {
    return this.#routes.get(servicePortKey(target));
  }

  get size(): number {
    return this.#routes.size;
  }

  /** Every endpoint some route may send a new connection to now. */
  *endpoints(): Iterable<Endpoint> {
    for (const route of this.#routes.values()) yield* route.picker.endpoints;
  }

  update(routes: ReadonlyMap<string, ServiceRoute>): void {
    for (const [key, route] of this.#routes) {
      if (routes.has(key)) continue;
      this.#routes.delete(key);
      this.#metrics.removeServicePort(route.target);
    }
    for (const [key, route] of routes) {
      let active = this.#routes.get(key);
      if (!active) {
        active = { target: route.target, picker: new Picker({ affinityTimeoutMs: route.affinityTimeoutMs }), metrics: this.#metrics.forServicePort(route.target) };
        this.#routes.set(key, active);
      } else {
        active.picker.setAffinityTimeout(route.affinityTimeoutMs);
      }
      active.picker.setEndpoints(route.endpoints);
    }
  }
}
