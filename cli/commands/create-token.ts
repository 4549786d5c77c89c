// troupe create token NAME: kubectl create token. Asks the API for a token of the ServiceAccount
// (createToken, a TokenRequest) and prints it; --duration, --audience and --bound-object-* as kubectl.
import type { TokenRequestJson } from "../../runtime/api-client.ts";
import { UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { formatObject, type ObjectFormat } from "../output.ts";

const UNITS: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };

/** A Go duration ("10m", "1h30m", "600s") in whole seconds, as kubectl's --duration takes it. */
export function parseDurationSeconds(text: string): number {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join("") !== text) {
    throw new UsageError(`--duration "${text}": expected a duration such as 10m, 1h or 1h30m`);
  }
  return Math.floor(parts.reduce((total, [, value, unit]) => total + Number(value) * (UNITS[unit ?? "s"] ?? 1), 0));
}

export function tokenRequestOf(invocation: Invocation): Omit<TokenRequestJson, "apiVersion" | "kind" | "status"> {
  const { flags } = invocation;
  const spec: NonNullable<TokenRequestJson["spec"]> = {};
  const duration = flags.string("duration");
  if (duration) spec.expirationSeconds = parseDurationSeconds(duration);
  const audiences = flags.strings("audience");
  if (audiences.length > 0) spec.audiences = audiences;
  const kind = flags.string("bound-object-kind");
  const name = flags.string("bound-object-name");
  if (kind || name) {
    if (!kind || !name) throw new UsageError("--bound-object-kind and --bound-object-name go together");
    if (kind !== "Pod") throw new UsageError(`--bound-object-kind "${kind}": supported kinds: Pod`);
    spec.boundObjectRef = { kind, apiVersion: "v1", name, ...(flags.string("bound-object-uid") ? { uid: flags.string("bound-object-uid") } : {}) };
  } else if (flags.string("bound-object-uid")) {
    throw new UsageError("--bound-object-uid needs --bound-object-kind and --bound-object-name");
  }
  return { spec };
}

export async function runCreateToken(invocation: Invocation, names: string[], output: ObjectFormat | "line"): Promise<number> {
  if (names.length !== 1) throw new UsageError("create token takes exactly one NAME: the ServiceAccount");
  const namespace = invocation.flags.string("namespace") ?? "default";
  const issued = await (await invocation.api()).createToken(namespace, names[0] as string, tokenRequestOf(invocation));
  if (output === "line" || output === "name") invocation.stdout.write(`${issued.status?.token ?? ""}\n`);
  else invocation.stdout.write(formatObject(issued as Parameters<typeof formatObject>[0], output));
  return 0;
}
