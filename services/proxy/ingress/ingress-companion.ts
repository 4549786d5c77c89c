// Runs the ingress with the node proxy, on its caches: Ingress objects from a shared informer,
// Services and Endpoints from the proxy's own. The routes are rebuilt after any Ingress change.
import { findResource } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ProxyCompanion, ProxyCompanionFactory } from "../companion.ts";
import { retryingCompanion } from "../retrying-companion.ts";
import { IngressServer } from "./ingress-server.ts";
import type { IngressObject } from "./ingress-routes.ts";
import type { MeshCaller } from "./mesh-backend.ts";
import { Mesh } from "../../../runtime/mesh/mesh.ts";

export interface IngressCompanionOptions {
  /** Where the ingress listens; the node address by default. */
  address?: string;
  port: number;
  /** How mesh method backends are called; by default the mesh SDK on the proxy's connection. */
  callMesh?: MeshCaller;
  /** Deadline of a mesh call from the ingress. */
  meshTimeoutMs?: number;
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
      callMesh: options.callMesh ?? meshCallerOn(context.nc, context.registry, context.logger, options.meshTimeoutMs ?? 10_000),
      registry: context.registry,
      logger: context.logger,
    });
    const invalidate = () => server.invalidate();
    ingresses.addHandlers({ onAdd: invalidate, onUpdate: invalidate, onDelete: invalidate });
    const address = options.address ?? context.options.nodeAddress;
    return retryingCompanion({ what: "ingress", start: () => server.start(), stop: () => server.stop(), logger: context.logger, fields: { address, port: options.port } });
  };
}

/** Calls through the mesh SDK, made on first use: a proxy without mesh backends never builds it. */
function meshCallerOn(nc: Mesh["nc"], registry: Mesh["registry"], logger: Mesh["logger"], timeoutMs: number): MeshCaller {
  let mesh: Promise<Mesh> | undefined;
  return async (target, namespace, request) => {
    mesh ??= Mesh.connect({ nc, registry, logger, name: "troupe-ingress" });
    return (await mesh).call(target, request, { namespace, timeoutMs });
  };
}
