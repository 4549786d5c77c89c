// Maps each API verb to its operation: decode the envelope, resolve the resource, run, encode.
import { BadRequestError, ResourceTypeNotFoundError } from "../../runtime/api-errors.ts";
import { findResource, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { WARNINGS_HEADER, type ApiVerb } from "../../runtime/subjects.ts";
import type { UserInfo } from "../../runtime/auth/user-info.ts";
import type { ApiContext } from "./api-context.ts";
import { newAdmissionFeedback, type AdmissionFeedback } from "./admission/admission-feedback.ts";
import type { DecodedRequest } from "./audit/request-attributes.ts";
import { applyObject } from "./operations/apply.ts";
import { bindPod, type BindQuery } from "./operations/bind.ts";
import { createObject } from "./operations/create.ts";
import { createToken, type TokenRequest } from "./operations/create-token.ts";
import { deleteObject } from "./operations/delete.ts";
import { evictPod, type EvictQuery } from "./operations/evict.ts";
import { discovery } from "./operations/discovery.ts";
import { getObject } from "./operations/get.ts";
import { listObjects } from "./operations/list.ts";
import { applyTarget, patchObject } from "./operations/patch.ts";
import { updateObject } from "./operations/update.ts";
import type { WatchManager, WatchQuery } from "./watch/watch-manager.ts";
import { decodeRawObject, decodeRequest, encodeEnvelope, encodeJson, encodeList, encodeObject, type WireFormat } from "./wire.ts";

export interface DispatchResult {
  body: Uint8Array;
  headers?: Record<string, string>;
}

interface ObjectEnvelope {
  object?: { apiVersion?: string; kind?: string; raw?: Uint8Array } | null;
  options?: { dryRun?: boolean; fieldManager?: string } | null;
}

interface PatchEnvelope {
  patchType?: string;
  patch?: { raw?: string } | null;
  fieldManager?: string;
  force?: boolean;
  dryRun?: boolean;
  subresource?: string;
}

interface KeyEnvelope {
  key?: { resource?: string; namespace?: string; name?: string } | null;
}

/** What the API knows about one request beyond its payload. */
export interface RequestAttributes {
  /** Who sent it: bound by the NATS server's authentication (services/api/authentication). */
  user: UserInfo;
}

export interface Dispatcher {
  ctx: ApiContext;
  watches: WatchManager;
  serverVersion: string;
}

/** Filled in as the request is decoded and run, so failures are labelled and audited too. */
export interface RequestLabels {
  resource: string;
  /** What the request named and sent, and the object replied: its audit event (services/api/audit). */
  decoded: DecodedRequest;
  /** Admission's warnings (sent back in the reply) and audit annotations. */
  feedback: AdmissionFeedback;
}

export function newRequestLabels(resource: string): RequestLabels {
  return { resource, decoded: {}, feedback: newAdmissionFeedback() };
}

function resolver(labels: RequestLabels): (resource: string | undefined) => ResourceInfo {
  return (resource) => {
    if (!resource) throw new BadRequestError("the request names no resource");
    const info = findResource(resource);
    if (!info) throw new ResourceTypeNotFoundError(resource);
    labels.resource = info.plural;
    labels.decoded.info = info;
    return info;
  };
}

function noteKey(labels: RequestLabels, key: { namespace?: string; name?: string } | null | undefined): void {
  labels.decoded.namespace = key?.namespace || undefined;
  labels.decoded.name = key?.name || undefined;
}

const OBJECT_REQUEST_TYPES = { create: "CreateRequest", apply: "ApplyRequest", update: "UpdateRequest", updateStatus: "UpdateRequest" } as const;

function requireName(name: string | undefined): string {
  if (!name) throw new BadRequestError("the request names no object (key.name is empty)");
  return name;
}

/** Unknown fields dropped under fieldValidation=Warn and admission's warnings, for the caller to
 * show (JSON array of messages; a write retried after a lost race may have said one twice). */
function warningHeaders(warnings: string[]): Record<string, string> {
  return warnings.length > 0 ? { [WARNINGS_HEADER]: JSON.stringify([...new Set(warnings)]) } : {};
}

export async function dispatch(d: Dispatcher, verb: ApiVerb, payload: Uint8Array, format: WireFormat, labels: RequestLabels, _request: RequestAttributes): Promise<DispatchResult> {
  const { ctx } = d;
  const resolve = resolver(labels);
  switch (verb) {
    case "create":
    case "apply":
    case "update":
    case "updateStatus": {
      const { feedback } = labels;
      const envelope = decodeRequest<ObjectEnvelope>(OBJECT_REQUEST_TYPES[verb], payload, format, feedback.warnings);
      const { info, object } = decodeRawObject(envelope.object);
      labels.resource = info.plural;
      labels.decoded.info = info;
      labels.decoded.object = object;
      const options = { dryRun: envelope.options?.dryRun ?? false, fieldManager: envelope.options?.fieldManager || undefined, feedback };
      if (verb === "apply") {
        const { object: applied, outcome } = await applyObject(ctx, info, object, options);
        labels.decoded.result = applied;
        return { body: encodeObject(info, applied, format), headers: { "Troupe-Apply-Outcome": outcome, ...warningHeaders(feedback.warnings) } };
      }
      const written = verb === "create"
        ? await createObject(ctx, info, object, options)
        : await updateObject(ctx, info, object, verb === "update" ? "main" : "status", options);
      labels.decoded.result = written;
      return { body: encodeObject(info, written, format), headers: warningHeaders(feedback.warnings) };
    }
    case "get": {
      const { key } = decodeRequest<KeyEnvelope>("GetRequest", payload, format);
      const info = resolve(key?.resource);
      noteKey(labels, key);
      const object = await getObject(ctx, info, key?.namespace, requireName(key?.name));
      labels.decoded.result = object;
      return { body: encodeObject(info, object, format) };
    }
    case "list": {
      const query = decodeRequest<{ resource?: string; namespace?: string; labelSelector?: string; fieldSelector?: string; limit?: number; continue?: string }>("ListRequest", payload, format);
      const info = resolve(query.resource);
      labels.decoded.namespace = query.namespace || undefined;
      const result = await listObjects(ctx, info, query);
      return { body: encodeList(info, result.items, result.resourceVersion, result.continue, format) };
    }
    case "delete": {
      const request = decodeRequest<KeyEnvelope & { propagationPolicy?: string; gracePeriodSeconds?: number | null; preconditions?: { uid?: string; resourceVersion?: string } | null; dryRun?: boolean }>("DeleteRequest", payload, format);
      const info = resolve(request.key?.resource);
      noteKey(labels, request.key);
      const policy = request.propagationPolicy ?? "";
      if (policy && !["Background", "Foreground", "Orphan"].includes(policy)) {
        throw new BadRequestError(`propagationPolicy: Unsupported value: "${policy}": supported values: "Background", "Foreground", "Orphan"`);
      }
      const deleted = await deleteObject(ctx, info, {
        namespace: request.key?.namespace,
        name: requireName(request.key?.name),
        propagationPolicy: policy,
        gracePeriodSeconds: request.gracePeriodSeconds,
        preconditions: request.preconditions,
        dryRun: request.dryRun,
      });
      labels.decoded.result = deleted;
      return { body: encodeObject(info, deleted, format) };
    }
    case "watch": {
      const query = decodeRequest<WatchQuery & { resource?: string }>("WatchRequest", payload, format);
      const info = resolve(query.resource);
      labels.decoded.namespace = (query as { namespace?: string }).namespace || undefined;
      const started = await d.watches.open(info, query, format);
      return { body: encodeEnvelope("WatchStarted", started, format) };
    }
    case "patch": {
      const { warnings } = labels.feedback;
      const request = decodeRequest<KeyEnvelope & PatchEnvelope & { fieldValidation?: string }>("PatchRequest", payload, format);
      const patch: unknown = request.patch?.raw ? JSON.parse(request.patch.raw) : undefined;
      // An apply may leave the key to its configuration's apiVersion, kind and metadata.
      const target = request.patchType === "apply" && !request.key?.resource ? applyTarget(patch) : undefined;
      const info = target?.info ?? resolve(request.key?.resource);
      labels.resource = info.plural;
      labels.decoded.info = info;
      labels.decoded.namespace = request.key?.namespace || target?.namespace;
      labels.decoded.name = request.key?.name || target?.name;
      labels.decoded.subresource = request.subresource || undefined;
      labels.decoded.patch = patch;
      const result = await patchObject(ctx, info, {
        namespace: request.key?.namespace || target?.namespace,
        name: requireName(request.key?.name || target?.name),
        patchType: request.patchType ?? "",
        patch,
        fieldManager: request.fieldManager || undefined,
        force: request.force ?? false,
        dryRun: request.dryRun ?? false,
        subresource: request.subresource ?? "",
        fieldValidation: request.fieldValidation ?? "",
        warnings,
        feedback: labels.feedback,
      });
      labels.decoded.result = result.object;
      const headers = { "Troupe-Apply-Outcome": result.outcome, ...warningHeaders(warnings) };
      // The scale subresource answers with its Scale, which has a JSON form only.
      if (result.scale && format === "json") return { body: encodeJson(result.scale), headers };
      return { body: encodeObject(info, result.object, format), headers };
    }
    case "discovery":
      return { body: encodeEnvelope("DiscoveryResponse", discovery(d.serverVersion), format) };
    case "evict": {
      labels.resource = "pods";
      labels.decoded.info = resolve("pods");
      const request = decodeRequest<KeyEnvelope & Omit<EvictQuery, "namespace" | "name">>("EvictRequest", payload, format);
      noteKey(labels, request.key);
      if (request.key?.resource && resolve(request.key.resource).plural !== "pods") throw new BadRequestError("only pods can be evicted");
      const evicted = await evictPod(ctx, {
        namespace: request.key?.namespace,
        name: requireName(request.key?.name),
        deleteOptions: request.deleteOptions,
        dryRun: request.dryRun ?? false,
      });
      labels.decoded.result = evicted;
      return { body: encodeObject(resolve("pods"), evicted, format) };
    }
    case "createToken": {
      // Authorization (integrator): verb create, resource serviceaccounts, subresource token.
      labels.resource = "serviceaccounts";
      labels.decoded.info = resolve("serviceaccounts");
      const request = decodeRequest<KeyEnvelope & { tokenRequest?: TokenRequest | null }>("CreateTokenRequest", payload, format);
      noteKey(labels, request.key);
      if (request.key?.resource && resolve(request.key.resource).plural !== "serviceaccounts") throw new BadRequestError("tokens are created for serviceaccounts only");
      const issued = await createToken(ctx, { namespace: request.key?.namespace, name: requireName(request.key?.name), request: request.tokenRequest ?? {} });
      return { body: encodeEnvelope("TokenRequest", issued, format) };
    }
    case "bind": {
      labels.resource = "pods";
      labels.decoded.info = resolve("pods");
      const query = decodeRequest<BindQuery>("BindRequest", payload, format);
      noteKey(labels, query);
      const bound = await bindPod(ctx, query);
      labels.decoded.result = bound;
      return { body: encodeObject(resolve("pods"), bound, format) };
    }
  }
}
