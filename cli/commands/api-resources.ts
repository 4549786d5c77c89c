// troupe api-resources: the kinds the server serves, from discovery, sorted like kubectl
// (core group first, then by group, then by name).
import { viewOfApiVersion } from "../../runtime/codec/version-views.ts";
import type { ApiResourceJson } from "../../runtime/api-client.ts";
import { oneOf, parseBoolean } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";
import { apiGroup } from "../object-ref.ts";
import { formatTable } from "../table.ts";

export async function run(invocation: Invocation): Promise<number> {
  const { flags, stdout } = invocation;
  const format = oneOf("output", flags.string("output"), ["table", "name"], "table");
  const namespaced = parseBoolean("namespaced", flags.string("namespaced"));
  const { resources } = await (await invocation.api()).discovery();
  // As kubectl: each kind once, in its preferred (stored) version; autoscaling/v1 HPAs are not listed again.
  const shown = resources
    .filter((resource) => !viewOfApiVersion(resource.apiVersion, resource.kind))
    .filter((resource) => namespaced === undefined || (resource.namespaced ?? false) === namespaced)
    .sort(byGroupThenName);
  if (format === "name") {
    stdout.write(shown.map((resource) => `${qualifiedName(resource)}\n`).join(""));
    return 0;
  }
  const rows = shown.map((resource) => [
    resource.plural,
    (resource.shortNames ?? []).join(","),
    resource.apiVersion,
    String(resource.namespaced ?? false),
    resource.kind,
  ]);
  stdout.write(formatTable(["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"], rows));
  return 0;
}

function qualifiedName(resource: ApiResourceJson): string {
  const group = apiGroup(resource.apiVersion);
  return group ? `${resource.plural}.${group}` : resource.plural;
}

function byGroupThenName(a: ApiResourceJson, b: ApiResourceJson): number {
  const key = (resource: ApiResourceJson) => `${apiGroup(resource.apiVersion)}\u0000${resource.plural}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
