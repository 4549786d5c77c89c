// `troupe logs -l SELECTOR` (and a pod read from the stream): the lines the TROUPE_LOGS stream
// keeps of every matching pod, live ones from the API and deleted ones from the troupe-log-pods
// records, merged by time; with -f, then new lines as they come, of pods that start later too.
// Credentials that may not read the stream (a user's) read the same lines through the API (./api-logs.ts).
import type { NatsConnection } from "@nats-io/transport-node";
import type { KubeObject } from "../../runtime/api-client.ts";
import { formatLogLine, type LogLineFormat } from "../../runtime/logs/log-line-format.ts";
import { lastLines, mergeByTime, type StoredLogLine } from "../../runtime/logs/log-line.ts";
import { logPodRecord, type LogPodRecord } from "../../runtime/logs/log-pod-record.ts";
import { readLogPodRecords } from "../../runtime/logs/log-pods-bucket.ts";
import { logTargets, selectLogPods, type LogTarget } from "../../runtime/logs/log-selection.ts";
import { LogStreamReader } from "../../runtime/logs/log-stream-reader.ts";
import { mapLimited } from "../../runtime/logs/map-limited.ts";
import { connectionMayPublish } from "../../runtime/auth/connection-permissions.ts";
import { LOG_PODS_BUCKET, LOGS_STREAM } from "../../runtime/subjects.ts";
import { UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { runApiLogs } from "./api-logs.ts";
import { followLimitError, type StreamLogsOptions } from "./stream-logs-options.ts";

async function storedRecords(nc: NatsConnection): Promise<LogPodRecord[]> {
  const records: LogPodRecord[] = [];
  for await (const event of readLogPodRecords(nc)) records.push(event.record);
  return records;
}

/** What the direct read publishes first: the log-pods bucket's stream info and a consumer on the logs stream. */
function mayReadLogsStream(nc: NatsConnection): boolean {
  return connectionMayPublish(nc, `$JS.API.STREAM.INFO.KV_${LOG_PODS_BUCKET}`) && connectionMayPublish(nc, `$JS.API.CONSUMER.CREATE.${LOGS_STREAM}`);
}

function scopeText(options: StreamLogsOptions): string {
  return options.namespace === undefined ? "any namespace" : `${options.namespace} namespace`;
}

export async function runStreamLogs(invocation: Invocation, options: StreamLogsOptions): Promise<number> {
  const { stdout, stderr } = invocation;
  const api = await invocation.api();
  const nc = api.nc;
  const now = new Date();
  // Credentials that may not read the stream (a user's): the API reads for them, behind RBAC.
  if (!mayReadLogsStream(nc)) return runApiLogs(invocation, options, scopeText(options));
  const stored = await storedRecords(nc);
  const live = (await api.list("pods", { namespace: options.namespace ?? "" })).items.map((pod: KubeObject) => logPodRecord(pod as Parameters<typeof logPodRecord>[0], now));
  const selection = { namespace: options.namespace, selector: options.selector };
  const chosen = (records: LogPodRecord[]) => options.podName === undefined ? records : records.filter((record) => record.name === options.podName);
  const pods = chosen(selectLogPods(live, stored, selection));
  if (pods.length === 0) {
    if (options.podName !== undefined) throw new UsageError(`pods "${options.podName}" not found in the ${scopeText(options)}, nor in the logs the cluster keeps`);
    if (!options.follow) {
      stderr.write(`No resources found in ${scopeText(options)}.\n`);
      return 0;
    }
  }
  const choice = { container: options.container, allContainers: options.allContainers };
  const targets = logTargets(pods, choice);
  if (targets.length === 0 && pods.length > 0) {
    throw new UsageError(options.container === undefined ? "the selected pods have no containers" : `container ${options.container} is not valid for any of the selected pods`);
  }
  if (options.follow && targets.length > options.maxLogRequests) throw followLimitError(targets.length, options.maxLogRequests);
  const format: LogLineFormat = { prefix: options.prefix, timestamps: options.timestamps };
  const keep = (line: StoredLogLine) => options.grep === undefined || options.grep.test(line.text);
  const write = (line: StoredLogLine) => (line.stream === "stderr" ? stderr : stdout).write(formatLogLine(line, format));
  const readers = targets.map((target) => new LogStreamReader(nc, target));
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once("SIGINT", onSignal);
  try {
    // As `kubectl logs --tail N | grep`: the last N lines, then those matching.
    const backlogs = await mapLimited(readers, options.maxLogRequests, async (reader) => lastLines(await reader.backlog({ since: options.since, tail: options.tail }), options.tail).filter(keep));
    for (const line of mergeByTime(backlogs)) write(line);
    if (!options.follow) return 0;
    const followed = new Set(targets.map(targetKey));
    const follow = (reader: LogStreamReader) => void (async () => {
      for await (const line of reader.follow()) if (keep(line)) write(line);
    })().catch((error) => stderr.write(`troupe: following ${reader.target.pod}/${reader.target.container} stopped: ${(error as Error).message}\n`));
    for (const reader of readers) follow(reader);
    // Pods that start later: their kubelet writes their record as it starts them.
    void (async () => {
      for await (const event of readLogPodRecords(nc, { follow: true, signal: abort.signal })) {
        if (event.initial || event.record.deletedAt !== undefined) continue;
        const fresh = logTargets(chosen(selectLogPods([], [event.record], selection)), choice).filter((target) => !followed.has(targetKey(target)));
        for (const target of fresh) {
          if (followed.size >= options.maxLogRequests) {
            stderr.write(`troupe: not following ${target.pod}/${target.container}: already following ${followed.size} log streams (--max-log-requests)\n`);
            continue;
          }
          followed.add(targetKey(target));
          const reader = new LogStreamReader(nc, target);
          readers.push(reader);
          for (const line of (await reader.backlog()).filter(keep)) write(line);
          follow(reader);
        }
      }
    })().catch((error) => stderr.write(`troupe: watching for new pods stopped: ${(error as Error).message}\n`));
    await new Promise<void>((resolve) => abort.signal.addEventListener("abort", () => resolve(), { once: true }));
    return 0;
  } finally {
    process.off("SIGINT", onSignal);
    abort.abort();
    await Promise.all(readers.map((reader) => reader.close()));
  }
}

function targetKey(target: LogTarget): string {
  return `${target.uid}/${target.container}`;
}
