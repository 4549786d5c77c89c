// troupe rollout status: prints the rollout's progress line each time it changes, following the
// object's watch (not a poll) until it is rolled out, fails, or --timeout passes.
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import type { Invocation } from "../invocation.ts";
import { parseDuration } from "../duration.ts";
import { UsageError } from "../errors.ts";
import type { RolloutKind } from "./rollout-kinds.ts";
import { ownedRevisions } from "./revisions.ts";
import { rolloutProgress } from "./status-viewers.ts";

export interface FollowTarget {
  api: JsonApiClient;
  kind: RolloutKind;
  name: string;
  namespace: string;
}

class RolloutFailedError extends Error {
  override name = "RolloutFailedError";
  readonly code = "ROLLOUT_FAILED";
}

/** --revision N: the rollout status is for that revision only (kubectl: Deployments). */
async function checkRevision(target: FollowTarget, owner: KubeObject, wanted: number): Promise<void> {
  if (target.kind.history !== "replicasets") throw new UsageError(`--revision is only supported for deployments`);
  const list = await target.api.list("replicasets", { namespace: target.namespace });
  const latest = ownedRevisions(owner, list.items, "replicasets").at(-1)?.revision ?? 0;
  if (latest !== wanted) throw new RolloutFailedError(`desired revision (${wanted}) is different from the running revision (${latest})`);
}

export async function followRollout(target: FollowTarget, invocation: Invocation): Promise<number> {
  const { flags, stdout } = invocation;
  const watchFlag = flags.has("watch") ? flags.boolean("watch") : true;
  const timeoutText = flags.string("timeout");
  const timeoutMs = timeoutText === undefined ? 0 : parseDuration(timeoutText, "timeout");
  const revisionText = flags.string("revision");
  const revision = revisionText === undefined ? 0 : Number(revisionText);
  if (!Number.isInteger(revision) || revision < 0) throw new UsageError(`--revision must be a whole number >= 0, not "${revisionText}"`);

  const first = await target.api.get(target.kind.plural, target.name, { namespace: target.namespace });
  if (revision > 0) await checkRevision(target, first, revision);
  let last = "";
  const show = (object: KubeObject): boolean => {
    const progress = rolloutProgress(object);
    if (progress.error) throw new RolloutFailedError(progress.error);
    if (progress.message !== last) stdout.write(`${progress.message}\n`);
    last = progress.message;
    return progress.done;
  };
  if (show(first) || !watchFlag) return 0;

  const deadline = timeoutMs > 0 ? Date.now() + timeoutMs : Infinity;
  let resourceVersion = String(first.metadata?.resourceVersion ?? "");
  // The server may end a watch (idle timeout, restart): watch again from the last version seen.
  for (;;) {
    const done = await followOnce(target, resourceVersion, deadline, (object) => {
      resourceVersion = String(object.metadata?.resourceVersion ?? resourceVersion);
      return show(object);
    });
    if (done === "done") return 0;
    // An expired version (410 Gone): start again from the object as it is now.
    if (done === "expired") resourceVersion = "";
    if (Date.now() >= deadline) throw new RolloutFailedError("timed out waiting for the condition");
  }
}

/** One watch of the object until `show` says done, the watch fails (expired) or ends (deadline, server). */
async function followOnce(target: FollowTarget, resourceVersion: string, deadline: number, show: (object: KubeObject) => boolean): Promise<"done" | "ended" | "expired"> {
  const watch = await target.api.watch(target.kind.plural, {
    namespace: target.namespace,
    fieldSelector: `metadata.name=${target.name}`,
    resourceVersion: resourceVersion || undefined,
  });
  const timer = Number.isFinite(deadline) ? setTimeout(() => void watch.stop(), Math.max(0, deadline - Date.now())) : undefined;
  const stop = () => void watch.stop();
  process.once("SIGINT", stop);
  try {
    for await (const event of watch) {
      if (event.type === "ERROR") return "expired";
      if (event.type === "BOOKMARK" || event.object?.metadata?.name !== target.name) continue;
      if (event.type === "DELETED") throw new RolloutFailedError("object has been deleted");
      if (show(event.object)) return "done";
    }
    return "ended";
  } finally {
    if (timer) clearTimeout(timer);
    process.off("SIGINT", stop);
    await watch.stop();
  }
}
