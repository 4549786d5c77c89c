// troupe wait --for=condition=TYPE[=VALUE]|delete|jsonpath='{.path}'=VALUE (KIND/NAME... | KIND NAME... |
// KIND -l SELECTOR) [--timeout=30s]: follows each object's watch until it meets the condition, as kubectl wait
// (one object after the other, each with its own timeout).
import { ApiError, type JsonApiClient, type KubeObject } from "../../runtime/api-client.ts";
import type { Invocation } from "../invocation.ts";
import { parseDuration } from "../duration.ts";
import { UsageError } from "../errors.ts";
import { kindRef } from "../object-ref.ts";
import { resolveResourceType } from "../resource-types.ts";
import { type WaitFor, parseWaitFor, waitMet } from "../wait/wait-condition.ts";
import { parseWaitTargets } from "../wait/wait-targets.ts";

class WaitTimeoutError extends Error {
  override name = "WaitTimeoutError";
  readonly code = "WAIT_TIMEOUT";
}

class NoMatchError extends Error {
  override name = "NoMatchError";
  readonly code = "NO_MATCH";
}

interface Target {
  plural: string;
  ref: string;
  name: string;
}

async function waitFor(api: JsonApiClient, namespace: string, target: Target, wanted: WaitFor, timeoutMs: number): Promise<void> {
  let object: KubeObject | undefined;
  try {
    object = await api.get(target.plural, target.name, { namespace });
  } catch (error) {
    if (!(error instanceof ApiError && error.reason === "NotFound")) throw error;
    if (wanted.kind !== "delete") throw error;
  }
  if (waitMet(object, wanted)) return;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const watch = await api.watch(target.plural, { namespace, fieldSelector: `metadata.name=${target.name}` });
    const timer = setTimeout(() => void watch.stop(), Math.max(0, deadline - Date.now()));
    try {
      for await (const event of watch) {
        if (event.type === "BOOKMARK" || event.type === "ERROR" || event.object?.metadata?.name !== target.name) continue;
        if (waitMet(event.type === "DELETED" ? undefined : event.object, wanted)) return;
      }
    } finally {
      clearTimeout(timer);
      await watch.stop();
    }
  }
  throw new WaitTimeoutError(`timed out waiting for the condition on ${target.plural}/${target.name}`);
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, positionals, stdout } = invocation;
  const forText = flags.string("for");
  if (!forText) throw new UsageError("wait needs --for=condition=TYPE[=VALUE], --for=delete or --for=jsonpath='{.path}'=VALUE");
  const wanted = parseWaitFor(forText);
  const targets = parseWaitTargets(positionals, flags.string("selector"));
  const timeoutMs = parseDuration(flags.string("timeout") ?? "30s", "timeout");
  const namespace = flags.string("namespace") ?? "default";
  const api = await invocation.api();
  const discovery = await api.discovery();
  const objects: Target[] = [];
  if (targets.kind === "selector") {
    const type = resolveResourceType(discovery, targets.type);
    const list = await api.list(type.plural, { namespace, labelSelector: targets.selector });
    for (const item of list.items) objects.push({ plural: type.plural, ref: kindRef(type), name: item.metadata?.name ?? "" });
    if (objects.length === 0) throw new NoMatchError("no matching resources found");
  } else {
    for (const { type: typed, name } of targets.refs) {
      const type = resolveResourceType(discovery, typed);
      objects.push({ plural: type.plural, ref: kindRef(type), name });
    }
  }
  for (const target of objects) {
    await waitFor(api, namespace, target, wanted, timeoutMs);
    stdout.write(`${target.ref}/${target.name} ${wanted.kind === "delete" ? "deleted" : "condition met"}\n`);
  }
  return 0;
}
