// watch: newline-delimited JSON events over a long-lived chunked response, fed by a NATS API
// watch. resourceVersion absent or "0": the current objects as ADDED first; a revision: the
// changes after it; a revision the state log no longer holds: an ERROR event with 410 Expired,
// as kube-apiserver sends, so clients relist.
import type { ServerResponse } from "node:http";
import type { ApiWatch, WatchEventJson } from "../../../runtime/api-client/types.ts";
import { ApiError, BadRequestError } from "../../../runtime/api-errors.ts";
import { JSON_TYPE } from "../http-io.ts";
import { watchRenderer } from "../render.ts";
import type { HandlerContext } from "./handler-context.ts";
import { listOptionsOf } from "./read.ts";

function timeoutOf(query: URLSearchParams, minSeconds: number): number {
  const text = query.get("timeoutSeconds");
  const spread = () => minSeconds * (1 + Math.random());
  if (text === null) return spread();
  const seconds = Number(text);
  if (!Number.isSafeInteger(seconds) || seconds < 0) throw new BadRequestError(`timeoutSeconds: Invalid value: "${text}": must be a non-negative integer`);
  return seconds === 0 ? spread() : seconds;
}

function writeEvent(res: ServerResponse, event: unknown): boolean {
  return res.write(`${JSON.stringify(event)}\n`);
}

/** Until a slow client has taken what was written, or has gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.once("drain", done);
    res.once("close", done);
  });
}

export async function handleWatch(ctx: HandlerContext): Promise<void> {
  const { deps, info, query } = ctx;
  const res = ctx.res as ServerResponse;
  const timeoutSeconds = timeoutOf(query, deps.minRequestTimeoutSeconds);
  const bookmarks = query.get("allowWatchBookmarks") === "true";
  const resourceVersion = query.get("resourceVersion") ?? undefined;
  const { limit: _limit, continue: _continue, ...selectors } = listOptionsOf(ctx);
  let watch: ApiWatch;
  try {
    watch = await deps.api.watch(info.plural, { ...selectors, resourceVersion: resourceVersion || undefined });
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 410)) throw error;
    res.writeHead(200, { "Content-Type": JSON_TYPE });
    writeEvent(res, { type: "ERROR", object: { ...error.status, metadata: {} } });
    res.end();
    return;
  }
  deps.metrics.watches.inc();
  res.writeHead(200, { "Content-Type": JSON_TYPE, "Cache-Control": "no-cache, private" });
  res.flushHeaders();
  let lastRevision = resourceVersion ?? "";
  const render = watchRenderer(ctx);
  const end = () => void watch.stop();
  const timer = setTimeout(end, timeoutSeconds * 1000);
  const ticker = bookmarks ? setInterval(() => {
    if (lastRevision) writeEvent(res, { type: "BOOKMARK", object: { kind: info.kind, apiVersion: info.apiVersion, metadata: { resourceVersion: lastRevision } } });
  }, deps.bookmarkIntervalMs) : undefined;
  ctx.req.once("close", end);
  try {
    for await (const event of watch as AsyncIterable<WatchEventJson>) {
      const revision = event.object?.metadata?.resourceVersion;
      if (revision) lastRevision = revision;
      if (event.type === "BOOKMARK") {
        if (bookmarks) writeEvent(res, event);
        continue;
      }
      // ERROR events carry a Status, never a row.
      const object = event.type === "ERROR" ? event.object : render(event.object);
      if (!writeEvent(res, { type: event.type, object })) await drained(res);
    }
  } finally {
    clearTimeout(timer);
    clearInterval(ticker);
    ctx.req.off("close", end);
    deps.metrics.watches.dec();
    if (!res.writableEnded) res.end();
  }
}
