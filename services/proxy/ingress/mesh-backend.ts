// An Ingress backend that is a mesh service method rather than a Service: the rule names it with
// a standard `resource` backend, `{apiGroup: mesh.troupe.dev, kind: MeshMethod, name:
// "<service>.<method>"}`, or `{kind: MeshService, name: "<service>"}` with the method taken from
// the next path element. The HTTP body (JSON) is the call's request, the reply its response.
import type { IngressBackend } from "./ingress-routes.ts";

export const MESH_API_GROUP = "mesh.troupe.dev";

/** Calls `<service>.<method>` in `namespace` over the mesh; rejects with an error carrying `code`. */
export type MeshCaller = (target: string, namespace: string, request: unknown) => Promise<unknown>;

export type MeshTarget = { target: string } | { problem: string };

export function meshTarget(backend: IngressBackend, rest: string): MeshTarget | undefined {
  const resource = backend.resource;
  if (!resource || resource.apiGroup !== MESH_API_GROUP) return undefined;
  if (resource.kind === "MeshMethod") return { target: resource.name ?? "" };
  if (resource.kind === "MeshService") {
    const method = rest.split("/")[0];
    return method ? { target: `${resource.name}.${method}` } : { problem: `name a method of mesh service "${resource.name}" after the path` };
  }
  return { problem: `unsupported backend kind "${resource.kind}" in ${MESH_API_GROUP} (MeshMethod or MeshService)` };
}

/** HTTP status for a mesh error code (see docs/mesh.md). */
export function httpStatusOfMeshError(code: string | undefined): number {
  switch (code) {
    case "BAD_REQUEST": return 400;
    case "PAYLOAD_TOO_LARGE": return 413;
    case "NO_RESPONDERS":
    case "CIRCUIT_OPEN": return 503;
    case "TIMEOUT": return 504;
    default: return 502;
  }
}
