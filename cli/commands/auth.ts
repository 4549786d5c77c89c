// troupe auth can-i VERB RESOURCE[/NAME] | can-i --list | whoami: access reviews answered by the
// API's authorizers, printed as kubectl prints them (yes/no with exit 0/1; the rules table; the
// user's attributes).
import type { KubeObject } from "../../runtime/api-client.ts";
import { findResource } from "../../runtime/codec/resources.ts";
import { rulesTable, type RulesReviewStatus } from "../auth/rules-table.ts";
import { UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { formatTable } from "../table.ts";

const USAGE = "Usage: troupe auth can-i VERB (RESOURCE[/NAME] | NONRESOURCEURL) [-n NS] [-A] [--subresource=SUB]\n" +
  "       troupe auth can-i --list [-n NS]\n" +
  "       troupe auth whoami";

/** "pods", "deploy/web", "deployments.apps", "widgets.example.com/x": the resource kubectl asks about. */
export function resourceAttributesOf(argument: string): { group: string; resource: string; name: string; known: boolean } {
  const [resourceText, name = ""] = argument.split(/\/(.*)/s);
  if (resourceText === "*") return { group: "", resource: "*", name, known: true };
  const info = findResource(resourceText);
  if (info) return { group: info.group, resource: info.plural, name, known: true };
  const dot = resourceText.indexOf(".");
  return dot > 0 ? { group: resourceText.slice(dot + 1), resource: resourceText.slice(0, dot), name, known: false } : { group: "", resource: resourceText, name, known: false };
}

async function canI(invocation: Invocation, rest: string[]): Promise<number> {
  const { flags } = invocation;
  const api = await invocation.api();
  const namespace = flags.boolean("all-namespaces") ? "" : flags.string("namespace") ?? "default";
  if (flags.boolean("list")) {
    if (rest.length > 0) throw new UsageError("auth can-i --list takes no VERB or RESOURCE", USAGE);
    const review = await api.review<KubeObject & { status: RulesReviewStatus }>({ apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectRulesReview", spec: { namespace: namespace || "default" } });
    if (review.status.incomplete) invocation.stderr.write(`warning: the list may be incomplete: ${review.status.evaluationError ?? ""}\n`);
    invocation.stdout.write(rulesTable(review.status, !flags.boolean("no-headers")));
    return 0;
  }
  if (rest.length !== 2) throw new UsageError("auth can-i needs a VERB and a RESOURCE (or a non-resource URL)", USAGE);
  const [verb, target] = rest as [string, string];
  let spec: object;
  if (target.startsWith("/")) {
    spec = { nonResourceAttributes: { verb, path: target } };
  } else {
    const { group, resource, name, known } = resourceAttributesOf(target);
    if (!known) invocation.stderr.write(`Warning: the server doesn't have a resource type '${resource}'\n\n`);
    spec = { resourceAttributes: { namespace, verb, group, resource, subresource: flags.string("subresource") ?? "", name } };
  }
  const review = await api.review<KubeObject & { status: { allowed: boolean; reason?: string; evaluationError?: string } }>({ apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectAccessReview", spec });
  if (review.status.allowed) {
    if (!flags.boolean("quiet")) invocation.stdout.write("yes\n");
    return 0;
  }
  // As kubectl: the authorizer's reason and any evaluation error follow the "no".
  if (!flags.boolean("quiet")) {
    const details = [review.status.reason, review.status.evaluationError].filter((part): part is string => Boolean(part));
    invocation.stdout.write(`no${details.map((part) => ` - ${part}`).join("")}\n`);
  }
  return 1;
}

async function whoami(invocation: Invocation): Promise<number> {
  const review = await (await invocation.api()).review<KubeObject & { status: { userInfo: { username: string; uid?: string; groups?: string[]; extra?: Record<string, string[]> } } }>({
    apiVersion: "authentication.k8s.io/v1", kind: "SelfSubjectReview",
  });
  const user = review.status.userInfo;
  // kubectl auth whoami's table: ATTRIBUTE / VALUE rows.
  const rows: string[][] = [["Username", user.username]];
  if (user.uid) rows.push(["UID", user.uid]);
  if (user.groups?.length) rows.push(["Groups", `[${user.groups.join(" ")}]`]);
  for (const [key, values] of Object.entries(user.extra ?? {}).sort(([a], [b]) => a.localeCompare(b))) rows.push([`Extra: ${key}`, `[${values.join(" ")}]`]);
  invocation.stdout.write(formatTable(["ATTRIBUTE", "VALUE"], rows));
  return 0;
}

export async function run(invocation: Invocation): Promise<number> {
  const [sub, ...rest] = invocation.positionals;
  if (sub === "can-i") return canI(invocation, rest);
  if (sub === "whoami") {
    if (rest.length > 0) throw new UsageError("auth whoami takes no arguments", USAGE);
    return whoami(invocation);
  }
  throw new UsageError(`unknown auth command "${sub ?? ""}": use can-i or whoami`, USAGE);
}
