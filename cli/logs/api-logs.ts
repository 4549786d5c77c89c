// `troupe logs -l` for callers whose credentials cannot read the logs stream (users made by
// `troupe create user`): the same lines, read page by page through the API's podLogs verb, which
// checks RBAC's get pods/log (and list pods for a selector) in each namespace it reads. -f polls
// with the continue token the API gives a follow (new lines, and pods that start later).
import { ApiError } from "../../runtime/api-errors.ts";
import { formatLogLine, type LogLineFormat } from "../../runtime/logs/log-line-format.ts";
import { storedLineOfJson, type PodLogsReply } from "../../runtime/logs/pod-logs-page.ts";
import type { PodLogsRequest } from "../../runtime/logs/pod-logs-query.ts";
import { UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { followLimitError, type StreamLogsOptions } from "./stream-logs-options.ts";

/** What the API is asked for `options` (grep stays here: the tail is cut before it, as kubectl's `| grep`). */
export function podLogsRequest(options: StreamLogsOptions): PodLogsRequest {
  return {
    namespace: options.namespace ?? "",
    ...(options.podName !== undefined ? { name: options.podName } : { labelSelector: options.selector.toString() }),
    ...(options.container !== undefined ? { container: options.container } : {}),
    allContainers: options.allContainers,
    tailLines: options.tail ?? -1,
    ...(options.since ? { sinceTime: options.since.toISOString() } : {}),
  };
}

/** How often a follow polls the API once it has every line so far. */
export const FOLLOW_POLL_MS = 1000;

export async function runApiLogs(invocation: Invocation, options: StreamLogsOptions, scope: string): Promise<number> {
  const { stdout, stderr } = invocation;
  const api = await invocation.api();
  const format: LogLineFormat = { prefix: options.prefix, timestamps: options.timestamps };
  const request: PodLogsRequest = { ...podLogsRequest(options), ...(options.follow ? { follow: true } : {}) };
  let first: PodLogsReply;
  try {
    first = await api.podLogs(request);
  } catch (error) {
    if (error instanceof ApiError && error.reason === "NotFound" && options.podName !== undefined) {
      throw new UsageError(`pods "${options.podName}" not found in the ${scope}, nor in the logs the cluster keeps`);
    }
    throw error;
  }
  if (first.pods.length === 0 && !options.follow) {
    stderr.write(`No resources found in ${scope}.\n`);
    return 0;
  }
  if (options.follow && first.containers > options.maxLogRequests) throw followLimitError(first.containers, options.maxLogRequests);
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once("SIGINT", onSignal);
  try {
    let page = first;
    for (;;) {
      for (const json of page.lines) {
        const line = storedLineOfJson(json);
        if (options.grep !== undefined && !options.grep.test(line.text)) continue;
        (line.stream === "stderr" ? stderr : stdout).write(formatLogLine(line, format));
      }
      if (!page.continue || abort.signal.aborted) return 0;
      // Following, and every line so far is out: poll again later (the API keeps no session).
      if (page.upToDate && !(await pause(FOLLOW_POLL_MS, abort.signal))) return 0;
      page = await api.podLogs({ ...request, continue: page.continue });
    }
  } finally {
    process.off("SIGINT", onSignal);
  }
}

/** Waits `ms`; false when aborted first. */
function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", stop);
      resolve(true);
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener("abort", stop, { once: true });
  });
}
