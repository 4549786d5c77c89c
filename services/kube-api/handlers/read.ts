// get and list: one object or a list, as JSON or as the server-side Table kubectl asks for.
import type { ServerResponse } from "node:http";
import { BadRequestError, ExpiredError, TimeoutError } from "../../../runtime/api-errors.ts";
import { LAST_CHANGE_TRACEPARENT_HEADER } from "../../../runtime/subjects.ts";
import { sendJson } from "../http-io.ts";
import { renderList, renderObject } from "../render.ts";
import type { HandlerContext } from "./handler-context.ts";

export function listOptionsOf(ctx: HandlerContext): { namespace?: string; labelSelector?: string; fieldSelector?: string; limit?: number; continue?: string } {
  const { query, request } = ctx;
  const limitText = query.get("limit");
  const limit = limitText ? Number(limitText) : undefined;
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 0)) throw new BadRequestError(`limit: Invalid value: "${limitText}": must be a non-negative integer`);
  return {
    namespace: request.namespace || undefined,
    labelSelector: query.get("labelSelector") ?? undefined,
    fieldSelector: query.get("fieldSelector") ?? undefined,
    limit,
    continue: query.get("continue") ?? undefined,
  };
}

export async function handleGet(ctx: HandlerContext): Promise<void> {
  const { deps, request, info } = ctx;
  if (!request.subresource && !ctx.output.table && !ctx.output.partialObjectMetadata && ctx.output.mediaType === "application/json") {
    // The API's JSON is the reply: pass it on as it came.
    const { bytes, lastChangeTraceparent } = await deps.api.getJsonBytesWithLastChange(info.plural, request.name, { namespace: request.namespace });
    (ctx.res as ServerResponse).writeHead(200, {
      "Content-Type": "application/json",
      "Content-Length": String(bytes.byteLength),
      ...(lastChangeTraceparent ? { [LAST_CHANGE_TRACEPARENT_HEADER]: lastChangeTraceparent } : {}),
    });
    ctx.res.end(bytes);
    return;
  }
  // get <resource>/scale is its own RBAC permission: the API's getScale checks it.
  if (request.subresource === "scale") return sendJson(ctx.res, 200, await deps.api.getScale(info.plural, request.name, { namespace: request.namespace }));
  const { object, lastChangeTraceparent } = await deps.api.getWithLastChange(info.plural, request.name, { namespace: request.namespace });
  // The trace context of the object's last change (docs/tracing.md), whichever way it is rendered.
  if (lastChangeTraceparent) (ctx.res as ServerResponse).setHeader(LAST_CHANGE_TRACEPARENT_HEADER, lastChangeTraceparent);
  if (request.subresource && request.subresource !== "status") throw new BadRequestError(`${info.plural}/${request.subresource} does not support get`);
  renderObject(ctx, object);
}

const MATCH_RULES = ["", "Exact", "NotOlderThan"];

/**
 * resourceVersion semantics of a list: absent or "0" is any recent state; with
 * resourceVersionMatch=NotOlderThan (the default for other values) the current state serves,
 * unless the client has seen a newer revision than this one (504, as Kubernetes answers "Too
 * large resource version"); Exact asks for a past state the store does not keep: 410, so the
 * client lists afresh.
 */
function checkListRevision(ctx: HandlerContext, current: string): void {
  const requested = ctx.query.get("resourceVersion") ?? "";
  const match = ctx.query.get("resourceVersionMatch") ?? "";
  if (!MATCH_RULES.includes(match)) throw new BadRequestError(`resourceVersionMatch: Unsupported value: "${match}": supported values: "Exact", "NotOlderThan"`);
  if (match && !requested) throw new BadRequestError("resourceVersionMatch is forbidden unless resourceVersion is provided");
  if (!requested || requested === "0") return;
  const revision = Number(requested);
  if (!Number.isSafeInteger(revision) || revision < 0) throw new BadRequestError(`invalid resourceVersion "${requested}": must be an integer`);
  if (revision > Number(current)) throw new TimeoutError(`Too large resource version: ${revision}, current: ${current}`);
  if (match === "Exact" && revision !== Number(current)) throw new ExpiredError(revision, Number(current));
}

export async function handleList(ctx: HandlerContext): Promise<void> {
  const { deps, info } = ctx;
  const list = await deps.api.list(info.plural, listOptionsOf(ctx));
  checkListRevision(ctx, list.metadata.resourceVersion);
  renderList(ctx, list);
}
