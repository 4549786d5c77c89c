// Rules shared by the write operations: names, namespaces, admission, size, generation.
import { AlreadyExistsError, ConflictError, ForbiddenError, InvalidError, NotFoundError, TooLargeError } from "../../../runtime/api-errors.ts";
import { fieldError, FieldErrorTypes } from "../../../runtime/codec/field-error.ts";
import { encodeMessage } from "../../../runtime/codec/protobuf.ts";
import { findResource, qualifiedResourceName, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import { KeyExistsError, RevisionConflictError } from "../../../runtime/store/errors.ts";
import type { ApiObject, ObjectMetaShape, StoredObject } from "../../../runtime/store/object-repository.ts";
import type { ReadOptions } from "../../../runtime/store/types.ts";
import { applyDefaults } from "../admission/defaults.ts";
import { validateObject } from "../admission/validation.ts";
import type { ApiContext } from "../api-context.ts";

export const DEFAULT_NAMESPACE = "default";
export const NAMESPACES_INFO = findResource("namespaces") as ResourceInfo;

export function metaOf(object: ApiObject): ObjectMetaShape {
  object.metadata ??= {};
  return object.metadata;
}

export function nameOf(object: ApiObject): string {
  return object.metadata?.name || object.metadata?.generateName || "";
}

/** Fills the namespace of a namespaced object (default: "default"); clears it for cluster-scoped ones. */
export function normalizeNamespace(info: ResourceInfo, object: ApiObject, requestNamespace?: string): void {
  const meta = metaOf(object);
  meta.namespace = info.namespaced ? meta.namespace || requestNamespace || DEFAULT_NAMESPACE : "";
}

export function setTypeMeta(info: ResourceInfo, object: ApiObject): void {
  object.apiVersion = info.apiVersion;
  object.kind = info.kind;
}

export async function requireNamespace(ctx: ApiContext, info: ResourceInfo, object: ApiObject): Promise<void> {
  const namespace = object.metadata?.namespace;
  if (!info.namespaced || !namespace) return;
  const stored = await ctx.repo.get(NAMESPACES_INFO, undefined, namespace);
  if (!stored) throw new NotFoundError("namespaces", namespace);
  if (stored.object.metadata?.deletionTimestamp) {
    const why = `unable to create new content in namespace ${namespace} because it is being terminated`;
    throw new ForbiddenError(qualifiedResourceName(info), nameOf(object), why);
  }
}

/** Defaulting then validation, as Kubernetes admits an object; any field error refuses it. */
export function admit(info: ResourceInfo, object: ApiObject, operation: "create" | "update", old?: ApiObject): void {
  applyDefaults(info.kind, object);
  const errors = validateObject(info.kind, object, { operation, old });
  if (errors.length > 0) throw new InvalidError(info.kind, nameOf(object), errors);
}

export function checkSize(ctx: ApiContext, info: ResourceInfo, object: ApiObject): void {
  const size = encodeMessage(info.typeName, object).length;
  if (size > ctx.maxObjectBytes) throw new TooLargeError(size, ctx.maxObjectBytes);
}

/** Everything but metadata and status: what a generation counts changes of. */
export function desiredState(info: ResourceInfo, object: ApiObject): Uint8Array {
  return encodeMessage(info.typeName, { ...object, metadata: null, status: null });
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

export function requireResourceVersion(info: ResourceInfo, object: ApiObject): number {
  const resourceVersion = object.metadata?.resourceVersion ?? "";
  const revision = Number(resourceVersion);
  if (!resourceVersion || !Number.isSafeInteger(revision) || revision <= 0) {
    const problem = resourceVersion ? `invalid value "${resourceVersion}": must be a positive integer` : "must be specified for an update";
    throw new InvalidError(info.kind, nameOf(object), [fieldError(FieldErrorTypes.invalid, "metadata.resourceVersion", problem)]);
  }
  return revision;
}

export async function getOrNotFound(ctx: ApiContext, info: ResourceInfo, namespace: string | undefined, name: string, options: ReadOptions = {}): Promise<StoredObject> {
  const stored = await ctx.repo.get(info, namespace, name, options);
  if (!stored) throw new NotFoundError(qualifiedResourceName(info), name);
  return stored;
}

/** Maps a lost compare-and-set in the store to the API's Conflict / AlreadyExists. */
export async function translateStoreErrors<T>(info: ResourceInfo, name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof RevisionConflictError) throw new ConflictError(qualifiedResourceName(info), name);
    if (error instanceof KeyExistsError) throw new AlreadyExistsError(qualifiedResourceName(info), name);
    throw error;
  }
}
