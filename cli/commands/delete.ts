// troupe delete: by KIND NAME..., KIND/NAME, KIND -l SELECTOR, KIND --all, or -f manifests.
// Each object is reported on its own line; a failure does not stop the rest.
import type { DeleteOptions, JsonApiClient } from "../../runtime/api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import { formatError, UsageError } from "../errors.ts";
import { oneOf, parseDryRun, parseNonNegativeInteger } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";
import { loadManifests, readAll } from "../manifests.ts";
import { DEFAULT_NAMESPACE, kindRef } from "../object-ref.ts";
import { resolveResourceType } from "../resource-types.ts";

interface Target {
  resource: string;
  name: string;
  namespace: string | undefined;
}

const CASCADE: Record<string, DeleteOptions["propagationPolicy"]> = {
  background: "Background",
  foreground: "Foreground",
  orphan: "Orphan",
  // kubectl's older boolean spelling.
  true: "Background",
  false: "Orphan",
};

export async function run(invocation: Invocation): Promise<number> {
  const { flags, stdout, stderr } = invocation;
  const cascade = oneOf("cascade", flags.string("cascade"), Object.keys(CASCADE), "background");
  const options: DeleteOptions = {
    propagationPolicy: CASCADE[cascade],
    gracePeriodSeconds: parseNonNegativeInteger("grace-period", flags.string("grace-period")),
    dryRun: parseDryRun(flags.string("dry-run")),
  };
  const api = await invocation.api();
  const targets = await resolveTargets(invocation, api);
  if (targets.length === 0) {
    stderr.write("No resources found\n");
    return 0;
  }
  let failures = 0;
  for (const target of targets) {
    try {
      const deleted = await api.delete(target.resource, target.name, { ...options, namespace: target.namespace });
      stdout.write(`${kindRef(deleted)} "${target.name}" deleted${options.dryRun ? " (server dry run)" : ""}\n`);
    } catch (error) {
      if (!(error instanceof ApiError) || error.reason === "ServiceUnavailable" || error.reason === "Timeout") throw error;
      if (error.reason === "NotFound" && flags.boolean("ignore-not-found")) continue;
      stderr.write(`${formatError(error)}\n`);
      failures++;
    }
  }
  return failures > 0 ? 1 : 0;
}

async function resolveTargets(invocation: Invocation, api: JsonApiClient): Promise<Target[]> {
  const { flags, positionals } = invocation;
  const namespace = flags.string("namespace") ?? DEFAULT_NAMESPACE;
  const paths = flags.strings("filename");
  const bySelector = flags.string("selector") !== undefined || flags.boolean("all");
  if (paths.length > 0) {
    if (positionals.length > 0 || bySelector) throw new UsageError("-f cannot be combined with KIND, NAME, -l or --all");
    const manifests = await loadManifests(paths, { recursive: flags.boolean("recursive"), readStdin: () => readAll(invocation.stdin) });
    return manifests.map(({ object }) => ({
      resource: object.kind,
      name: object.metadata?.name ?? "",
      namespace: object.metadata?.namespace ?? namespace,
    }));
  }
  if (positionals.length === 0) {
    throw new UsageError("say what to delete: KIND NAME..., KIND/NAME, KIND -l SELECTOR, KIND --all or -f PATH");
  }
  // Resolving kinds first makes a typo an error even with --ignore-not-found.
  const discovery = await api.discovery();
  const plural = (name: string) => resolveResourceType(discovery, name).plural;
  if (positionals.every((argument) => argument.includes("/"))) {
    return positionals.map((argument) => {
      const [kind, name] = argument.split("/", 2);
      return { resource: plural(kind), name, namespace };
    });
  }
  const resource = plural(positionals[0]);
  const names = positionals.slice(1);
  if (bySelector) {
    if (names.length > 0) throw new UsageError("names cannot be given together with -l or --all");
    const list = await api.list(resource, { namespace, labelSelector: flags.string("selector") });
    return list.items.map((object) => ({ resource, name: object.metadata?.name ?? "", namespace: object.metadata?.namespace }));
  }
  if (names.length === 0) throw new UsageError(`no name given for "${resource}": add NAME..., -l SELECTOR or --all`);
  return names.map((name) => ({ resource, name, namespace }));
}
