// The resource a request path names: its group, version and plural must all match a served kind.
import { RESOURCES, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { PathNotFoundError } from "./errors.ts";
import type { ResourceRequest } from "./request-info.ts";

export function resolveTarget(request: ResourceRequest): ResourceInfo {
  const apiVersion = request.group ? `${request.group}/${request.version}` : request.version;
  const info = RESOURCES.find((candidate) => candidate.plural === request.resource && candidate.apiVersion === apiVersion);
  if (!info) throw new PathNotFoundError();
  // A namespaced path for a cluster-scoped kind (or the reverse for a single object) names nothing.
  if (!info.namespaced && request.namespace) throw new PathNotFoundError();
  if (info.namespaced && request.name && !request.namespace) throw new PathNotFoundError();
  return info;
}
