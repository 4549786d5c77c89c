// One page of the API's podLogs reply and the continue token that reads the next: the lines of
// every container merged by time, cut at a line count and a byte size that fit a NATS message,
// and for each container not fully sent, the stream sequence it was sent up to and the one its
// read ends at (fixed by the first page, so paging ends even while pods keep writing). Pure.
import { fieldError, FieldErrorTypes, type FieldError } from "../codec/field-error.ts";
import { mergeByTime, rfc3339Nanos, type StoredLogLine } from "./log-line.ts";
import type { LogTarget } from "./log-selection.ts";

/** One container's part of the read: its lines after `after` up to `until` (stream sequences). */
export interface LogTargetRange {
  target: LogTarget;
  after: number;
  until: number;
}

/** What was read of one range: its first lines in stream order; `complete` when nothing is left. */
export interface LogRangeRead {
  range: LogTargetRange;
  lines: StoredLogLine[];
  complete: boolean;
}

export interface PageLimits {
  maxLines: number;
  maxBytes: number;
}

/** Well under NATS's default 1 MiB max_payload, with JSON's overhead. */
export const DEFAULT_PAGE_LIMITS: PageLimits = { maxLines: 2000, maxBytes: 256 * 1024 };
/** JSON keys and the target's names around each line's text, roughly. */
const LINE_OVERHEAD_BYTES = 160;

/** A line as the reply carries it. */
export interface PodLogLineJson {
  namespace: string;
  pod: string;
  uid: string;
  container: string;
  time: string;
  stream: "stdout" | "stderr";
  text: string;
  seq: number;
}

export interface PodLogsPodJson {
  namespace: string;
  name: string;
  uid: string;
  /** Gone from the API: read from its record in troupe-log-pods. */
  deleted: boolean;
}

export interface PodLogsReply {
  kind: "PodLogs";
  apiVersion: "troupe.dev/v1";
  /** The pods selected (first page only; later pages carry lines only). */
  pods: PodLogsPodJson[];
  /** How many containers' logs are read (first page only). */
  containers: number;
  lines: PodLogLineJson[];
  /** "" on the last page. Following, never "": the token to poll with. */
  continue: string;
  /** This page holds every line the stream had for the request (following: poll again later). */
  upToDate: boolean;
}

export interface PodLogsPage {
  lines: StoredLogLine[];
  /** The ranges still to read; empty when this page is the last. Following: every range. */
  next: LogTargetRange[];
  /** Every line read was sent and every read was complete. */
  upToDate: boolean;
}

/**
 * The page of `reads`: their lines merged by time, at most `limits` of them (always at least one,
 * so a huge line still moves the cursor). Each read holds the first lines of its range, so the
 * first maxLines of the merge are the first maxLines of all that is left.
 */
export function cutPage(reads: readonly LogRangeRead[], limits: PageLimits = DEFAULT_PAGE_LIMITS, keepEvery = false): PodLogsPage {
  const merged = mergeByTime(reads.map((read) => read.lines));
  const page: StoredLogLine[] = [];
  let bytes = 0;
  for (const line of merged) {
    const size = Buffer.byteLength(line.text) + LINE_OVERHEAD_BYTES;
    if (page.length > 0 && (page.length >= limits.maxLines || bytes + size > limits.maxBytes)) break;
    page.push(line);
    bytes += size;
  }
  const lastSent = new Map<LogTargetRange, number>();
  const sentPerRead = new Map<StoredLogLine, LogTargetRange>();
  for (const read of reads) for (const line of read.lines) sentPerRead.set(line, read.range);
  for (const line of page) {
    const range = sentPerRead.get(line) as LogTargetRange;
    lastSent.set(range, Math.max(lastSent.get(range) ?? range.after, line.seq));
  }
  const next: LogTargetRange[] = [];
  let upToDate = true;
  for (const read of reads) {
    const after = lastSent.get(read.range) ?? read.range.after;
    const unsent = read.lines.some((line) => line.seq > after);
    if (unsent || !read.complete) upToDate = false;
    if (unsent || !read.complete || keepEvery) next.push({ ...read.range, after });
  }
  return { lines: page, next, upToDate };
}

/** What a following token selects again at each poll, for pods that start later. */
export interface FollowSelection {
  /** "" every namespace. */
  namespace: string;
  labelSelector: string;
  name?: string;
  container?: string;
  allContainers?: boolean;
}

interface TokenJson {
  v: 1;
  r: { n: string; p: string; u: string; c: string; a: number; z: number }[];
  /** Following: the selection to apply again. */
  f?: FollowSelection;
}

export interface ContinueToken {
  ranges: LogTargetRange[];
  follow?: FollowSelection;
}

export function encodeContinueToken(ranges: readonly LogTargetRange[], follow?: FollowSelection): string {
  if (ranges.length === 0 && !follow) return "";
  const token: TokenJson = { v: 1, r: ranges.map(({ target, after, until }) => ({ n: target.namespace, p: target.pod, u: target.uid, c: target.container, a: after, z: until })), ...(follow ? { f: follow } : {}) };
  return Buffer.from(JSON.stringify(token)).toString("base64url");
}

function followSelection(value: unknown): FollowSelection | undefined | false {
  if (value === undefined) return undefined;
  const f = value as Partial<FollowSelection> | null;
  if (!f || typeof f.namespace !== "string" || typeof f.labelSelector !== "string") return false;
  if ((f.name !== undefined && typeof f.name !== "string") || (f.container !== undefined && typeof f.container !== "string") || (f.allContainers !== undefined && typeof f.allContainers !== "boolean")) return false;
  return f as FollowSelection;
}

const isWhole = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

/** The ranges of a continue token, or the field error saying it is not one. */
export function decodeContinueToken(token: string): ContinueToken | { errors: FieldError[] } {
  const invalid = { errors: [fieldError(FieldErrorTypes.invalid, "continue", "not a continue token of a podLogs reply (send the previous reply's continue unchanged)")] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    return invalid;
  }
  const json = parsed as Partial<TokenJson> | null;
  if (!json || json.v !== 1 || !Array.isArray(json.r)) return invalid;
  const follow = followSelection(json.f);
  if (follow === false || (json.r.length === 0 && !follow)) return invalid;
  const ranges: LogTargetRange[] = [];
  for (const entry of json.r) {
    if (!entry || typeof entry.n !== "string" || !entry.n || typeof entry.p !== "string" || !entry.p || typeof entry.u !== "string" || typeof entry.c !== "string" || !entry.c || !isWhole(entry.a) || !isWhole(entry.z)) return invalid;
    ranges.push({ target: { namespace: entry.n, pod: entry.p, uid: entry.u, container: entry.c }, after: entry.a, until: entry.z });
  }
  return follow ? { ranges, follow } : { ranges };
}

export function podLogLineJson(line: StoredLogLine): PodLogLineJson {
  const { target } = line;
  return { namespace: target.namespace, pod: target.pod, uid: target.uid, container: target.container, time: line.time, stream: line.stream, text: line.text, seq: line.seq };
}

/** A reply's line back as a StoredLogLine, for the CLI's formatting. */
export function storedLineOfJson(line: PodLogLineJson): StoredLogLine {
  return {
    target: { namespace: line.namespace, pod: line.pod, uid: line.uid, container: line.container },
    time: line.time,
    nanos: rfc3339Nanos(line.time) ?? 0n,
    seq: line.seq,
    stream: line.stream === "stderr" ? "stderr" : "stdout",
    text: line.text,
  };
}
