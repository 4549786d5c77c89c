// Keeps metadata.managedFields of non-apply writes: a write that names a fieldManager, or that
// touches an object some manager already claims, records an Update entry for its manager (as
// Kubernetes does for create, update and the non-apply patches). Objects nobody manages stay
// untracked, so controllers' writes to them cost nothing here.
import { messageToJson } from "../../../runtime/codec/json-convert.ts";
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { JsonObject } from "../patch/json-value.ts";
import { decodeManagedFields, encodeManagedFields, recordUpdate, type ManagedFieldsEntryJson } from "../patch/managed-fields.ts";
import type { ApiContext } from "../api-context.ts";
import { metaOf } from "./object-rules.ts";

/** The manager of writes that name none (Kubernetes derives one from the user agent). */
export const DEFAULT_FIELD_MANAGER = "unknown";

export interface OwnershipOptions {
  fieldManager?: string;
  /** "" (the object) or "status". */
  subresource?: string;
  /** Server-side apply set managedFields itself. */
  managedFieldsRecorded?: boolean;
}

/** managedFields in message form (FieldsV1 holds its JSON as text). */
export function managedFieldsMessage(entries: readonly ManagedFieldsEntryJson[]): NonNullable<ApiObject["metadata"]>["managedFields"] {
  return entries.map((entry) => ({ ...entry, fieldsV1: { raw: JSON.stringify(entry.fieldsV1) } }));
}

/** Sets `after`'s managedFields for a write over `before` (absent: a create). */
export function recordOwnership(ctx: ApiContext, info: ResourceInfo, before: ApiObject | undefined, after: ApiObject, options: OwnershipOptions): void {
  if (options.managedFieldsRecorded) return;
  // An update that sends no managedFields keeps the stored ones; one that sends some replaces them.
  const base = (after.metadata?.managedFields?.length ?? 0) > 0 ? after : before;
  if (!options.fieldManager && (base?.metadata?.managedFields?.length ?? 0) === 0) return;
  const afterJson = messageToJson(info.typeName, after) as JsonObject;
  const baseJson = base === after ? afterJson : base ? (messageToJson(info.typeName, base) as JsonObject) : undefined;
  const managers = recordUpdate({
    before: before ? (messageToJson(info.typeName, before) as JsonObject) : undefined,
    after: afterJson,
    typeName: info.typeName,
    hasStatus: info.hasStatus,
    managers: decodeManagedFields((baseJson?.metadata as JsonObject | undefined)?.managedFields),
    writer: { manager: options.fieldManager || DEFAULT_FIELD_MANAGER, apiVersion: info.apiVersion, subresource: options.subresource ?? "", time: kubernetesTime(ctx.now()) },
  });
  metaOf(after).managedFields = managedFieldsMessage(encodeManagedFields(managers));
}
