// troupe logs POD [-c CONTAINER] [-f] [--previous] [--tail N]: a container's output, read from
// the kubelet of the pod's node. With -l SELECTOR, a stream-only flag (--since, --prefix, --grep,
// ...) or a pod the API no longer has, the cluster's logs stream is read instead (../logs/).
import { ApiError } from "../../runtime/api-errors.ts";
import { connectionMayPublish } from "../../runtime/auth/connection-permissions.ts";
import { kubeletLogsSubject } from "../../runtime/subjects.ts";
import { readContainerLog } from "../../runtime/kubelet-client/log-client.ts";
import type { Invocation } from "../invocation.ts";
import { UsageError } from "../errors.ts";
import { runStreamLogs } from "../logs/stream-logs.ts";
import { parseStreamLogsOptions, STREAM_ONLY_FLAGS } from "../logs/stream-logs-options.ts";

interface PodShape {
  spec?: { nodeName?: string; containers?: { name: string }[] };
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, positionals, stdout, stderr } = invocation;
  if (positionals.length > 1) throw new UsageError("logs takes one pod name: troupe logs POD [-c CONTAINER], or -l SELECTOR");
  const podName = positionals[0]?.replace(/^(pods?|po)\//, "");
  const fromStream = () => runStreamLogs(invocation, parseStreamLogsOptions(flags, podName, new Date()));
  if (podName === undefined || flags.has("selector") || STREAM_ONLY_FLAGS.some((flag) => flags.has(flag))) return fromStream();
  const name = podName;
  const namespace = flags.string("namespace") ?? "default";
  const tailFlag = flags.string("tail");
  const tail = tailFlag === undefined || tailFlag === "-1" ? undefined : Number(tailFlag);
  if (tail !== undefined && (!Number.isInteger(tail) || tail < 0)) throw new UsageError(`--tail must be a whole number (or -1 for all), not "${tailFlag}"`);
  const api = await invocation.api();
  let pod: PodShape;
  try {
    pod = (await api.get("pods", name, { namespace })) as PodShape;
  } catch (error) {
    // Deleted: what the logs stream still keeps of it.
    if (error instanceof ApiError && error.reason === "NotFound" && !flags.boolean("previous")) return fromStream();
    throw error;
  }
  const containers = (pod.spec?.containers ?? []).map((container) => container.name);
  const container = flags.string("container") ?? (containers.length === 1 ? containers[0] : undefined);
  if (!container) throw new UsageError(`a container name must be specified for pod ${name}, choose one of: [${containers.join(" ")}]`);
  if (!containers.includes(container)) throw new UsageError(`container ${container} is not valid for pod ${name}; choose one of: [${containers.join(" ")}]`);
  const nodeName = pod.spec?.nodeName;
  if (!nodeName) throw new UsageError(`pod ${name} is not scheduled to a node yet, so it has no logs`);
  // A user's credentials reach no kubelet: the cluster's logs stream, through the API, has the
  // same lines (all but --previous, which only the node keeps).
  if (!flags.boolean("previous") && !connectionMayPublish(api.nc, kubeletLogsSubject(nodeName))) return fromStream();
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once("SIGINT", onSignal);
  try {
    const query = { namespace, pod: name, container, previous: flags.boolean("previous"), tail, follow: flags.boolean("follow") };
    for await (const line of readContainerLog(api.nc, nodeName, query, abort.signal)) {
      (line.stream === "stderr" ? stderr : stdout).write(`${line.text}\n`);
    }
  } finally {
    process.off("SIGINT", onSignal);
  }
  return 0;
}
