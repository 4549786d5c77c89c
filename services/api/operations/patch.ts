// patch: read the object, apply a JSON patch, merge patch, strategic merge patch or server-side
// apply configuration to its JSON form, and write the result through the same admission and
// compare-and-set as update (a lost race reads again and re-applies). Apply of a missing object
// creates it. All of Troupe's PATCH semantics live here, for every front end.
import { setTimeout as delay } from "node:timers/promises";
import { parse as parseYaml } from "yaml";
import { AlreadyExistsError, BadRequestError, ConflictError, InvalidError, NotFoundError } from "../../../runtime/api-errors.ts";
import { fieldError, FieldErrorTypes } from "../../../runtime/codec/field-error.ts";
import { messageFromJson, messageToJson, objectFromJson } from "../../../runtime/codec/json-convert.ts";
import { findResourceByKind, qualifiedResourceName, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { VersionView } from "../../../runtime/codec/version-views.ts";
import { backoffDelay, resolveBackoffOptions } from "../../../runtime/backoff.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import type { ApiObject, StoredObject } from "../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../api-context.ts";
import { applyJsonPatch } from "../patch/json-patch.ts";
import { isJsonObject, jsonEqual, type Json, type JsonObject } from "../patch/json-value.ts";
import { applyMergePatch } from "../patch/merge-patch.ts";
import { MalformedPatchError } from "../patch/patch-error.ts";
import { serverSideApply } from "../patch/server-side-apply.ts";
import { applyStrategicMergePatch } from "../patch/strategic-merge-patch.ts";
import type { ApplyOutcome } from "./apply.ts";
import type { AdmissionFeedback } from "../admission/admission-feedback.ts";
import { createObject } from "./create.ts";
import { admit, metaOf, normalizeNamespace, setTypeMeta } from "./object-rules.ts";
import { patchScale, scaleOf, toScale } from "./patch-scale.ts";
import { preserveAllocated } from "./preserve-allocated.ts";
import { mergeForUpdate, writeUpdate } from "./update.ts";

export const PATCH_TYPES = ["json", "merge", "strategic", "apply"] as const;
export type PatchType = (typeof PATCH_TYPES)[number];
export const PATCH_SUBRESOURCES = ["", "status", "scale"] as const;

export interface PatchRequest {
  namespace?: string;
  name: string;
  patchType: string;
  /** An object (merge, strategic, apply), an array (json), or JSON/YAML text. */
  patch: unknown;
  fieldManager?: string;
  force?: boolean;
  dryRun?: boolean;
  subresource?: string;
  /** Strict (default) refuses unknown fields; Warn and Ignore drop them, Warn naming each in `warnings`. */
  fieldValidation?: string;
  warnings?: string[];
  /** Admission's warnings and audit annotations (services/api/admission/admission-feedback.ts). */
  feedback?: AdmissionFeedback;
  /** The patch is written against another served version (autoscaling/v1): applied to the object
   * seen in that version, then converted back to the stored one. */
  view?: VersionView;
}

export interface PatchResult {
  object: ApiObject;
  outcome: ApplyOutcome;
  /** For the scale subresource: the autoscaling/v1 Scale of the patched object. */
  scale?: JsonObject;
}

const MAX_ATTEMPTS = 8;
// Racing writers of one object spread out instead of colliding again at once.
const RACE_BACKOFF = resolveBackoffOptions({ baseMs: 2, maxMs: 50, jitter: 1 });

function invalidOption(info: ResourceInfo, name: string, field: string, type: (typeof FieldErrorTypes)[keyof typeof FieldErrorTypes], message: string): InvalidError {
  return new InvalidError("PatchOptions", name || qualifiedResourceName(info), [fieldError(type, field, message)]);
}

function checkRequest(info: ResourceInfo, request: PatchRequest): { patchType: PatchType; subresource: string } {
  const patchType = request.patchType as PatchType;
  if (!PATCH_TYPES.includes(patchType)) throw new BadRequestError(`patchType: Unsupported value: "${request.patchType}": supported values: ${PATCH_TYPES.map((t) => `"${t}"`).join(", ")}`);
  const subresource = request.subresource ?? "";
  if (!(PATCH_SUBRESOURCES as readonly string[]).includes(subresource)) throw new NotFoundError(`${qualifiedResourceName(info)}/${subresource}`, request.name);
  if (subresource === "status" && !info.hasStatus) throw new NotFoundError(`${qualifiedResourceName(info)}/status`, request.name);
  if (subresource === "scale" && !scaleOf(info)) throw new NotFoundError(`${qualifiedResourceName(info)}/scale`, request.name);
  if (subresource === "scale" && patchType === "apply") throw new BadRequestError("server-side apply of the scale subresource is not supported; patch it with a merge or JSON patch");
  if (patchType === "apply" && !request.fieldManager) throw invalidOption(info, request.name, "fieldManager", FieldErrorTypes.required, "Required value: is required for apply patch");
  if (patchType !== "apply" && request.force) throw invalidOption(info, request.name, "force", FieldErrorTypes.forbidden, "Forbidden: may not be specified for non-apply patch");
  return { patchType, subresource };
}

/**
 * The resource an apply configuration names by its apiVersion and kind, for an apply request
 * whose key names no resource (`troupe apply` sends manifests of any kind that way).
 */
export function applyTarget(patch: unknown): { info: ResourceInfo; name: string; namespace: string } {
  const config = parsePatch("apply", patch);
  const parsed = objectFromJson(config);
  if (!parsed.value) throw new BadRequestError("strict decoding error", parsed.errors);
  const info = findResourceByKind(parsed.value.apiVersion, parsed.value.kind) as ResourceInfo;
  const meta = (parsed.value.message.metadata ?? {}) as { name?: string; namespace?: string };
  return { info, name: meta.name ?? "", namespace: meta.namespace ?? "" };
}

function parsePatch(patchType: PatchType, patch: unknown): Json {
  if (patch === undefined || patch === null) throw new MalformedPatchError("the request has no patch");
  if (typeof patch !== "string") return patch as Json;
  try {
    return (patchType === "apply" ? parseYaml(patch) : JSON.parse(patch)) as Json;
  } catch (error) {
    throw new MalformedPatchError(`the patch is not valid ${patchType === "apply" ? "YAML or JSON" : "JSON"}: ${(error as Error).message}`, { cause: error });
  }
}

/** Strict conversion: an unknown field or a wrong type anywhere in the result names its path. */
function toMessage(info: ResourceInfo, json: JsonObject, request?: PatchRequest): ApiObject {
  const lenient = request?.fieldValidation === "Warn" || request?.fieldValidation === "Ignore";
  const converted = messageFromJson(info.typeName, json, "", { dropUnknownFields: lenient });
  if (!converted.value) throw new BadRequestError("strict decoding error", converted.errors);
  if (request?.fieldValidation === "Warn") {
    for (const field of converted.dropped ?? []) if (!request.warnings?.includes(`unknown field "${field}"`)) request.warnings?.push(`unknown field "${field}"`);
  }
  return converted.value as ApiObject;
}

/** The apply configuration, normalised as the stored object would render it. */
function applyConfiguration(info: ResourceInfo, request: PatchRequest, patch: Json): JsonObject {
  if (!isJsonObject(patch)) throw new MalformedPatchError("an apply configuration must be an object (a manifest)");
  if (patch.apiVersion !== info.apiVersion || patch.kind !== info.kind) {
    const parsed = objectFromJson(patch);
    if (!parsed.value) throw new BadRequestError("strict decoding error", parsed.errors);
    throw new BadRequestError(`the apply configuration is ${String(patch.apiVersion)}/${String(patch.kind)}, but the request patches ${info.apiVersion}/${info.kind}`);
  }
  const meta = isJsonObject(patch.metadata) ? patch.metadata : {};
  if (meta.name !== request.name) throw new BadRequestError(`the name of the object (${String(meta.name ?? "")}) does not match the name of the request (${request.name})`);
  if (info.namespaced && meta.namespace && request.namespace && meta.namespace !== request.namespace) {
    throw new BadRequestError(`the namespace of the object (${String(meta.namespace)}) does not match the namespace of the request (${request.namespace})`);
  }
  const object = toMessage(info, patch, request);
  setTypeMeta(info, object);
  normalizeNamespace(info, object, request.namespace);
  return messageToJson(info.typeName, object) as JsonObject;
}

function patched(info: ResourceInfo, patchType: PatchType, current: JsonObject, patch: Json): JsonObject {
  if (patchType === "json") return applyJsonPatch(current, patch);
  if (patchType === "merge") return applyMergePatch(current, patch);
  return applyStrategicMergePatch(current, patch, info.typeName);
}

// What a no-op patch leaves the same: everything but the write's own bookkeeping.
function comparable(info: ResourceInfo, object: ApiObject): Json {
  const json = messageToJson(info.typeName, object) as JsonObject;
  const meta = { ...(json.metadata as JsonObject) };
  delete meta.resourceVersion;
  delete meta.generation;
  if (Array.isArray(meta.managedFields)) meta.managedFields = meta.managedFields.map((entry) => ({ ...(entry as JsonObject), time: null }));
  return { ...json, metadata: meta };
}

function toStoredJson(view: VersionView, object: JsonObject): JsonObject {
  try {
    return view.toStored(object) as JsonObject;
  } catch (error) {
    throw new BadRequestError((error as Error).message, [], { cause: error });
  }
}

export async function patchObject(ctx: ApiContext, info: ResourceInfo, request: PatchRequest): Promise<PatchResult> {
  const { patchType, subresource } = checkRequest(info, request);
  const { view } = request;
  if (view && (patchType === "apply" || subresource === "scale")) throw new BadRequestError(`${patchType === "apply" ? "server-side apply" : "the scale subresource"} is served in ${view.info.apiVersion}, not ${view.apiVersion}`);
  const patch = parsePatch(patchType, request.patch);
  const namespace = info.namespaced ? request.namespace || "default" : "";
  const config = patchType === "apply" ? applyConfiguration(info, { ...request, namespace }, patch) : undefined;
  const writer = { manager: request.fieldManager ?? "", apiVersion: info.apiVersion, subresource: subresource === "scale" ? "scale" : subresource, time: kubernetesTime(ctx.now()) };
  const options = { dryRun: request.dryRun ?? false, fieldManager: request.fieldManager, subresource: writer.subresource, feedback: request.feedback };
  // A patch that names a resourceVersion pins the write to it (a precondition, as in Kubernetes):
  // a lost race is then the caller's conflict, not a reason to re-apply.
  const pinned = JSON.stringify(patch).includes('"resourceVersion"');

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (attempt > 0) await delay(backoffDelay(attempt - 1, RACE_BACKOFF));
    // After a lost race the cached copy is behind: read the source of truth.
    const current = await ctx.repo.get(info, namespace, request.name, { fresh: attempt > 0 });
    if (!current) {
      if (!config) throw new NotFoundError(qualifiedResourceName(info), request.name);
      const created = toMessage(info, serverSideApply({ live: undefined, config, typeName: info.typeName, hasStatus: info.hasStatus, writer, force: request.force ?? false }), request);
      try {
        return { object: await createObject(ctx, info, created, { ...options, managedFieldsRecorded: true }), outcome: "created" };
      } catch (error) {
        if (error instanceof AlreadyExistsError) continue;
        throw error;
      }
    }
    const currentJson = messageToJson(info.typeName, current.object) as JsonObject;
    let resultJson: JsonObject;
    if (config) resultJson = serverSideApply({ live: currentJson, config, typeName: info.typeName, hasStatus: info.hasStatus, writer, force: request.force ?? false });
    else if (subresource === "scale") resultJson = patchScale(info, currentJson, (scale) => patched(info, patchType === "json" ? "json" : "merge", scale, patch));
    else if (view) resultJson = toStoredJson(view, patched(info, patchType, view.fromStored(currentJson) as JsonObject, patch));
    else resultJson = patched(info, patchType, currentJson, patch);

    const resultMeta = isJsonObject(resultJson.metadata) ? resultJson.metadata : {};
    if ((resultMeta.name ?? "") !== request.name || (info.namespaced && (resultMeta.namespace ?? "") !== namespace)) {
      throw new BadRequestError(`the patch changes the object's name or namespace (${String(resultMeta.namespace ?? "")}/${String(resultMeta.name ?? "")}); they are immutable`);
    }
    const sentVersion = resultMeta.resourceVersion;
    // A resourceVersion in the patch is a precondition, as in Kubernetes.
    if (sentVersion && sentVersion !== String(current.revision)) throw new ConflictError(qualifiedResourceName(info), request.name);
    const incoming = toMessage(info, resultJson, request);
    const next = nextObject(info, current, incoming, subresource);
    // The status subresource keeps the stored metadata, but not the ownership apply just worked out.
    if (config) metaOf(next).managedFields = incoming.metadata?.managedFields ?? [];
    admit(info, next, "update", current.object);
    if (jsonEqual(comparable(info, next), comparable(info, current.object))) return result(info, current.object, "unchanged", subresource);
    metaOf(next).resourceVersion = String(current.revision);
    try {
      const written = await writeUpdate(ctx, info, current, next, { ...options, managedFieldsRecorded: Boolean(config) });
      return result(info, written, "configured", subresource);
    } catch (error) {
      if (error instanceof ConflictError && !pinned) continue;
      throw error;
    }
  }
  throw new ConflictError(qualifiedResourceName(info), request.name, "the object kept changing while being patched; try again");
}

function nextObject(info: ResourceInfo, current: StoredObject, incoming: ApiObject, subresource: string): ApiObject {
  setTypeMeta(info, incoming);
  const next = mergeForUpdate(info, current.object, incoming, subresource === "status" ? "status" : "main");
  if (subresource !== "status") preserveAllocated(info.kind, next, current.object);
  return next;
}

function result(info: ResourceInfo, object: ApiObject, outcome: ApplyOutcome, subresource: string): PatchResult {
  if (subresource !== "scale") return { object, outcome };
  const json = messageToJson(info.typeName, object) as JsonObject;
  return { object, outcome, scale: scaleOf(info) ? toScale(json) : undefined };
}
