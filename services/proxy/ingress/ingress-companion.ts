// Runs the ingress with the node proxy, on its caches: Ingress objects from a shared informer,
// Services and Endpoints from the proxy's own. The routes are rebuilt after any Ingress change.
import { findResource } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ProxyCompanion, ProxyCompanionFactory } from "../companion.ts";
import { retryingCompanion } from "../retrying-companion.ts";
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
    return retryingCompanion({ what: "ingress", start: () => server.start(), stop: () => server.stop(), logger: context.logger, fields: { address, port: options.port } });
  };
}
