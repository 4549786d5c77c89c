// troupe edit KIND/NAME: opens the object as YAML in $TROUPE_EDITOR / $KUBE_EDITOR / $EDITOR (vi),
// and on save sends it as an update. An object the API refuses is re-opened with the errors as
// comments at the top, as kubectl edit does; an aborted edit leaves a copy in a temporary file.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { KubeObject } from "../../runtime/api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import { UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { DEFAULT_NAMESPACE, nameRef } from "../object-ref.ts";
import { toYaml } from "../output.ts";
import { resolveResourceType } from "../resource-types.ts";

const HEADER = [
  "# Please edit the object below. Lines beginning with a '#' will be ignored,",
  "# and an empty file will abort the edit. If an error occurs while saving this file will be",
  "# reopened with the relevant failures.",
  "#",
];

class EditCancelledError extends Error {
  override name = "EditCancelledError";
  readonly code = "EDIT_CANCELLED";
}

/** The edited text without its comment lines. */
export function stripComments(text: string): string {
  return text.split("\n").filter((line) => !/^\s*#/.test(line)).join("\n").trim();
}

/** The file shown to the editor: the header, the last errors as comments, the object. */
export function editBuffer(body: string, errors: readonly string[]): string {
  const errorLines = errors.length > 0 ? [...errors.map((line) => `# ${line}`), "#"] : [];
  return `${[...HEADER, ...errorLines].join("\n")}\n${body}`;
}

/** kubectl's lines for a refused save: `deployments.apps "x" was not valid:` and one per cause. */
export function describeRefusal(resource: string, name: string, error: unknown): string[] {
  if (!(error instanceof ApiError)) return [`${(error as Error).message}`];
  const causes = (error.details?.causes ?? []).map((cause) => `* ${cause.field ? `${cause.field}: ` : ""}${cause.message}`);
  return [`${resource} "${name}" was not valid:`, ...(causes.length > 0 ? causes : [`* ${error.message}`])];
}

function editorCommand(env: Invocation["env"]): string {
  return env.TROUPE_EDITOR || env.KUBE_EDITOR || env.EDITOR || "vi";
}

function runEditor(editor: string, file: string): Promise<number> {
  // An editor given with arguments ("code --wait") runs through the shell, as kubectl does.
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", `${editor} "$1"`, "sh", file], { stdio: "inherit" });
    child.once("error", reject);
    child.once("close", (code) => resolve(code ?? 1));
  });
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, positionals, stdout, stderr, env } = invocation;
  const [kind, name, extra] = positionals[0]?.includes("/") ? [...positionals[0].split("/", 2), positionals[1]] : positionals;
  if (!kind || !name || extra !== undefined) throw new UsageError("edit takes KIND/NAME (or KIND NAME)");
  const namespace = flags.string("namespace") ?? DEFAULT_NAMESPACE;
  const api = await invocation.api();
  const resourceType = resolveResourceType(await api.discovery(), kind);
  const resource = resourceType.apiVersion.includes("/") ? `${resourceType.plural}.${resourceType.apiVersion.split("/")[0]}` : resourceType.plural;
  const original = await api.get(resourceType.plural, name, { namespace });
  const originalBody = toYaml(original);
  const file = join(await mkdtemp(join(tmpdir(), "troupe-edit-")), `${resourceType.singular}-${name}.yaml`);
  const keepCopy = () => stderr.write(`A copy of your changes has been stored to "${file}"\n`);
  let errors: string[] = [];
  let body = originalBody;
  for (;;) {
    await writeFile(file, editBuffer(body, errors));
    const status = await runEditor(editorCommand(env), file);
    const edited = await readFile(file, "utf8");
    if (status !== 0) {
      keepCopy();
      throw new EditCancelledError(`there was a problem with the editor "${editorCommand(env)}" (exit code ${status}); edit cancelled`);
    }
    const text = stripComments(edited);
    if (text === "") {
      stdout.write("Edit cancelled, saved file was empty.\n");
      return 0;
    }
    if (text === stripComments(body)) {
      if (errors.length === 0) {
        stdout.write("Edit cancelled, no changes made.\n");
        return 0;
      }
      keepCopy();
      throw new EditCancelledError("Edit cancelled, no valid changes were saved.");
    }
    body = `${text}\n`;
    let object: KubeObject;
    try {
      object = parseYaml(text) as KubeObject;
      if (typeof object !== "object" || object === null || Array.isArray(object)) throw new Error("the file does not hold one object");
    } catch (error) {
      errors = [`The edited file had a syntax error: ${(error as Error).message.split("\n")[0]}`];
      continue;
    }
    try {
      const updated = await api.update(object);
      stdout.write(`${nameRef(updated)} edited\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof ApiError) || !["Invalid", "BadRequest", "Conflict"].includes(error.reason)) {
        keepCopy();
        throw error;
      }
      errors = describeRefusal(resource, name, error);
    }
  }
}
