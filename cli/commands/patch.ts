// troupe patch KIND NAME -p PATCH | --patch-file FILE [--type strategic|merge|json]: sends the
// patch to the API's patch verb (strategic merge by default, as kubectl for built-in kinds).
import { printWarnings } from "../warnings.ts";
import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import type { PatchType } from "../../runtime/api-client.ts";
import { UsageError } from "../errors.ts";
import { oneOf, parseDryRun } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";
import { DEFAULT_NAMESPACE, kindRef } from "../object-ref.ts";
import { formatObject, isObjectFormat } from "../output.ts";
import { resolveResourceType } from "../resource-types.ts";

const TYPES = ["strategic", "merge", "json"] as const satisfies readonly PatchType[];

/** The patch text as JSON or YAML (kubectl takes both); names what is wrong when it is neither. */
export function parsePatchText(text: string, type: (typeof TYPES)[number]): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    try {
      value = parseYaml(text);
    } catch (error) {
      throw new UsageError(`unable to parse "${text}": ${(error as Error).message.split("\n")[0]}`);
    }
  }
  if (type === "json" && !Array.isArray(value)) throw new UsageError(`unable to parse "${text}": a json patch is a list of operations ([{"op": "replace", "path": "/spec/replicas", "value": 3}])`);
  if (type !== "json" && (typeof value !== "object" || value === null || Array.isArray(value))) throw new UsageError(`unable to parse "${text}": a ${type} patch is a JSON or YAML object`);
  return value;
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, positionals, stdout } = invocation;
  const [kind, name, extra] = positionals[0]?.includes("/") ? [...positionals[0].split("/", 2), positionals[1]] : positionals;
  if (!kind || !name || extra !== undefined) throw new UsageError("patch takes KIND NAME (or KIND/NAME) and -p PATCH or --patch-file FILE");
  const type = oneOf("type", flags.string("type"), TYPES, "strategic");
  const inline = flags.string("patch");
  const file = flags.string("patch-file");
  if ((inline === undefined) === (file === undefined)) throw new UsageError("give the patch with exactly one of -p PATCH or --patch-file FILE");
  const text = inline ?? (await readFile(file as string, "utf8"));
  const patch = parsePatchText(text, type);
  const subresource = oneOf("subresource", flags.string("subresource"), ["", "status", "scale"], "");
  const output = flags.string("output");
  if (output !== undefined && !isObjectFormat(output)) throw new UsageError(`invalid value "${output}" for --output: use one of yaml, json, name`);
  const dryRun = parseDryRun(flags.string("dry-run"));
  const namespace = flags.string("namespace") ?? DEFAULT_NAMESPACE;
  const api = await invocation.api();
  const resourceType = resolveResourceType(await api.discovery(), kind);
  const { object, outcome } = await api.patchWithOutcome(resourceType.plural, name, { namespace, patchType: type, patch, dryRun, subresource, onWarnings: printWarnings(invocation.stderr) });
  if (output !== undefined) {
    stdout.write(formatObject(object, output));
    return 0;
  }
  // A scale patch answers with an autoscaling/v1 Scale; kubectl names the patched object.
  const ref = `${kindRef(resourceType)}/${name}`;
  stdout.write(`${ref} ${outcome === "unchanged" ? "patched (no change)" : "patched"}${dryRun ? " (server dry run)" : ""}\n`);
  return 0;
}
