// podLogs: the lines the cluster's logs stream (TROUPE_LOGS) keeps of the pods a namespace (or
// every namespace) has or had within retention, chosen by name or label selector, as `troupe logs
// -l` reads them; for callers without JetStream access (users of `troupe create user`), behind
// RBAC's get pods/log. Live pods come from the API's own store, deleted ones from the kubelets'
// records in troupe-log-pods. The reply is paged: a continue token reads the next page.
import type { NatsConnection } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { trace } from "@opentelemetry/api";
import { ApiError, BadRequestError, NotFoundError, ServiceUnavailableError } from "../../../runtime/api-errors.ts";
import { fieldError, FieldErrorTypes } from "../../../runtime/codec/field-error.ts";
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import { parseLabelSelector, type LabelSelector } from "../../../runtime/selectors/label-selector.ts";
import { lastLines } from "../../../runtime/logs/log-line.ts";
import { logPodRecord, type LogPodRecord } from "../../../runtime/logs/log-pod-record.ts";
import { LogPodsUnavailableError, readLogPodRecords } from "../../../runtime/logs/log-pods-bucket.ts";
import { logTargets, selectLogPods, type LogTarget } from "../../../runtime/logs/log-selection.ts";
import { LogsUnavailableError, LogStreamReader } from "../../../runtime/logs/log-stream-reader.ts";
import { mapLimited } from "../../../runtime/logs/map-limited.ts";
import { cutPage, decodeContinueToken, DEFAULT_PAGE_LIMITS, encodeContinueToken, podLogLineJson, type FollowSelection, type LogRangeRead, type LogTargetRange, type PageLimits, type PodLogsPage, type PodLogsPodJson, type PodLogsReply } from "../../../runtime/logs/pod-logs-page.ts";
import { parsePodLogsRequest, type PodLogsQuery } from "../../../runtime/logs/pod-logs-query.ts";
import { ATTR_TROUPE_LOGS_CONTAINERS, ATTR_TROUPE_LOGS_FOLLOW, ATTR_TROUPE_LOGS_LINES, ATTR_TROUPE_LOGS_PODS, ATTR_TROUPE_LOGS_UP_TO_DATE } from "../../../runtime/semconv.ts";
import { LOGS_STREAM } from "../../../runtime/subjects.ts";
import type { ApiContext } from "../api-context.ts";

/** Checks one Kubernetes request of the caller; throws the API's 403 when RBAC says no. */
export type PodLogsAuthorize = (check: { verb: "podLogs" | "list"; namespace: string; name?: string }) => Promise<void>;

export interface PodLogsDeps {
  ctx: ApiContext;
  nc: NatsConnection;
  pods: ResourceInfo;
  authorize: PodLogsAuthorize;
  limits?: PageLimits;
}

const CONCURRENT_READS = 8;

function storageError(error: unknown): never {
  if (error instanceof LogsUnavailableError || error instanceof LogPodsUnavailableError) throw new ServiceUnavailableError(`the API cannot read the cluster's logs: ${error.message}`);
  throw error;
}

async function storedRecords(nc: NatsConnection): Promise<LogPodRecord[]> {
  const records: LogPodRecord[] = [];
  try {
    for await (const event of readLogPodRecords(nc)) records.push(event.record);
  } catch (error) {
    storageError(error);
  }
  return records;
}

/** The stream's last sequence now: where the reads of this request end (0 when there is no stream yet). */
async function streamEnd(nc: NatsConnection): Promise<number> {
  const jsm = await jetstreamManager(nc);
  try {
    return (await jsm.streams.info(LOGS_STREAM)).state.last_seq;
  } catch (error) {
    if (/stream not found/i.test((error as Error).message)) return 0;
    throw new ServiceUnavailableError(`the API cannot read the ${LOGS_STREAM} stream: ${(error as Error).message}`);
  }
}

async function readRange(nc: NatsConnection, range: LogTargetRange, limits: PageLimits): Promise<LogRangeRead> {
  const reader = new LogStreamReader(nc, range.target);
  try {
    const lines = await reader.backlog({ afterSeq: range.after, untilSeq: range.until, limit: limits.maxLines }).catch(storageError);
    return { range, lines, complete: lines.length < limits.maxLines };
  } finally {
    await reader.close();
  }
}

/** The first read of a container: its last N lines (all in hand), or its first page of lines from `since`. */
async function readFirst(nc: NatsConnection, target: LogTarget, query: PodLogsQuery, until: number, limits: PageLimits): Promise<LogRangeRead> {
  const reader = new LogStreamReader(nc, target);
  try {
    const tail = query.tail;
    const read = await reader.backlog({ since: query.since, tail, untilSeq: until, limit: tail === undefined ? limits.maxLines : undefined }).catch(storageError);
    const lines = lastLines(read.filter((line) => line.seq <= until), tail);
    const after = lines.length > 0 ? lines[0].seq - 1 : until;
    return { range: { target, after, until }, lines, complete: tail !== undefined || lines.length < limits.maxLines };
  } finally {
    await reader.close();
  }
}

function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.code === 403;
}

interface PodsScope {
  /** undefined: every namespace. */
  namespace: string | undefined;
  selector: LabelSelector;
  name: string | undefined;
  container: string | undefined;
  allContainers: boolean;
}

/** get pods/log where the request reads, and list pods when it selects by label (as kubectl needs). */
async function authorizeScope(deps: PodLogsDeps, scope: PodsScope, namespace: string): Promise<void> {
  await deps.authorize({ verb: "podLogs", namespace, name: scope.name });
  if (scope.name === undefined) await deps.authorize({ verb: "list", namespace });
}

/** The pods in scope (authorized: every namespace is allowed cluster-wide, or else in each namespace a pod is found in) and their containers to read. */
async function selectPods(deps: PodLogsDeps, scope: PodsScope): Promise<{ selected: LogPodRecord[]; targets: LogTarget[] }> {
  let clusterWide = false;
  if (scope.namespace !== undefined) await authorizeScope(deps, scope, scope.namespace);
  else {
    try {
      await authorizeScope(deps, scope, "");
      clusterWide = true;
    } catch (error) {
      if (!isForbidden(error)) throw error;
    }
  }
  const now = deps.ctx.now();
  const { items } = await deps.ctx.repo.list(deps.pods, scope.namespace);
  const live = items.map((stored) => logPodRecord(stored.object as Parameters<typeof logPodRecord>[0], now));
  const selected = selectLogPods(live, await storedRecords(deps.nc), { namespace: scope.namespace, selector: scope.selector })
    .filter((record) => scope.name === undefined || record.name === scope.name);
  if (scope.namespace === undefined && !clusterWide) {
    const namespaces = [...new Set(selected.map((record) => record.namespace))];
    // Nothing found says nothing about other namespaces: the cluster-wide refusal stands.
    if (namespaces.length === 0) await authorizeScope(deps, scope, "");
    for (const namespace of namespaces) await authorizeScope(deps, scope, namespace);
  }
  return { selected, targets: logTargets(selected, { container: scope.container, allContainers: scope.allContainers }) };
}

/** What the request's span (troupe.api podLogs) records of its reply. */
function recordOnSpan(pods: number, containers: number, page: PodLogsPage, follow: boolean): void {
  trace.getActiveSpan()?.setAttributes({
    [ATTR_TROUPE_LOGS_PODS]: pods,
    [ATTR_TROUPE_LOGS_CONTAINERS]: containers,
    [ATTR_TROUPE_LOGS_LINES]: page.lines.length,
    [ATTR_TROUPE_LOGS_FOLLOW]: follow,
    [ATTR_TROUPE_LOGS_UP_TO_DATE]: page.upToDate,
  });
}

function reply(pods: PodLogsPodJson[], containers: number, page: PodLogsPage, follow?: FollowSelection): PodLogsReply {
  recordOnSpan(pods.length, containers || page.next.length, page, follow !== undefined);
  return { kind: "PodLogs", apiVersion: "troupe.dev/v1", pods, containers, lines: page.lines.map(podLogLineJson), continue: encodeContinueToken(page.next, follow), upToDate: page.upToDate };
}

export async function podLogs(deps: PodLogsDeps, body: unknown): Promise<PodLogsReply> {
  const parsed = parsePodLogsRequest(body);
  if ("errors" in parsed) throw new BadRequestError("podLogs request is invalid", parsed.errors);
  const { query } = parsed;
  const pageLimits = deps.limits ?? DEFAULT_PAGE_LIMITS;
  const limits = { ...pageLimits, maxLines: Math.min(query.limit ?? pageLimits.maxLines, pageLimits.maxLines) };
  if (query.continueToken !== undefined) return nextPage(deps, query.continueToken, limits);
  const { selected, targets } = await selectPods(deps, query);
  if (query.name !== undefined && selected.length === 0) throw new NotFoundError("pods", query.name);
  if (targets.length === 0 && selected.length > 0) {
    throw new BadRequestError(query.container === undefined ? "the selected pods have no containers" : `container ${query.container} is not valid for any of the selected pods`);
  }
  const pods = selected.map((record) => ({ namespace: record.namespace, name: record.name, uid: record.uid, deleted: record.deletedAt !== undefined }));
  const until = targets.length > 0 ? await streamEnd(deps.nc) : 0;
  const reads = until === 0
    ? targets.map((target) => ({ range: { target, after: 0, until: 0 }, lines: [], complete: true }))
    : await mapLimited(targets, CONCURRENT_READS, (target) => readFirst(deps.nc, target, query, until, limits));
  const follow = query.follow ? followOf(query) : undefined;
  return reply(pods, targets.length, cutPage(reads, limits, query.follow), follow);
}

function followOf(query: PodLogsQuery): FollowSelection {
  return {
    namespace: query.namespace ?? "",
    labelSelector: query.selector.toString(),
    ...(query.name !== undefined ? { name: query.name } : {}),
    ...(query.container !== undefined ? { container: query.container } : {}),
    ...(query.allContainers ? { allContainers: true } : {}),
  };
}

function scopeOf(follow: FollowSelection): PodsScope {
  let selector: LabelSelector;
  try {
    selector = parseLabelSelector(follow.labelSelector);
  } catch {
    throw new BadRequestError("podLogs request is invalid", [fieldError(FieldErrorTypes.invalid, "continue", "the token's label selector does not parse")]);
  }
  return { namespace: follow.namespace || undefined, selector, name: follow.name, container: follow.container, allContainers: follow.allContainers ?? false };
}

const rangeKey = (target: LogTarget) => `${target.uid}/${target.container}`;

async function nextPage(deps: PodLogsDeps, token: string, limits: PageLimits): Promise<PodLogsReply> {
  const decoded = decodeContinueToken(token);
  if ("errors" in decoded) throw new BadRequestError("podLogs request is invalid", decoded.errors);
  // Each page is authorized again: a token is no grant.
  const checked = new Set<string>();
  for (const { target } of decoded.ranges) {
    const key = `${target.namespace}/${target.pod}`;
    if (checked.has(key)) continue;
    checked.add(key);
    await deps.authorize({ verb: "podLogs", namespace: target.namespace, name: target.pod });
  }
  let ranges = decoded.ranges;
  if (decoded.follow) {
    // Following: up to the stream's end now, and the pods that started since.
    const { targets } = await selectPods(deps, scopeOf(decoded.follow));
    const until = await streamEnd(deps.nc);
    const known = new Set(ranges.map((range) => rangeKey(range.target)));
    ranges = [...ranges.map((range) => ({ ...range, until })), ...targets.filter((target) => !known.has(rangeKey(target))).map((target) => ({ target, after: 0, until }))];
  }
  const reads = await mapLimited(ranges, CONCURRENT_READS, (range) => readRange(deps.nc, range, limits));
  return reply([], 0, cutPage(reads, limits, decoded.follow !== undefined), decoded.follow);
}
