// ResourceQuota, the pure part: what an object counts against a quota (usage), which quotas
// match it (scopes), and whether adding it stays within `hard` (Kubernetes' message otherwise).
import { parseQuantity } from "../../../../runtime/quantity.ts";
import { formatQuantity } from "../../../../runtime/quantity-format.ts";
import type { troupe } from "../../../../proto/gen/troupe.js";
import { podQosClass } from "../qos.ts";

type Quota = troupe.v1.ResourceQuota.$Properties;
type Pod = troupe.v1.Pod.$Properties;
type Claim = troupe.v1.PersistentVolumeClaim.$Properties;
export type Usage = Record<string, number>;

/** Kinds whose count has a resource name of its own (besides count/<resource>). */
const COUNTED: Record<string, string> = {
  Pod: "pods", Service: "services", ConfigMap: "configmaps", Secret: "secrets", PersistentVolumeClaim: "persistentvolumeclaims",
  ReplicationController: "replicationcontrollers", ResourceQuota: "resourcequotas",
};

export const QUOTA_SCOPES = ["BestEffort", "NotBestEffort", "Terminating", "NotTerminating"] as const;

/** What one object of `kind` (`resource` its plural, `group` its API group) uses. */
export function objectUsage(kind: string, resource: string, group: string, object: object): Usage {
  const usage: Usage = { [group ? `count/${resource}.${group}` : `count/${resource}`]: 1 };
  const named = COUNTED[kind];
  if (named) usage[named] = 1;
  if (kind === "Pod") Object.assign(usage, podComputeUsage(object as Pod));
  if (kind === "PersistentVolumeClaim") {
    const storage = quantity((object as Claim).spec?.resources?.requests?.storage);
    if (storage !== undefined) usage["requests.storage"] = storage;
  }
  return usage;
}

// Requests and limits summed over the app containers, each at least the largest init container's
// (init containers run one at a time), as Kubernetes' pod resource accounting does.
function podComputeUsage(pod: Pod): Usage {
  const usage: Usage = {};
  for (const kind of ["requests", "limits"] as const) {
    for (const name of ["cpu", "memory"]) {
      const total = (pod.spec?.containers ?? []).reduce((sum, c) => sum + (quantity(c.resources?.[kind]?.[name]) ?? 0), 0);
      const init = Math.max(0, ...(pod.spec?.initContainers ?? []).map((c) => quantity(c.resources?.[kind]?.[name]) ?? 0));
      const value = Math.max(total, init);
      if (value === 0) continue;
      usage[`${kind}.${name}`] = value;
      if (kind === "requests") usage[name] = value;
    }
  }
  return usage;
}

/** Whether `quota`'s scopes select this object (scoped quotas count pods only). */
export function quotaMatches(quota: Quota, kind: string, object: object): boolean {
  const scopes = [...(quota.spec?.scopes ?? []), ...(quota.spec?.scopeSelector?.matchExpressions ?? []).filter((e) => e.operator === "Exists").map((e) => e.scopeName ?? "")];
  if (scopes.length === 0) return true;
  if (kind !== "Pod") return false;
  const pod = object as Pod;
  const bestEffort = podQosClass(pod.spec) === "BestEffort";
  const terminating = pod.spec?.activeDeadlineSeconds !== undefined && pod.spec?.activeDeadlineSeconds !== null;
  return scopes.every((scope) => {
    switch (scope) {
      case "BestEffort": return bestEffort;
      case "NotBestEffort": return !bestEffort;
      case "Terminating": return terminating;
      case "NotTerminating": return !terminating;
      default: return false;
    }
  });
}

/** The quota's resources this usage touches; a quota constraining none of them is left alone. */
export function constrained(quota: Quota, usage: Usage): string[] {
  return Object.keys(usage).filter((name) => quota.spec?.hard?.[name] !== undefined).sort();
}

/** Adds `usage` to `used`; undefined when within hard, else Kubernetes' "exceeded quota" message. */
export function checkQuota(name: string, quota: Quota, used: Usage, usage: Usage): string | undefined {
  const names = constrained(quota, usage);
  const over = names.filter((resource) => (used[resource] ?? 0) + usage[resource] > (quantity(quota.spec?.hard?.[resource]) ?? 0) * (1 + 1e-12));
  if (over.length === 0) return undefined;
  const list = (values: (resource: string) => string) => over.map((resource) => `${resource}=${values(resource)}`).join(",");
  return `exceeded quota: ${name}, requested: ${list((r) => formatQuantity(usage[r]))}, used: ${list((r) => formatQuantity(used[r] ?? 0))}, limited: ${list((r) => quota.spec?.hard?.[r] ?? "")}`;
}

/** Sums usages, keeping only the resources `hard` names. */
export function totalUsage(hard: Record<string, string>, usages: readonly Usage[]): Usage {
  const total: Usage = {};
  for (const name of Object.keys(hard)) total[name] = 0;
  for (const usage of usages) {
    for (const [name, value] of Object.entries(usage)) if (name in total) total[name] += value;
  }
  return total;
}

export function parseUsage(values: Record<string, string> | null | undefined): Usage {
  const usage: Usage = {};
  for (const [name, text] of Object.entries(values ?? {})) usage[name] = quantity(text) ?? 0;
  return usage;
}

export function formatUsage(usage: Usage): Record<string, string> {
  return Object.fromEntries(Object.entries(usage).map(([name, value]) => [name, formatQuantity(value)]));
}

function quantity(text: string | null | undefined): number | undefined {
  if (text === undefined || text === null) return undefined;
  try {
    return parseQuantity(text);
  } catch {
    return undefined;
  }
}
