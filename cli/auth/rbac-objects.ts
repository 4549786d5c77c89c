// The objects `troupe create role|clusterrole|rolebinding|clusterrolebinding` send, built from
// flags as kubectl create builds them: one rule per API group of the resources named, subjects
// in the order users, groups, service accounts.
import type { KubeObject } from "../../runtime/api-client.ts";
import { findResource } from "../../runtime/codec/resources.ts";
import { UsageError } from "../errors.ts";

const RBAC = "rbac.authorization.k8s.io";
/** kubectl's list of verbs it accepts in a rule. */
const VALID_VERBS = ["*", "get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "use", "bind", "escalate", "impersonate", "approve", "sign"];
const NON_RESOURCE_VERBS = ["*", "get", "post", "put", "delete", "patch", "head", "options"];

export interface RoleFlags {
  verbs: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceUrls: string[];
  aggregationRule?: string;
}

const split = (values: string[]) => values.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);

/** "deploy" -> apps/deployments, "pods/log" -> /pods/log, "widgets.example.com" as given. */
function resolveResource(text: string): { group: string; resource: string } {
  const [base, subresource] = text.split(/\/(.*)/s);
  const withSub = (resource: string) => (subresource !== undefined ? `${resource}/${subresource}` : resource);
  if (base === "*") return { group: "", resource: withSub("*") };
  const info = findResource(base);
  if (info) return { group: info.group, resource: withSub(info.plural) };
  const dot = base.indexOf(".");
  if (dot > 0) return { group: base.slice(dot + 1), resource: withSub(base.slice(0, dot)) };
  throw new UsageError(`the server doesn't have a resource type "${base}"`);
}

export function policyRules(flags: RoleFlags, clusterScoped: boolean): KubeObject["rules"] {
  const verbs = split(flags.verbs);
  const resources = split(flags.resources);
  const urls = split(flags.nonResourceUrls);
  if (verbs.length === 0) throw new UsageError("at least one verb must be specified");
  if (resources.length === 0 && urls.length === 0) throw new UsageError(clusterScoped ? "one of resource or nonResourceURL must be specified" : "at least one resource must be specified");
  if (!clusterScoped && urls.length > 0) throw new UsageError("unknown flag --non-resource-url for \"troupe create role\": non-resource URLs are cluster-wide");
  const rules: { verbs: string[]; apiGroups?: string[]; resources?: string[]; resourceNames?: string[]; nonResourceURLs?: string[] }[] = [];
  if (resources.length > 0) {
    for (const verb of verbs) if (!VALID_VERBS.includes(verb)) throw new UsageError(`invalid verb: '${verb}'`);
    const byGroup = new Map<string, string[]>();
    for (const { group, resource } of resources.map(resolveResource)) {
      const list = byGroup.get(group) ?? [];
      if (!list.includes(resource)) list.push(resource);
      byGroup.set(group, list);
    }
    const names = split(flags.resourceNames);
    for (const [group, list] of byGroup) rules.push({ verbs, apiGroups: [group], resources: list, ...(names.length > 0 ? { resourceNames: names } : {}) });
  }
  if (urls.length > 0) {
    for (const verb of verbs) if (!NON_RESOURCE_VERBS.includes(verb)) throw new UsageError(`invalid verb: '${verb}' for nonResourceURL`);
    for (const url of urls) if (!url.startsWith("/")) throw new UsageError(`nonResourceURL should start with /`);
    rules.push({ verbs, nonResourceURLs: urls });
  }
  return rules;
}

export function roleObject(kind: "Role" | "ClusterRole", name: string, namespace: string, flags: RoleFlags): KubeObject {
  const metadata = kind === "Role" ? { name, namespace } : { name };
  if (flags.aggregationRule !== undefined) {
    if (kind === "Role") throw new UsageError('unknown flag --aggregation-rule for "troupe create role"');
    if (flags.verbs.length || flags.resources.length || flags.nonResourceUrls.length || flags.resourceNames.length) {
      throw new UsageError("--aggregation-rule cannot be combined with --verb, --resource, --resource-name or --non-resource-url");
    }
    const matchLabels: Record<string, string> = {};
    for (const pair of split([flags.aggregationRule])) {
      const [key, value] = pair.split(/=(.*)/s);
      if (!key || value === undefined) throw new UsageError(`--aggregation-rule: "${pair}" is not KEY=VALUE`);
      matchLabels[key] = value;
    }
    return { apiVersion: `${RBAC}/v1`, kind, metadata, aggregationRule: { clusterRoleSelectors: [{ matchLabels }] } };
  }
  return { apiVersion: `${RBAC}/v1`, kind, metadata, rules: policyRules(flags, kind === "ClusterRole") };
}

export interface BindingFlags {
  role?: string;
  clusterRole?: string;
  users: string[];
  groups: string[];
  serviceAccounts: string[];
}

export function bindingObject(kind: "RoleBinding" | "ClusterRoleBinding", name: string, namespace: string, flags: BindingFlags): KubeObject {
  if (kind === "ClusterRoleBinding" && flags.role) throw new UsageError('unknown flag --role for "troupe create clusterrolebinding": use --clusterrole');
  if (Boolean(flags.role) === Boolean(flags.clusterRole)) throw new UsageError(kind === "RoleBinding" ? "exactly one of clusterrole or role must be specified" : "--clusterrole is required");
  const subjects: object[] = [
    ...flags.users.map((user) => ({ kind: "User", apiGroup: RBAC, name: user })),
    ...flags.groups.map((group) => ({ kind: "Group", apiGroup: RBAC, name: group })),
    ...flags.serviceAccounts.map((account) => {
      const [accountNamespace, accountName, ...rest] = account.split(":");
      if (!accountNamespace || !accountName || rest.length > 0) throw new UsageError(`serviceaccount must be <namespace>:<name>`);
      return { kind: "ServiceAccount", namespace: accountNamespace, name: accountName };
    }),
  ];
  const roleRef = { apiGroup: RBAC, kind: flags.role ? "Role" : "ClusterRole", name: flags.role ?? flags.clusterRole };
  return { apiVersion: `${RBAC}/v1`, kind, metadata: kind === "RoleBinding" ? { name, namespace } : { name }, roleRef, subjects };
}
