// Escalation prevention for writes of RBAC objects (kube-apiserver's RBAC storage): a Role or
// ClusterRole may hold only rules its writer holds, unless they may `escalate`; a binding may
// grant only a role whose rules its writer holds, unless they may `bind` it; an aggregationRule
// needs `escalate` (Kubernetes: "must have cluster-admin privileges to use the aggregationRule").
// Patches of roles need `escalate` outright: their result is only known inside the operation.
import { ForbiddenError } from "../../../runtime/api-errors.ts";
import type { UserInfo } from "../../../runtime/auth/user-info.ts";
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../api-context.ts";
import type { Authorizer } from "./authorizer.ts";
import { compactMissing, uncoveredRules } from "./rbac/escalation.ts";
import { CLUSTER_ROLES, ROLES } from "./rbac/rbac-index.ts";
import { RBAC_API_GROUP, type BindingObject, type RoleObject } from "./rbac/types.ts";
import type { ReviewDeps } from "./reviews/review-kinds.ts";

export interface EscalationDeps {
  ctx: ApiContext;
  authorizer: Authorizer;
  reviews: ReviewDeps;
}

async function allowed(deps: EscalationDeps, user: UserInfo, verb: string, resource: string, namespace: string, name: string): Promise<boolean> {
  const decision = await deps.authorizer.authorize({ kind: "resource", user, verb, apiGroup: RBAC_API_GROUP, resource, subresource: "", namespace, name });
  return decision.decision === "allow";
}

function forbidden(info: ResourceInfo, name: string, user: UserInfo, why: string): ForbiddenError {
  return new ForbiddenError(`${info.plural}.${RBAC_API_GROUP}`, name, `user ${JSON.stringify(user.username)} (groups=[${user.groups.map((group) => JSON.stringify(group)).join(" ")}]) ${why}`);
}

async function confirmHeld(deps: EscalationDeps, info: ResourceInfo, name: string, user: UserInfo, namespace: string, rules: RoleObject["rules"]): Promise<void> {
  const held = await deps.reviews.rulesFor(user, namespace);
  const missing = uncoveredRules(held.rules, rules ?? []);
  if (missing.length === 0) return;
  let why = `is attempting to grant RBAC permissions not currently held:\n${compactMissing(missing).join("\n")}`;
  if (held.errors.length > 0) why += `; resolution errors: [${held.errors.join(" ")}]`;
  throw forbidden(info, name, user, why);
}

/** For a create, apply or update of `object`; patches pass `object` undefined and the stored name. */
export async function preventEscalation(deps: EscalationDeps, user: UserInfo, info: ResourceInfo, namespaceOf: string, name: string, object: ApiObject | undefined): Promise<void> {
  if (info.group !== RBAC_API_GROUP) return;
  const namespace = info.namespaced ? namespaceOf || "default" : "";
  if (info.kind === "Role" || info.kind === "ClusterRole") {
    if (await allowed(deps, user, "escalate", info.plural, namespace, name)) return;
    const role = object as RoleObject | undefined;
    if (!role) throw forbidden(info, name, user, `cannot escalate resource ${JSON.stringify(info.plural)}: patching a role needs the escalate verb`);
    if (role.aggregationRule) throw new ForbiddenError(`${info.plural}.${RBAC_API_GROUP}`, name, "must have cluster-admin privileges to use the aggregationRule");
    return confirmHeld(deps, info, name, user, namespace, role.rules);
  }
  let binding = object as BindingObject | undefined;
  // roleRef cannot change, so a patch grants what the stored binding names.
  binding ??= (await deps.ctx.repo.get(info, namespace || undefined, name))?.object as BindingObject | undefined;
  const ref = binding?.roleRef;
  if (!ref?.name) return;
  const roleResource = ref.kind === "Role" ? "roles" : "clusterroles";
  if (await allowed(deps, user, "bind", roleResource, namespace, ref.name)) return;
  const role = ref.kind === "Role" ? await deps.ctx.repo.get(ROLES, namespace, ref.name) : await deps.ctx.repo.get(CLUSTER_ROLES, undefined, ref.name);
  await confirmHeld(deps, info, name, user, namespace, (role?.object as RoleObject | undefined)?.rules);
}
