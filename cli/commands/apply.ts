// troupe apply -f PATH: server-side apply (field manager "troupe") of every object in the
// manifests, in file order, reporting each as created, configured or unchanged. Fields other
// managers set (replicas by `troupe scale`) stay theirs unless the manifest sets them too, which
// is a conflict unless --force-conflicts. A rejected object does not stop the rest.
import type { KubeObject } from "../../runtime/api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import { formatError, UsageError } from "../errors.ts";
import { oneOf, parseDryRun } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";
import { loadManifests, readAll, type Manifest } from "../manifests.ts";
import { kindRef, nameOf } from "../object-ref.ts";
import { formatObjects, type ObjectFormat } from "../output.ts";
import { printWarnings } from "../warnings.ts";

/** The field manager of the fields troupe apply sets. */
export const FIELD_MANAGER = "troupe";

// kubectl apply --server-side's advice, for the same situation.
const CONFLICT_GUIDANCE = [
  "Please review the fields above--they currently have other managers. Here are the ways you can resolve this warning:",
  "* If you intend to manage all of these fields, please re-run the apply command with the `--force-conflicts` flag.",
  "* If you do not intend to manage all of the fields, please edit your manifest to remove references to the fields that should keep their current managers.",
  "* You may co-own fields by updating your manifest to match the existing value; in this case, you'll become the manager if the other manager(s) stop managing the field (remove it from their configuration).",
  "",
].join("\n");

function isFieldConflict(error: ApiError): boolean {
  return error.reason === "Conflict" && (error.details?.causes ?? []).some((cause) => cause.reason === "FieldManagerConflict");
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, stdout, stderr } = invocation;
  const paths = flags.strings("filename");
  if (paths.length === 0) throw new UsageError("must specify one or more -f PATH", "Usage: troupe apply -f PATH [-f PATH...] [flags]");
  const dryRun = parseDryRun(flags.string("dry-run"));
  const force = flags.boolean("force-conflicts");
  const output = oneOf<ObjectFormat | "lines">("output", flags.string("output"), ["name", "yaml", "json"], "lines");
  const manifests = await loadManifests(paths, { recursive: flags.boolean("recursive"), readStdin: () => readAll(invocation.stdin) });
  if (manifests.length === 0) throw new UsageError("no objects passed to apply");
  const objects = manifests.map((manifest) => inNamespace(manifest, flags.string("namespace")));

  const api = await invocation.api();
  const applied: KubeObject[] = [];
  let failures = 0;
  for (const [index, object] of objects.entries()) {
    try {
      const result = await api.applyServerSide(object, { fieldManager: FIELD_MANAGER, force, dryRun, onWarnings: printWarnings(stderr) });
      applied.push(result.object);
      if (output === "lines") {
        stdout.write(`${kindRef(result.object)}/${nameOf(result.object)} ${result.outcome}${dryRun ? " (server dry run)" : ""}\n`);
      }
    } catch (error) {
      // Errors about the object are reported and the rest still applied; others (the cluster
      // is unreachable) end the command.
      if (!(error instanceof ApiError) || error.reason === "ServiceUnavailable" || error.reason === "Timeout") throw error;
      stderr.write(`${formatError(error, `applying "${manifests[index].file}"`)}\n`);
      if (isFieldConflict(error)) stderr.write(CONFLICT_GUIDANCE);
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
