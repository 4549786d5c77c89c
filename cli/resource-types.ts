// Resolves what the user typed (po, pods, Pod, deployments.apps, all) to the server's resource
// types from discovery, so get can pick columns and say "No resources found in X namespace".
import type { ApiResourceJson, DiscoveryJson } from "../runtime/api-client.ts";
import { viewOfApiVersion } from "../runtime/codec/version-views.ts";
import { apiGroup } from "./object-ref.ts";

export class UnknownResourceTypeError extends Error {
  override name = "UnknownResourceTypeError";
  readonly code = "UNKNOWN_RESOURCE_TYPE";
  readonly resource: string;
  constructor(resource: string) {
    super(`the server doesn't have a resource type "${resource}"; run \`troupe api-resources\` for the list`);
    this.resource = resource;
  }
}

/** What `get all` lists, as in kubectl: the workload kinds and services. */
const ALL = ["pods", "services", "daemonsets", "deployments", "replicasets", "statefulsets", "jobs", "cronjobs"];

export function resourceNames(resource: ApiResourceJson): string[] {
  const group = apiGroup(resource.apiVersion);
  // A name the API leaves empty (the metrics kinds have no singular) is absent from its JSON.
  const names = [resource.kind, resource.plural, resource.singular, ...(resource.shortNames ?? [])].filter((name): name is string => Boolean(name)).map((name) => name.toLowerCase());
  if (!group) return names;
  // hpa.v1.autoscaling: the kind in that version (kubectl's resource.version.group).
  const version = resource.apiVersion.slice(group.length + 1);
  const versioned = names.map((name) => `${name}.${version}.${group}`);
  // Kinds listed in two versions: the bare and group-qualified names are the stored version's.
  return viewOfApiVersion(resource.apiVersion, resource.kind) ? versioned : [...names, ...names.map((name) => `${name}.${group}`), ...versioned];
}

/** The name the API resolves to exactly this type: plural.group outside the core group (pods.metrics.k8s.io is not pods). */
export function qualifiedResource(resource: ApiResourceJson): string {
  const group = apiGroup(resource.apiVersion);
  // Another served version than the stored one: plural.version.group asks the API for it.
  if (group && viewOfApiVersion(resource.apiVersion, resource.kind)) return `${resource.plural}.${resource.apiVersion.slice(group.length + 1)}.${group}`;
  return group ? `${resource.plural}.${group}` : resource.plural;
}

export function resolveResourceType(discovery: DiscoveryJson, name: string): ApiResourceJson {
  const wanted = name.toLowerCase();
  const found = discovery.resources.find((resource) => resourceNames(resource).includes(wanted));
  if (!found) throw new UnknownResourceTypeError(name);
  return found;
}

/** "deploy,svc" or "all" to resource types, without duplicates, in the order given. */
export function resolveResourceTypes(discovery: DiscoveryJson, list: string): ApiResourceJson[] {
  const resolved: ApiResourceJson[] = [];
  for (const name of list.split(",").filter((part) => part !== "")) {
    const types =
      name.toLowerCase() === "all"
        ? discovery.resources.filter((resource) => ALL.includes(resource.plural)).sort((a, b) => ALL.indexOf(a.plural) - ALL.indexOf(b.plural))
        : [resolveResourceType(discovery, name)];
    for (const type of types) if (!resolved.includes(type)) resolved.push(type);
  }
  return resolved;
}
