// troupe scale KIND NAME --replicas N: sets spec.replicas of a Deployment, ReplicaSet or
// StatefulSet (read, change, compare-and-set; a concurrent writer makes it read again).
import { ApiError, type JsonApiClient, type KubeObject, type WriteRequestOptions } from "../../runtime/api-client.ts";
import type { Invocation } from "../invocation.ts";
import { UsageError } from "../errors.ts";

const SCALABLE = new Set(["Deployment", "ReplicaSet", "StatefulSet"]);

/** The field manager of replicas set by troupe scale (troupe apply then leaves them alone). */
export const SCALE_FIELD_MANAGER = "troupe-scale";

export async function updateWithRetry(api: JsonApiClient, read: () => Promise<KubeObject>, change: (object: KubeObject) => KubeObject | undefined, options: WriteRequestOptions = {}): Promise<KubeObject | undefined> {
  for (let attempt = 0; ; attempt++) {
    const next = change(await read());
    if (!next) return undefined;
    try {
      return await api.update(next, options);
    } catch (error) {
      if (!(error instanceof ApiError && error.reason === "Conflict") || attempt >= 4) throw error;
    }
  }
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, positionals, stdout } = invocation;
  const [kind, ...names] = positionals[0]?.includes("/") ? positionals[0].split("/") : positionals;
  if (!kind || names.length !== 1) throw new UsageError("scale takes KIND NAME (or KIND/NAME) and --replicas N");
  const replicasFlag = flags.string("replicas");
  const replicas = Number(replicasFlag);
  if (replicasFlag === undefined || !Number.isInteger(replicas) || replicas < 0) throw new UsageError(`--replicas must be a whole number >= 0, not "${replicasFlag ?? ""}"`);
  const namespace = flags.string("namespace") ?? "default";
  const api = await invocation.api();
  const read = () => api.get(kind, names[0], { namespace });
  const scaled = await updateWithRetry(api, read, (object) => {
    if (!SCALABLE.has(object.kind)) throw new UsageError(`${object.kind} cannot be scaled; scale a Deployment, ReplicaSet or StatefulSet`);
    return { ...object, spec: { ...(object.spec as object), replicas } };
  }, { fieldManager: SCALE_FIELD_MANAGER });
  const group = scaled?.apiVersion.includes("/") ? `.${scaled.apiVersion.split("/")[0]}` : "";
  stdout.write(`${scaled?.kind.toLowerCase()}${group}/${names[0]} scaled\n`);
  return 0;
}
