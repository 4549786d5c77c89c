// troupe apply -f PATH: create-or-update every object in the manifests, in file order,
// reporting each as created, configured or unchanged. A rejected object does not stop the rest.
import type { KubeObject } from "../../runtime/api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import { formatError, UsageError } from "../errors.ts";
import { oneOf, parseDryRun } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";
import { loadManifests, readAll, type Manifest } from "../manifests.ts";
import { kindRef, nameOf } from "../object-ref.ts";
import { formatObjects, type ObjectFormat } from "../output.ts";

export async function run(invocation: Invocation): Promise<number> {
  const { flags, stdout, stderr } = invocation;
  const paths = flags.strings("filename");
  if (paths.length === 0) throw new UsageError("must specify one or more -f PATH", "Usage: troupe apply -f PATH [-f PATH...] [flags]");
  const dryRun = parseDryRun(flags.string("dry-run"));
  const output = oneOf<ObjectFormat | "lines">("output", flags.string("output"), ["name", "yaml", "json"], "lines");
  const manifests = await loadManifests(paths, { recursive: flags.boolean("recursive"), readStdin: () => readAll(invocation.stdin) });
  if (manifests.length === 0) throw new UsageError("no objects passed to apply");
  const objects = manifests.map((manifest) => inNamespace(manifest, flags.string("namespace")));

  const api = await invocation.api();
  const applied: KubeObject[] = [];
  let failures = 0;
  for (const [index, object] of objects.entries()) {
    try {
      const result = await api.applyWithOutcome(object, { dryRun });
      applied.push(result.object);
      if (output === "lines") {
        stdout.write(`${kindRef(result.object)}/${nameOf(result.object)} ${result.outcome}${dryRun ? " (server dry run)" : ""}\n`);
      }
    } catch (error) {
      // Errors about the object are reported and the rest still applied; others (the cluster
      // is unreachable) end the command.
      if (!(error instanceof ApiError) || error.reason === "ServiceUnavailable" || error.reason === "Timeout") throw error;
      stderr.write(`${formatError(error, `applying "${manifests[index].file}"`)}\n`);
      failures++;
    }
  }
  if (output !== "lines" && applied.length > 0) stdout.write(formatObjects(applied, output, false));
  return failures > 0 ? 1 : 0;
}

/** -n fills in the namespace of objects that have none and must agree with those that do. */
function inNamespace(manifest: Manifest, namespace: string | undefined): KubeObject {
  const { object } = manifest;
  if (namespace === undefined) return object;
  const own = object.metadata?.namespace;
  if (own && own !== namespace) {
    throw new UsageError(
      `the namespace from the provided object "${own}" does not match the namespace "${namespace}" ` +
        `(${manifest.file}:${manifest.line}); pass --namespace=${own} or remove -n`,
    );
  }
  return { ...object, metadata: { ...object.metadata, namespace } };
}
