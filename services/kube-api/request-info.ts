// What an HTTP request asks for, read from its path and method the way kube-apiserver's
// RequestInfoFactory reads it: discovery and other non-resource paths, or a resource request
// (group, version, namespace, resource, name, subresource, Kubernetes verb).

export interface ResourceRequest {
  type: "resource";
  /** "" for the core group (/api/v1). */
  group: string;
  version: string;
  /** "" for cluster-scoped paths and for lists across all namespaces. */
  namespace: string;
  resource: string;
  name: string;
  subresource: string;
  verb: KubernetesVerb;
}

export interface NonResourceRequest {
  type: "nonresource";
  path: string;
}

export type RequestInfo = ResourceRequest | NonResourceRequest;

export type KubernetesVerb =
  | "get" | "list" | "watch" | "create" | "update" | "patch" | "delete" | "deletecollection" | "connect";

/** /namespaces/<name>/status and /finalize are the Namespace's own subresources, not resources in it. */
const NAMESPACE_SUBRESOURCES = new Set(["status", "finalize"]);

/** Subresources reached by connecting (streams, upgrades) rather than by reading objects. */
const CONNECT_SUBRESOURCES = new Set(["exec", "attach", "portforward", "proxy", "log"]);

function verbFor(method: string, named: boolean, watch: boolean): KubernetesVerb | undefined {
  switch (method) {
    case "GET":
    case "HEAD":
      if (watch) return "watch";
      return named ? "get" : "list";
    case "POST":
      return "create";
    case "PUT":
      return "update";
    case "PATCH":
      return "patch";
    case "DELETE":
      return named ? "delete" : "deletecollection";
    default:
      return undefined;
  }
}

/** Reads a request; undefined for a method no Kubernetes API path accepts. */
export function requestInfo(method: string, url: URL): RequestInfo | undefined {
  const parts = url.pathname.split("/").filter((part) => part !== "");
  let group = "";
  let rest: string[];
  if (parts[0] === "api" && parts.length >= 3) {
    rest = parts.slice(1);
  } else if (parts[0] === "apis" && parts.length >= 4) {
    group = parts[1];
    rest = parts.slice(2);
  } else {
    return { type: "nonresource", path: url.pathname };
  }
  const version = rest[0];
  let segments = rest.slice(1);
  // The deprecated /watch/ prefix (…/v1/watch/pods) is a watch of what follows.
  let watch = url.searchParams.get("watch") === "true" || url.searchParams.get("watch") === "1";
  if (segments[0] === "watch") {
    watch = true;
    segments = segments.slice(1);
  }
  let namespace = "";
  // /namespaces/<ns>/<resource>... is namespaced; /namespaces and /namespaces/<name>[/status]
  // address Namespace objects themselves.
  if (segments[0] === "namespaces" && segments.length >= 3 && !NAMESPACE_SUBRESOURCES.has(segments[2])) {
    namespace = segments[1];
    segments = segments.slice(2);
  }
  const [resource = "", name = "", subresource = "", ...extra] = segments;
  if (!resource || extra.length > 0) return { type: "nonresource", path: url.pathname };
  const isConnect = subresource !== "" && CONNECT_SUBRESOURCES.has(subresource);
  const verb = isConnect && subresource !== "log" ? "connect" : verbFor(method, name !== "", watch);
  if (!verb) return undefined;
  return { type: "resource", group, version, namespace, resource, name, subresource, verb };
}
