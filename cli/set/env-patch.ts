// Pure decisions of `troupe set env`: KEY=VALUE / KEY- arguments, the variables --from a
// ConfigMap or Secret gives (kubectl's names and key references), the env entries of the strategic
// merge patch (merged by name; a removal is a $patch: delete entry) and the --list text.
export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: Record<string, unknown>;
}

export interface EnvChanges {
  set: EnvVar[];
  remove: string[];
}

export class SetEnvError extends Error {
  override name = "SetEnvError";
  readonly code = "SET_ENV";
}

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const ENV_NAME_MESSAGE = "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";

function checkName(name: string, arg: string): string {
  if (!ENV_NAME.test(name)) throw new SetEnvError(`"${arg}": ${ENV_NAME_MESSAGE}`);
  return name;
}

/** "K=V" sets, "K-" removes; anything else is refused naming the argument. */
export function parseEnvArgs(args: readonly string[]): EnvChanges {
  const changes: EnvChanges = { set: [], remove: [] };
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq > 0) changes.set.push({ name: checkName(arg.slice(0, eq), arg), value: arg.slice(eq + 1) });
    else if (eq < 0 && arg.length > 1 && arg.endsWith("-")) changes.remove.push(checkName(arg.slice(0, -1), arg));
    else throw new SetEnvError(`"${arg}": environment variables must be of the form KEY=VALUE, or KEY- to remove one`);
  }
  return changes;
}

/** "configmap/NAME", "cm/NAME" or "secret/NAME" of --from. */
export function parseEnvSource(text: string): { resource: "configmaps" | "secrets"; name: string } {
  const [kind, name, ...extra] = text.split("/");
  const resource = ({ configmap: "configmaps", configmaps: "configmaps", cm: "configmaps", secret: "secrets", secrets: "secrets" } as const)[kind.toLowerCase()];
  if (!resource || !name || extra.length > 0) throw new SetEnvError(`--from must be configmap/NAME or secret/NAME, not "${text}"`);
  return { resource, name };
}

/** One variable per key, sorted, named as kubectl does (prefix + key upper-cased, other characters to _). */
export function envFromSource(resource: "configmaps" | "secrets", name: string, keys: readonly string[], prefix = ""): EnvVar[] {
  return [...keys].sort().map((key) => ({
    name: `${prefix}${key.replace(/[^A-Za-z0-9_]/g, "_").toUpperCase()}`,
    valueFrom: resource === "configmaps" ? { configMapKeyRef: { name, key } } : { secretKeyRef: { name, key } },
  }));
}

/**
 * The env entries of one container's patch: each set variable (clearing value / valueFrom the
 * container had, so the result is exactly what was asked) and a delete entry per removal it has.
 */
export function envPatchEntries(current: readonly EnvVar[], changes: EnvChanges): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = [];
  const removed = new Set(changes.remove);
  for (const wanted of changes.set) {
    if (removed.has(wanted.name)) continue;
    const had = current.find((env) => env.name === wanted.name);
    const entry: Record<string, unknown> = { ...wanted };
    if (had?.valueFrom !== undefined && wanted.valueFrom === undefined) entry.valueFrom = null;
    if (had?.value !== undefined && wanted.value === undefined) entry.value = null;
    entries.push(entry);
  }
  for (const name of changes.remove) if (current.some((env) => env.name === name)) entries.push({ name, $patch: "delete" });
  return entries;
}

function refText(valueFrom: Record<string, unknown>): string {
  const ref = Object.values(valueFrom)[0] as Record<string, string> | undefined;
  if (valueFrom.configMapKeyRef) return `configmap ${ref?.name}, key ${ref?.key}`;
  if (valueFrom.secretKeyRef) return `secret ${ref?.name}, key ${ref?.key}`;
  if (valueFrom.fieldRef) return `field path ${ref?.fieldPath}`;
  if (valueFrom.resourceFieldRef) return `resource ${ref?.resource}`;
  return "unknown source";
}

/** kubectl's --list: a "# RESOURCE NAME, container C" heading, then KEY=VALUE or "# KEY from SOURCE". */
export function envListing(resource: string, name: string, containers: readonly { name: string; env?: EnvVar[] }[]): string {
  let text = "";
  for (const container of containers) {
    text += `# ${resource} ${name}, container ${container.name}\n`;
    for (const env of container.env ?? []) text += env.valueFrom ? `# ${env.name} from ${refText(env.valueFrom)}\n` : `${env.name}=${env.value ?? ""}\n`;
  }
  return text;
}
