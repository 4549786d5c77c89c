// `troupe logs -l` for callers whose credentials cannot read the logs stream (users made by
// `troupe create user`): the same lines, read page by page through the API's podLogs verb, which
// checks RBAC's get pods/log (and list pods for a selector) in each namespace it reads.
import { ApiError } from "../../runtime/api-errors.ts";
import { formatLogLine, type LogLineFormat } from "../../runtime/logs/log-line-format.ts";
import { storedLineOfJson } from "../../runtime/logs/pod-logs-page.ts";
import type { PodLogsRequest } from "../../runtime/logs/pod-logs-query.ts";
import { UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import type { StreamLogsOptions } from "./stream-logs-options.ts";

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

export async function runApiLogs(invocation: Invocation, options: StreamLogsOptions, scope: string): Promise<number> {
  const { stdout, stderr } = invocation;
  if (options.follow) {
    throw new UsageError("-f reads the logs stream directly, which these credentials may not (a user's reach only the API): leave out -f to read the lines through the API (RBAC's get pods/log)");
  }
  const api = await invocation.api();
  const format: LogLineFormat = { prefix: options.prefix, timestamps: options.timestamps };
  const request = podLogsRequest(options);
  let first;
  try {
    first = await api.podLogs(request);
  } catch (error) {
    if (error instanceof ApiError && error.reason === "NotFound" && options.podName !== undefined) {
      throw new UsageError(`pods "${options.podName}" not found in the ${scope}, nor in the logs the cluster keeps`);
    }
    throw error;
  }
  if (first.pods.length === 0) {
    stderr.write(`No resources found in ${scope}.\n`);
    return 0;
  }
  let page = first;
  for (;;) {
    for (const json of page.lines) {
      const line = storedLineOfJson(json);
      if (options.grep !== undefined && !options.grep.test(line.text)) continue;
      (line.stream === "stderr" ? stderr : stdout).write(formatLogLine(line, format));
    }
    if (!page.continue) return 0;
    page = await api.podLogs({ ...request, continue: page.continue });
  }
}
