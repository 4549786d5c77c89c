// Pure parts of `troupe wait`: the --for syntax kubectl accepts and whether an object meets it.
import type { KubeObject } from "../../runtime/api-client.ts";

export type WaitFor =
  | { kind: "condition"; type: string; status: string }
  | { kind: "delete" }
  | { kind: "jsonpath"; path: string[]; value: string };

export class WaitSyntaxError extends Error {
  override name = "WaitSyntaxError";
  readonly code = "WAIT_SYNTAX";
}

/** "condition=Available[=false]", "delete", "jsonpath={.status.readyReplicas}=3". */
export function parseWaitFor(text: string): WaitFor {
  if (text === "delete") return { kind: "delete" };
  if (text.startsWith("condition=")) {
    const [type, status = "true", ...extra] = text.slice("condition=".length).split("=");
    if (!type || extra.length > 0) throw new WaitSyntaxError(`--for=condition needs condition=TYPE[=VALUE], not "${text}"`);
    return { kind: "condition", type, status: status.toLowerCase() };
  }
  if (text.startsWith("jsonpath=")) {
    const match = /^'?\{\.([A-Za-z0-9_.-]+)\}'?=(.+)$/.exec(text.slice("jsonpath=".length));
    if (!match) throw new WaitSyntaxError(`--for=jsonpath needs jsonpath='{.field.path}'=VALUE, not "${text}"`);
    return { kind: "jsonpath", path: match[1].split("."), value: match[2] };
  }
  throw new WaitSyntaxError(`unrecognized --for "${text}": use condition=TYPE[=VALUE], delete or jsonpath='{.path}'=VALUE`);
}

/** Whether `object` (undefined: deleted) meets `wanted`. */
export function waitMet(object: KubeObject | undefined, wanted: WaitFor): boolean {
  if (wanted.kind === "delete") return object === undefined;
  if (!object) return false;
  if (wanted.kind === "condition") {
    const conditions = ((object.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []);
    return conditions.some((c) => c.type.toLowerCase() === wanted.type.toLowerCase() && c.status.toLowerCase() === wanted.status);
  }
  let value: unknown = object;
  for (const key of wanted.path) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value !== undefined && String(value) === wanted.value;
}
