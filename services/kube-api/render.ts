// Replies with objects and lists in the form the client asked for (Accept header and
// includeObject): the object itself as JSON or YAML, or a meta.k8s.io Table (kubectl get),
// also for watch events, where only the first Table carries the column definitions.
import { stringify } from "yaml";
import type { KubeObject, ObjectListJson } from "../../runtime/api-client/types.ts";
import type { HandlerContext } from "./handlers/handler-context.ts";
import { sendJson, type HttpResponse } from "./http-io.ts";
import { toTable, watchTables, type OutputNegotiation } from "./table/mod.ts";
import { viewOfApiVersion } from "../../runtime/codec/version-views.ts";

/** Table columns are computed from the stored version (an autoscaling/v1 HPA is printed from its v2 form). */
function printable(object: KubeObject): KubeObject {
  const view = viewOfApiVersion(object.apiVersion, object.kind);
  return view ? (view.toStored(object as unknown as Record<string, unknown>) as unknown as KubeObject) : object;
}

function negotiate(ctx: HandlerContext): OutputNegotiation {
  return ctx.output;
}

function send(res: HttpResponse, code: number, body: unknown, output: OutputNegotiation): void {
  if (output.mediaType === "application/yaml") {
    const text = stringify(body);
    (res as import("node:http").ServerResponse).writeHead(code, { "Content-Type": "application/yaml", "Content-Length": String(Buffer.byteLength(text)) });
    res.end(text);
    return;
  }
  sendJson(res, code, body);
}

export function renderObject(ctx: HandlerContext, object: KubeObject, code = 200): void {
  const output = negotiate(ctx);
  if (output.table) {
    const table = toTable([printable(object)], { kind: ctx.info.kind, includeObject: output.table.includeObject, version: output.table.version, listMeta: { resourceVersion: object.metadata?.resourceVersion } });
    return send(ctx.res, code, table, output);
  }
  send(ctx.res, code, object, output);
}

export function renderList(ctx: HandlerContext, list: ObjectListJson): void {
  const output = negotiate(ctx);
  if (output.table) {
    const table = toTable(list.items.map(printable), { kind: ctx.info.kind, includeObject: output.table.includeObject, version: output.table.version, listMeta: list.metadata });
    return send(ctx.res, 200, table, output);
  }
  send(ctx.res, 200, list, output);
}

/** How each watch event's object is written: as is, or as a one-row Table. */
export function watchRenderer(ctx: HandlerContext): (object: KubeObject) => unknown {
  const output = negotiate(ctx);
  if (!output.table) return (object) => object;
  const tables = watchTables({ kind: ctx.info.kind, includeObject: output.table.includeObject, version: output.table.version });
  return (object) => tables(printable(object));
}
