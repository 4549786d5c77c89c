// troupe label|annotate KIND NAME...|KIND/NAME|KIND -l SEL|KIND --all key=value key- : changes
// labels or annotations with a merge patch of just the changed keys, as kubectl does.
import { printWarnings } from "../warnings.ts";
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import { formatError, UsageError } from "../errors.ts";
import { parseDryRun } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";
import { applyChanges, OverwriteRefusedError, parseChanges, splitChangeArguments } from "../metadata-changes.ts";
import { DEFAULT_NAMESPACE, nameRef } from "../object-ref.ts";
import { resolveResourceType } from "../resource-types.ts";

type Field = "labels" | "annotations";

export function metadataCommand(field: Field) {
  const past = field === "labels" ? "labeled" : "annotated";
  return async function run(invocation: Invocation): Promise<number> {
    const { flags, stdout, stderr } = invocation;
    const { resources, changes } = splitChangeArguments(invocation.positionals);
    const list = flags.boolean("list");
    if (!list && changes.length === 0) throw new UsageError(`at least one ${field === "labels" ? "label" : "annotation"} update is required (key=value or key-)`);
    const parsed = parseChanges(changes);
    const dryRun = parseDryRun(flags.string("dry-run"));
    const resourceVersion = flags.string("resource-version");
    const api = await invocation.api();
    const objects = await resolveObjects(invocation, api, resources);
    if (resourceVersion !== undefined && objects.length !== 1) throw new UsageError("--resource-version may only be used with a single resource");
    let failures = 0;
    for (const object of objects) {
      const current = object.metadata?.[field];
      if (list) {
        for (const [key, value] of Object.entries(current ?? {})) stdout.write(`${key}=${value}\n`);
        continue;
      }
      try {
        const { patch, missing } = applyChanges(current, parsed, flags.boolean("overwrite"));
        for (const key of missing) stderr.write(`${field === "labels" ? "label" : "annotation"} "${key}" not found.\n`);
        if (!patch) {
          stdout.write(`${nameRef(object)} not ${past}\n`);
          continue;
        }
        const metadata = { [field]: patch, ...(resourceVersion !== undefined ? { resourceVersion } : {}) };
        const patched = await api.patch(object.kind, object.metadata?.name ?? "", { namespace: object.metadata?.namespace, patchType: "merge", patch: { metadata }, dryRun, onWarnings: printWarnings(stderr) });
        stdout.write(`${nameRef(patched)} ${past}${dryRun ? " (server dry run)" : ""}\n`);
      } catch (error) {
        if (!(error instanceof OverwriteRefusedError)) throw error;
        stderr.write(`${formatError(error)}\n`);
        failures++;
      }
    }
    return failures > 0 ? 1 : 0;
  };
}

export const run = metadataCommand("labels");

/** KIND NAME..., KIND/NAME..., KIND -l SELECTOR or KIND --all, read from the API. */
export async function resolveObjects(invocation: Invocation, api: JsonApiClient, words: readonly string[]): Promise<KubeObject[]> {
  const { flags } = invocation;
  const namespace = flags.string("namespace") ?? DEFAULT_NAMESPACE;
  const selector = flags.string("selector");
  if (words.length === 0) throw new UsageError("say which objects: KIND NAME..., KIND/NAME, KIND -l SELECTOR or KIND --all");
  const discovery = await api.discovery();
  const plural = (kind: string) => resolveResourceType(discovery, kind).plural;
  if (words.every((word) => word.includes("/"))) {
    return Promise.all(words.map((word) => {
      const [kind, name] = word.split("/", 2);
      return api.get(plural(kind), name, { namespace });
    }));
  }
  const resource = plural(words[0]);
  const names = words.slice(1);
  if (selector !== undefined || flags.boolean("all")) {
    if (names.length > 0) throw new UsageError("names cannot be given together with -l or --all");
    return (await api.list(resource, { namespace, labelSelector: selector })).items;
  }
  if (names.length === 0) throw new UsageError(`no name given for "${resource}": add NAME..., -l SELECTOR or --all`);
  return Promise.all(names.map((name) => api.get(resource, name, { namespace })));
}
