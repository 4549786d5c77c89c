// The resource a request path names: its group, version and plural must all match a served kind.
import { RESOURCES, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { resourceNameFor, VERSION_VIEWS } from "../../runtime/codec/version-views.ts";
import { PathNotFoundError } from "./errors.ts";
import type { ResourceRequest } from "./request-info.ts";

export function resolveTarget(request: ResourceRequest): ResourceInfo {
  const apiVersion = request.group ? `${request.group}/${request.version}` : request.version;
  const info = RESOURCES.find((candidate) => candidate.plural === request.resource && candidate.apiVersion === apiVersion) ?? viewTarget(request.resource, apiVersion);
  if (!info) throw new PathNotFoundError();
  // A namespaced path for a cluster-scoped kind (or the reverse for a single object) names nothing.
  if (!info.namespaced && request.namespace) throw new PathNotFoundError();
  if (info.namespaced && request.name && !request.namespace) throw new PathNotFoundError();
  return info;
}

/**
 * A kind served in another version than it is stored in (autoscaling/v1 HorizontalPodAutoscaler):
 * the path's apiVersion, and as its resource the name that asks the API for that version
 * (`horizontalpodautoscalers.v1.autoscaling`), so every handler reads and writes in it.
 */
function viewTarget(plural: string, apiVersion: string): ResourceInfo | undefined {
  const view = VERSION_VIEWS.find((candidate) => candidate.info.plural === plural && candidate.apiVersion === apiVersion);
  return view ? { ...view.info, apiVersion: view.apiVersion, plural: resourceNameFor(view.info, view.apiVersion) } : undefined;
}
