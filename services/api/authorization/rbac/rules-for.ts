// Which rules apply to a user in a namespace (rbac.go VisitRulesFor): the rules of every
// ClusterRole a ClusterRoleBinding grants them, then, in a namespace, of every Role or ClusterRole
// a RoleBinding there grants them. Pure over an RbacSource.
import type { UserInfo } from "../../../../runtime/auth/user-info.ts";
import type { AuthorizationAttributes, Decision } from "../authorizer.ts";
import type { RbacSource } from "./rbac-source.ts";
import { ruleAllows } from "./rule-matching.ts";
import { appliesToUser } from "./subject-matching.ts";
import type { BindingObject, PolicyRule, RoleObject, Subject } from "./types.ts";

/** Where a rule came from, in Kubernetes' wording for the allow reason. */
export interface RuleSource {
  binding: BindingObject;
  bindingKind: "ClusterRoleBinding" | "RoleBinding";
  /** The subject of the binding that names the user. */
  subject: Subject;
  role: RoleObject;
}

/** Return false to stop visiting. */
export type RuleVisitor = (rule: PolicyRule, source: RuleSource) => boolean;

function resolveRole(source: RbacSource, binding: BindingObject, namespace: string): RoleObject | string {
  const ref = binding.roleRef ?? {};
  const name = ref.name ?? "";
  if (ref.kind === "ClusterRole") return source.clusterRole(name) ?? `clusterrole.rbac.authorization.k8s.io "${name}" not found`;
  if (ref.kind === "Role" && namespace) return source.role(namespace, name) ?? `role.rbac.authorization.k8s.io "${name}" not found`;
  return `unknown roleRef kind "${ref.kind ?? ""}"`;
}

/** Visits the user's rules; the errors are bindings whose role is missing (Kubernetes reports them as the reason). */
export function visitRulesFor(source: RbacSource, user: UserInfo, namespace: string, visit: RuleVisitor): string[] {
  const errors: string[] = [];
  const visitBinding = (binding: BindingObject, bindingKind: RuleSource["bindingKind"], roleNamespace: string): boolean => {
    const subject = (binding.subjects ?? []).find((candidate) => appliesToUser(user, candidate, roleNamespace));
    if (!subject) return true;
    const role = resolveRole(source, binding, roleNamespace);
    if (typeof role === "string") {
      errors.push(role);
      return true;
    }
    for (const rule of role.rules ?? []) if (!visit(rule, { binding, bindingKind, subject, role })) return false;
    return true;
  };
  for (const binding of source.clusterRoleBindingsFor(user)) if (!visitBinding(binding, "ClusterRoleBinding", "")) return errors;
  if (namespace) for (const binding of source.roleBindingsFor(user, namespace)) if (!visitBinding(binding, "RoleBinding", namespace)) return errors;
  return errors;
}

/** Every rule that applies to the user in `namespace` ("" for cluster-wide grants only). */
export function rulesFor(source: RbacSource, user: UserInfo, namespace: string): { rules: PolicyRule[]; errors: string[] } {
  const rules: PolicyRule[] = [];
  const errors = visitRulesFor(source, user, namespace, (rule) => (rules.push(rule), true));
  return { rules, errors };
}

/** rbac.go's binding describers: `ClusterRoleBinding "x" of ClusterRole "y" to Group "z"`. */
function describeSource(source: RuleSource): string {
  const binding = source.binding.metadata ?? {};
  const namespace = source.bindingKind === "RoleBinding" ? binding.namespace ?? "" : "";
  const name = source.bindingKind === "RoleBinding" ? `${binding.name ?? ""}/${namespace}` : binding.name ?? "";
  const ref = source.binding.roleRef ?? {};
  const subject = source.subject;
  const subjectName = subject.kind === "ServiceAccount" ? `${subject.namespace || namespace}/${subject.name ?? ""}` : subject.name ?? "";
  return `RBAC: allowed by ${source.bindingKind} ${JSON.stringify(name)} of ${ref.kind ?? ""} ${JSON.stringify(ref.name ?? "")} to ${subject.kind ?? ""} ${JSON.stringify(subjectName)}`;
}

/** RBAC's decision: allow when a rule allows, else no opinion (RBAC never denies). */
export function rbacDecision(source: RbacSource, attributes: AuthorizationAttributes): Decision {
  const namespace = attributes.kind === "resource" ? attributes.namespace : "";
  let allowedBy: RuleSource | undefined;
  const errors = visitRulesFor(source, attributes.user, namespace, (rule, from) => {
    if (!ruleAllows(attributes, rule)) return true;
    allowedBy = from;
    return false;
  });
  if (allowedBy) return { decision: "allow", reason: describeSource(allowedBy) };
  return errors.length > 0 ? { decision: "noOpinion", reason: `RBAC: [${errors.join(", ")}]` } : { decision: "noOpinion", reason: "" };
}
