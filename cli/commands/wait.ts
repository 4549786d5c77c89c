// troupe wait --for=condition=TYPE[=VALUE]|delete|jsonpath='{.path}'=VALUE KIND/NAME [--timeout=30s]:
// follows the object's watch until it meets the condition, as kubectl wait.
import { ApiError, type KubeObject } from "../../runtime/api-client.ts";
import type { Invocation } from "../invocation.ts";
import { parseDuration } from "../duration.ts";
import { UsageError } from "../errors.ts";
import { kindRef } from "../object-ref.ts";
import { resolveResourceType } from "../resource-types.ts";
import { parseWaitFor, waitMet } from "../wait/wait-condition.ts";

class WaitTimeoutError extends Error {
  override name = "WaitTimeoutError";
  readonly code = "WAIT_TIMEOUT";
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, positionals, stdout } = invocation;
  const forText = flags.string("for");
  if (!forText) throw new UsageError("wait needs --for=condition=TYPE[=VALUE], --for=delete or --for=jsonpath='{.path}'=VALUE");
  const wanted = parseWaitFor(forText);
  const [typed, ...names] = positionals[0]?.includes("/") ? positionals[0].split("/") : positionals;
  if (!typed || names.length !== 1) throw new UsageError("wait takes one KIND/NAME (or KIND NAME)");
  const name = names[0];
  const timeoutMs = parseDuration(flags.string("timeout") ?? "30s", "timeout");
  const namespace = flags.string("namespace") ?? "default";
  const api = await invocation.api();
  const type = resolveResourceType(await api.discovery(), typed);
  const label = `${type.plural}/${name}`;
  let object: KubeObject | undefined;
  try {
    object = await api.get(type.plural, name, { namespace });
  } catch (error) {
    if (!(error instanceof ApiError && error.reason === "NotFound")) throw error;
    if (wanted.kind !== "delete") throw error;
  }
  const ref = `${kindRef(type)}/${name}`;
  const done = () => {
    stdout.write(`${ref} ${wanted.kind === "delete" ? "deleted" : "condition met"}\n`);
    return 0;
  };
  if (waitMet(object, wanted)) return done();

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const watch = await api.watch(type.plural, { namespace, fieldSelector: `metadata.name=${name}` });
    const timer = setTimeout(() => void watch.stop(), Math.max(0, deadline - Date.now()));
    try {
      for await (const event of watch) {
        if (event.type === "BOOKMARK" || event.type === "ERROR" || event.object?.metadata?.name !== name) continue;
        const current = event.type === "DELETED" ? undefined : event.object;
        if (waitMet(current, wanted)) return done();
      }
    } finally {
      clearTimeout(timer);
      await watch.stop();
    }
  }
  throw new WaitTimeoutError(`timed out waiting for the condition on ${label}`);
}
