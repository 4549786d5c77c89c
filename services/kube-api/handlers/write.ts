// create, update and delete (one object or a collection), translated to the NATS API verbs.
import type { DeleteOptions, KubeObject } from "../../../runtime/api-client/types.ts";
import { ApiError, BadRequestError, MethodNotAllowedError } from "../../../runtime/api-errors.ts";
import { decodeObjectBody, mediaType, parseJsonBody, parseYamlBody } from "../body-decode.ts";
import { readBody, sendJson } from "../http-io.ts";
import { renderObject } from "../render.ts";
import { fieldManagerOf, fieldValidationOf, fieldValidationOptions, isDryRun, type HandlerContext } from "./handler-context.ts";
import { listOptionsOf } from "./read.ts";
import { replicasOfScale } from "./scale.ts";

/** An Eviction's deleteOptions: metav1.DeleteOptions, whose dryRun is a list (["All"]). */
type EvictionDeleteOptions = Omit<DeleteOptions, "namespace" | "dryRun"> & { dryRun?: string[] };

/** The body's object; apiVersion and kind default to the path's, as kube-apiserver does, and must match it. */
async function bodyObject(ctx: HandlerContext): Promise<KubeObject> {
  const body = await readBody(ctx.req, ctx.deps.maxBodyBytes);
  const object = decodeObjectBody(ctx.req.headers["content-type"], body, ctx.deps.decodeProtobuf, fieldValidationOf(ctx));
  if (ctx.request.subresource) return object;
  const { apiVersion, kind } = ctx.info;
  if ((object.apiVersion && object.apiVersion !== apiVersion) || (object.kind && object.kind !== kind)) {
    throw new BadRequestError(`the API version in the data (${object.apiVersion || "<empty>"}) and kind (${object.kind || "<empty>"}) do not match the ${apiVersion} ${kind} the request is for`);
  }
  return { ...object, apiVersion, kind };
}

/** The path's namespace goes on the object; a different one in the body is refused, as Kubernetes does. */
function placeInNamespace(ctx: HandlerContext, object: KubeObject): KubeObject {
  const { request, info } = ctx;
  if (!info.namespaced) return object;
  const given = object.metadata?.namespace;
  if (given && request.namespace && given !== request.namespace) {
    throw new BadRequestError("the namespace of the provided object does not match the namespace sent on the request");
  }
  return { ...object, metadata: { ...object.metadata, namespace: request.namespace || given } };
}

export async function handleCreate(ctx: HandlerContext): Promise<void> {
  const { deps, request, info, query } = ctx;
  const dryRun = isDryRun(query);
  const object = await bodyObject(ctx);
  if (request.subresource === "binding") {
    const target = (object as { target?: { name?: string } }).target?.name ?? "";
    const bound = await deps.api.bind({ namespace: request.namespace, name: request.name, nodeName: target });
    return sendJson(ctx.res, 201, { kind: "Status", apiVersion: "v1", metadata: {}, status: "Success", details: { name: bound.metadata?.name, kind: "pods" } });
  }
  if (request.subresource === "eviction") {
    // The API decides against the pod's disruption budget; its 429 goes back as it is, with Retry-After.
    const options = (object as { deleteOptions?: EvictionDeleteOptions }).deleteOptions ?? {};
    const { gracePeriodSeconds, preconditions, propagationPolicy } = options;
    await deps.api.evict(request.name, {
      namespace: request.namespace,
      deleteOptions: { gracePeriodSeconds, preconditions, propagationPolicy },
      dryRun: dryRun || (options.dryRun ?? []).includes("All"),
    });
    return sendJson(ctx.res, 201, { kind: "Status", apiVersion: "v1", metadata: {}, status: "Success", code: 201 });
  }
  if (request.subresource === "token" && info.kind === "ServiceAccount") {
    // kubectl create token: the API checks the request, binds and mints; the reply is the TokenRequest.
    const issued = await deps.api.createToken(request.namespace, request.name, object as Parameters<typeof deps.api.createToken>[2]);
    return sendJson(ctx.res, 201, issued);
  }
  if (request.subresource || request.name) throw new MethodNotAllowedError(`POST is not supported on ${info.plural}${request.subresource ? "/" + request.subresource : " by name"}`);
  const created = await deps.api.create(placeInNamespace(ctx, object), { dryRun, fieldManager: fieldManagerOf(ctx), ...fieldValidationOptions(ctx) });
  renderObject(ctx, created, 201);
}

/** A PUT without resourceVersion is an unconditional update in Kubernetes: use the current one. */
async function withResourceVersion(ctx: HandlerContext, object: KubeObject): Promise<KubeObject> {
  if (object.metadata?.resourceVersion) return object;
  const current = await ctx.deps.api.get(ctx.info.plural, ctx.request.name, { namespace: ctx.request.namespace });
  return { ...object, metadata: { ...object.metadata, resourceVersion: current.metadata?.resourceVersion } };
}

export async function handleUpdate(ctx: HandlerContext): Promise<void> {
  const { deps, request, info, query } = ctx;
  const dryRun = isDryRun(query);
  const object = placeInNamespace(ctx, await bodyObject(ctx));
  if (request.subresource === "scale") {
    // update <resource>/scale (its own RBAC permission): the API writes spec.replicas only.
    const replicas = replicasOfScale(object);
    const scale = await deps.api.updateScale(info.plural, request.name, replicas, { namespace: request.namespace, resourceVersion: object.metadata?.resourceVersion || undefined, dryRun, fieldManager: fieldManagerOf(ctx) });
    return sendJson(ctx.res, 200, scale);
  }
  if (object.metadata?.name && object.metadata.name !== request.name) {
    throw new BadRequestError(`the name of the object (${object.metadata.name}) does not match the name on the URL (${request.name})`);
  }
  const named = await withResourceVersion(ctx, { ...object, metadata: { ...object.metadata, name: request.name } });
  const options = { dryRun, fieldManager: fieldManagerOf(ctx), ...fieldValidationOptions(ctx) };
  if (request.subresource === "status") return renderObject(ctx, await deps.api.updateStatus(named, options));
  if (request.subresource) throw new MethodNotAllowedError(`PUT is not supported on ${info.plural}/${request.subresource}`);
  renderObject(ctx, await deps.api.update(named, options));
}

const PROPAGATION_POLICIES = ["Background", "Foreground", "Orphan"] as const;

/** DeleteOptions from the body (JSON or YAML) and the query, the query winning as in Kubernetes. */
async function deleteOptionsOf(ctx: HandlerContext): Promise<DeleteOptions> {
  const body = await readBody(ctx.req, ctx.deps.maxBodyBytes);
  let fromBody: Record<string, unknown> = {};
  if (body.length > 0) {
    const parsed = mediaType(ctx.req.headers["content-type"]) === "application/yaml" ? parseYamlBody(body) : parseJsonBody(body);
    if (typeof parsed !== "object" || parsed === null) throw new BadRequestError("the delete request body must be a DeleteOptions object");
    fromBody = parsed as Record<string, unknown>;
  }
  const { query } = ctx;
  const grace = query.get("gracePeriodSeconds") ?? fromBody.gracePeriodSeconds;
  const policy = query.get("propagationPolicy") ?? fromBody.propagationPolicy ?? (fromBody.orphanDependents === true ? "Orphan" : undefined);
  if (policy !== undefined && !PROPAGATION_POLICIES.includes(policy as never)) {
    throw new BadRequestError(`propagationPolicy: Unsupported value: "${String(policy)}": supported values: "Background", "Foreground", "Orphan"`);
  }
  const gracePeriodSeconds = grace === undefined || grace === null ? undefined : Number(grace);
  if (gracePeriodSeconds !== undefined && !Number.isInteger(gracePeriodSeconds)) throw new BadRequestError(`gracePeriodSeconds: Invalid value: "${String(grace)}": must be an integer`);
  const dryRun = isDryRun(query) || (Array.isArray(fromBody.dryRun) && fromBody.dryRun.includes("All"));
  return {
    namespace: ctx.request.namespace,
    propagationPolicy: policy as DeleteOptions["propagationPolicy"],
    gracePeriodSeconds,
    dryRun,
    preconditions: fromBody.preconditions as DeleteOptions["preconditions"],
  };
}

export async function handleDelete(ctx: HandlerContext): Promise<void> {
  const { deps, request, info } = ctx;
  if (request.subresource) throw new MethodNotAllowedError(`DELETE is not supported on ${info.plural}/${request.subresource}`);
  const deleted = await deps.api.delete(info.plural, request.name, await deleteOptionsOf(ctx));
  renderObject(ctx, deleted);
}

export async function handleDeleteCollection(ctx: HandlerContext): Promise<void> {
  const { deps, info } = ctx;
  const options = await deleteOptionsOf(ctx);
  const list = await deps.api.list(info.plural, listOptionsOf(ctx));
  const deleted: KubeObject[] = [];
  for (const item of list.items) {
    try {
      deleted.push(await deps.api.delete(info.plural, item.metadata?.name ?? "", { ...options, namespace: item.metadata?.namespace }));
    } catch (error) {
      // Gone meanwhile: what a collection delete wanted anyway.
      if (!(error instanceof ApiError && error.code === 404)) throw error;
    }
  }
  sendJson(ctx.res, 200, { ...list, items: deleted });
}
