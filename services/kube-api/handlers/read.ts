// get and list: one object or a list, as JSON or as the server-side Table kubectl asks for.
import { BadRequestError } from "../../../runtime/api-errors.ts";
import { sendJson } from "../http-io.ts";
import { renderList, renderObject } from "../render.ts";
import type { HandlerContext } from "./handler-context.ts";
import { scaleOf } from "./scale.ts";

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
  const object = await deps.api.get(info.plural, request.name, { namespace: request.namespace });
  if (request.subresource === "scale") return sendJson(ctx.res, 200, scaleOf(object));
  if (request.subresource && request.subresource !== "status") throw new BadRequestError(`${info.plural}/${request.subresource} does not support get`);
  renderObject(ctx, object);
}

export async function handleList(ctx: HandlerContext): Promise<void> {
  const { deps, info } = ctx;
  const list = await deps.api.list(info.plural, listOptionsOf(ctx));
  renderList(ctx, list);
}
