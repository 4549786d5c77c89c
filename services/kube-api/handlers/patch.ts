// patch: the body's Content-Type names the patch type (JSON patch, merge patch, strategic merge
// patch, server-side apply); the NATS API's patch verb does the rest, so both front ends patch
// the same way.
import type { PatchType } from "../../../runtime/api-client/types.ts";
import { BadRequestError, MethodNotAllowedError, UnsupportedMediaTypeError } from "../../../runtime/api-errors.ts";
import { mediaType, parseJsonBody } from "../body-decode.ts";
import { readBody, sendJson } from "../http-io.ts";
import { renderObject } from "../render.ts";
import { fieldManagerOf, fieldValidationOptions, isDryRun, type HandlerContext } from "./handler-context.ts";

const PATCH_TYPES: Readonly<Record<string, PatchType>> = {
  "application/json-patch+json": "json",
  "application/merge-patch+json": "merge",
  "application/strategic-merge-patch+json": "strategic",
  "application/apply-patch+yaml": "apply",
};

function forceOf(query: URLSearchParams): boolean {
  const value = query.get("force");
  if (value === null || value === "false") return false;
  if (value === "true") return true;
  throw new BadRequestError(`force: Invalid value: "${value}": must be true or false`);
}

export async function handlePatch(ctx: HandlerContext): Promise<void> {
  const { deps, request, info, query } = ctx;
  const type = mediaType(ctx.req.headers["content-type"]);
  const patchType = PATCH_TYPES[type];
  if (!patchType) throw new UnsupportedMediaTypeError(type || "<none>", Object.keys(PATCH_TYPES));
  const subresource = request.subresource;
  if (subresource !== "" && subresource !== "status" && subresource !== "scale") throw new MethodNotAllowedError(`PATCH is not supported on ${info.plural}/${subresource}`);
  const body = await readBody(ctx.req, deps.maxBodyBytes);
  const patch = patchType === "apply" ? body.toString("utf8") : parseJsonBody(body);
  const { object, outcome } = await deps.api.patchWithOutcome(info.plural, request.name, {
    namespace: request.namespace,
    patchType,
    patch,
    fieldManager: fieldManagerOf(ctx),
    force: forceOf(query),
    dryRun: isDryRun(query),
    subresource,
    ...fieldValidationOptions(ctx),
  });
  if (subresource === "scale") return sendJson(ctx.res, 200, object);
  renderObject(ctx, object, outcome === "created" ? 201 : 200);
}
