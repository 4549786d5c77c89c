// get: one object by name, read straight from the store (a consistent read).
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { StoredObject } from "../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../api-context.ts";
import { DEFAULT_NAMESPACE, getOrNotFound } from "./object-rules.ts";

/** The object with the trace context of its last change (sent back as LAST_CHANGE_TRACEPARENT_HEADER). */
export async function getObject(ctx: ApiContext, info: ResourceInfo, namespace: string | undefined, name: string): Promise<StoredObject> {
  return getOrNotFound(ctx, info, info.namespaced ? namespace || DEFAULT_NAMESPACE : undefined, name);
}
