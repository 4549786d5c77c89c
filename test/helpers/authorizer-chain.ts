// A test-only authorization chain (the integrator's chain in services/api replaces it): the first
// authorizer that allows or denies decides; when none has an opinion the request is forbidden,
// as kube-apiserver's --authorization-mode=Node,RBAC with no RBAC rule that matches.
import type { AuthorizationAttributes, Authorizer, Decision, ResourceAttributes } from "../../services/api/authorization/authorizer.ts";
import type { UserInfo } from "../../runtime/auth/user-info.ts";

export async function authorizeInChain(authorizers: Authorizer[], attributes: AuthorizationAttributes): Promise<Decision & { by: string }> {
  for (const authorizer of authorizers) {
    const decision = await authorizer.authorize(attributes);
    if (decision.decision !== "noOpinion") return { ...decision, by: authorizer.name };
  }
  return { decision: "deny", reason: "no authorizer allowed the request", by: "" };
}

const GROUPS: Record<string, string> = { leases: "coordination.k8s.io", deployments: "apps", endpointslices: "discovery.k8s.io" };

/** The attributes of one request, as an API request of `user` would carry them. */
export function resourceAttributes(user: UserInfo, verb: string, resource: string, key: { namespace?: string; name?: string; subresource?: string } = {}): ResourceAttributes {
  return { kind: "resource", user, verb, apiGroup: GROUPS[resource] ?? "", resource, subresource: key.subresource ?? "", namespace: key.namespace ?? "", name: key.name ?? "" };
}
