// The flags of `troupe logs` that read the logs stream (-l SELECTOR, or a pod with any of the
// stream-only flags, or a pod the API no longer has), checked and resolved the way kubectl does.
// Pure: every bad value is a UsageError naming the flag and what it accepts.
import { parseLabelSelector, SelectorParseError, type LabelSelector } from "../../runtime/selectors/label-selector.ts";
import { parseDuration } from "../duration.ts";
import { UsageError } from "../errors.ts";
import type { Flags } from "../command-line.ts";

export interface StreamLogsOptions {
  /** undefined: every namespace (-A). */
  namespace: string | undefined;
  selector: LabelSelector;
  /** A pod named on the command line instead of a selector. */
  podName: string | undefined;
  container: string | undefined;
  allContainers: boolean;
  /** Lines per container; undefined = all. */
  tail: number | undefined;
  since: Date | undefined;
  follow: boolean;
  prefix: boolean;
  timestamps: boolean;
  maxLogRequests: number;
  grep: RegExp | undefined;
}

/** kubectl's defaults: 10 lines per container with a selector, all for a named pod; 5 concurrent streams. */
export const SELECTOR_DEFAULT_TAIL = 10;
export const DEFAULT_MAX_LOG_REQUESTS = 5;

/** Flags that only the stream can answer: given with a pod name, the stream is read instead of the kubelet. */
export const STREAM_ONLY_FLAGS = ["since", "since-time", "prefix", "timestamps", "grep", "all-containers", "max-log-requests"] as const;

export function parseStreamLogsOptions(flags: Flags, podName: string | undefined, now: Date): StreamLogsOptions {
  const selectorText = flags.string("selector");
  if (selectorText !== undefined && podName !== undefined) throw new UsageError("only a selector (-l) or a POD name is allowed, not both");
  if (selectorText === undefined && podName === undefined) throw new UsageError("logs needs a pod name or -l SELECTOR: troupe logs POD | troupe logs -l app=web");
  let selector: LabelSelector;
  try {
    selector = parseLabelSelector(selectorText ?? "");
  } catch (error) {
    if (error instanceof SelectorParseError) throw new UsageError(`invalid value for --selector (-l): ${error.message}`);
    throw error;
  }
  const container = flags.string("container");
  const allContainers = flags.boolean("all-containers");
  if (container !== undefined && allContainers) throw new UsageError("--all-containers=true should not be specified with container name (-c)");
  if (flags.boolean("previous")) throw new UsageError("--previous is read from the pod's kubelet: use it with a pod name and without --since, --since-time, --prefix, --timestamps, --grep, --all-containers");
  const allNamespaces = flags.boolean("all-namespaces");
  if (allNamespaces && podName !== undefined) throw new UsageError("--all-namespaces (-A) needs -l SELECTOR, not a pod name");
  const since = parseSince(flags.string("since"), flags.string("since-time"), now);
  return {
    namespace: allNamespaces ? undefined : flags.string("namespace") ?? "default",
    selector,
    podName,
    container,
    allContainers,
    tail: parseTail(flags.string("tail"), podName === undefined ? SELECTOR_DEFAULT_TAIL : undefined),
    since,
    follow: flags.boolean("follow"),
    prefix: flags.boolean("prefix"),
    timestamps: flags.boolean("timestamps"),
    maxLogRequests: parseMaxLogRequests(flags.string("max-log-requests")),
    grep: parseGrep(flags.string("grep")),
  };
}

/** --tail N: N >= 0 lines per container, -1 for all; `fallback` when not given. */
export function parseTail(text: string | undefined, fallback: number | undefined): number | undefined {
  if (text === undefined) return fallback;
  if (text === "-1") return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`invalid value "${text}" for --tail: use a whole number >= 0, or -1 for all lines`);
  return Number(text);
}

export function parseSince(since: string | undefined, sinceTime: string | undefined, now: Date): Date | undefined {
  if (since !== undefined && sinceTime !== undefined) throw new UsageError("at most one of --since or --since-time may be specified");
  if (since !== undefined) return new Date(now.getTime() - parseDuration(since, "since"));
  if (sinceTime === undefined) return undefined;
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(sinceTime) || Number.isNaN(Date.parse(sinceTime))) {
    throw new UsageError(`invalid value "${sinceTime}" for --since-time: use an RFC3339 time like 2026-12-04T19:30:00Z`);
  }
  return new Date(sinceTime);
}

export function parseMaxLogRequests(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_LOG_REQUESTS;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`invalid value "${text}" for --max-log-requests: use a whole number >= 1`);
  return Number(text);
}

export function parseGrep(text: string | undefined): RegExp | undefined {
  if (text === undefined) return undefined;
  try {
    return new RegExp(text);
  } catch (error) {
    throw new UsageError(`invalid value "${text}" for --grep: not a regular expression (${(error as Error).message})`);
  }
}

/** kubectl's refusal to follow more streams than --max-log-requests allows. */
export function followLimitError(streams: number, max: number): UsageError {
  return new UsageError(`you are attempting to follow ${streams} log streams, but maximum allowed concurrency is ${max}, use --max-log-requests to increase the limit`);
}
