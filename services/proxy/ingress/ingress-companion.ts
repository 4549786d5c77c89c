// Runs the ingress with the node proxy, on its caches: Ingress objects from a shared informer,
// Services and Endpoints from the proxy's own. The routes are rebuilt after any Ingress change.
import { findResource } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ProxyCompanion, ProxyCompanionFactory } from "../companion.ts";
import { IngressServer } from "./ingress-server.ts";
import type { IngressObject } from "./ingress-routes.ts";
import type { MeshCaller } from "./mesh-backend.ts";

export interface IngressCompanionOptions {
  /** Where the ingress listens; the node address by default. */
  address?: string;
  port: number;
  callMesh?: MeshCaller;
}

export function ingressCompanion(options: IngressCompanionOptions): ProxyCompanionFactory {
  return (context): ProxyCompanion => {
    const info = findResource("ingresses");
    if (!info) throw new Error("the Ingress kind is not registered");
    const ingresses = context.factory.informer<IngressObject & ApiObject>(info);
    const server = new IngressServer({
      address: options.address ?? context.options.nodeAddress,
      port: options.port,
      ingresses: () => ingresses.list(),
      view: { service: (namespace, name) => context.services.get(namespace, name), endpoints: (namespace, name) => context.endpoints.get(namespace, name) },
      callMesh: options.callMesh,
      registry: context.registry,
      logger: context.logger,
    });
    const invalidate = () => server.invalidate();
    ingresses.addHandlers({ onAdd: invalidate, onUpdate: invalidate, onDelete: invalidate });
    const address = options.address ?? context.options.nodeAddress;
    let stopped = false;
    let retryTimer: NodeJS.Timeout | undefined;
    // A taken port must not keep the proxy from serving Services: log, and try again later.
    const listen = async (delayMs: number): Promise<void> => {
      try {
        await server.start();
        context.logger.info("ingress listening", { address, port: server.port });
      } catch (error) {
        if (stopped) return;
        context.logger.warn("ingress cannot listen; retrying", { address, port: options.port, retryInMs: delayMs, error });
        retryTimer = setTimeout(() => void listen(Math.min(delayMs * 2, 30_000)), delayMs);
      }
    };
    return {
      start: () => listen(1000),
      async stop() {
        stopped = true;
        clearTimeout(retryTimer);
        await server.stop().catch(() => undefined);
      },
    };
  };
}
