// What each API verb asks the authorizer, in Kubernetes' terms: the verb RBAC rules name and the
// subresource (updateStatus is an update of pods/status, bind a create of pods/binding, evict a
// create of pods/eviction). A verb another part of the API adds gets its line in
// VERB_ATTRIBUTES (e.g. `createToken: { verb: "create", subresource: "token" }` for
// serviceaccounts/token), and nothing else needs to change.
import type { UserInfo } from "../../../runtime/auth/user-info.ts";
import type { NonResourceAttributes, ResourceAttributes } from "./authorizer.ts";

export interface VerbAttributes {
  /** The Kubernetes verb RBAC rules name. */
  verb: string;
  /** A fixed subresource; otherwise the request's own (a patch of "status" or "scale"). */
  subresource?: string;
  /** A fixed resource (the pod of bind and evict), whatever the request names. */
  resource?: { group: string; plural: string; namespaced: boolean };
  /** Creates name no object (Kubernetes' POST has none in its path), so resourceNames never match them. */
  namesNoObject?: boolean;
}

const PODS = { group: "", plural: "pods", namespaced: true };

export const VERB_ATTRIBUTES: Record<string, VerbAttributes> = {
  create: { verb: "create", namesNoObject: true },
  // Create-or-update by name: a patch in Kubernetes' terms (kubectl apply); dispatch also checks
  // create when the object does not exist yet.
  apply: { verb: "patch" },
  get: { verb: "get" },
  list: { verb: "list" },
  watch: { verb: "watch" },
  update: { verb: "update" },
  updateStatus: { verb: "update", subresource: "status" },
  patch: { verb: "patch" },
  delete: { verb: "delete" },
  bind: { verb: "create", subresource: "binding", resource: PODS },
  evict: { verb: "create", subresource: "eviction", resource: PODS },
  // TokenRequest: a token for a ServiceAccount (kubelets for their pods, `kubectl create token`).
  createToken: { verb: "create", subresource: "token" },
  // Access reviews (authorization.k8s.io, authentication.k8s.io): create-only, never stored.
  review: { verb: "create", namesNoObject: true },
  // The logs stream's lines of pods (`kubectl logs`' get pods/log); "" namespace: every one.
  podLogs: { verb: "get", subresource: "log", resource: PODS },
  // The scale subresource: get and update of deployments/scale, replicasets/scale, statefulsets/scale.
  getScale: { verb: "get", subresource: "scale" },
  updateScale: { verb: "update", subresource: "scale" },
  // custom.metrics.k8s.io: get on <resource>/<metric> (the request's own subresource).
  customMetrics: { verb: "get" },
};

/** What a request names once decoded: the resource, and where and which object. */
export interface RequestTarget {
  group: string;
  plural: string;
  namespaced: boolean;
  /** As the request gives it; "" or absent means all namespaces for list and watch and
   * "default" for the rest (as the operations read it). */
  namespace?: string;
  name?: string;
  /** The subresource a patch names. */
  subresource?: string;
}

export const DEFAULT_NAMESPACE = "default";

function namespaceOf(verb: string, target: RequestTarget): string {
  if (!target.namespaced) {
    // Kubernetes' RequestInfo takes a namespace's own name as the namespace of a request for it.
    return target.plural === "namespaces" && target.group === "" ? target.name ?? "" : "";
  }
  if (target.namespace) return target.namespace;
  return verb === "list" || verb === "watch" || verb === "podLogs" ? "" : DEFAULT_NAMESPACE;
}

/**
 * A kubelet's create of its Node names the Node, so that the Node authorizer lets a kubelet
 * register its own Node and no other (what Kubernetes' NodeRestriction admission adds to the
 * Node authorizer). Every other create names no object.
 */
function namesItsNode(apiVerb: string, target: RequestTarget): boolean {
  return apiVerb === "create" && target.group === "" && target.plural === "nodes";
}

/** The attributes an API verb's request is authorized with; undefined for a verb with no entry. */
export function resourceAttributesFor(apiVerb: string, target: RequestTarget, user: UserInfo): ResourceAttributes | undefined {
  const rule = VERB_ATTRIBUTES[apiVerb];
  if (!rule) return undefined;
  const name = rule.namesNoObject && !namesItsNode(apiVerb, target) ? "" : target.name ?? "";
  const scoped = { ...target, ...rule.resource, name };
  return {
    kind: "resource",
    user,
    verb: rule.verb,
    apiGroup: scoped.group,
    resource: scoped.plural,
    subresource: rule.subresource ?? target.subresource ?? "",
    namespace: namespaceOf(apiVerb, scoped),
    name,
  };
}

/** Discovery is Kubernetes' GET /api and /apis: a non-resource request (system:discovery allows it). */
export function discoveryAttributes(user: UserInfo): NonResourceAttributes {
  return { kind: "nonResource", user, verb: "get", path: "/api" };
}
