// get: one object by name, read straight from the store (a consistent read).
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../api-context.ts";
import { DEFAULT_NAMESPACE, getOrNotFound } from "./object-rules.ts";

export async function getObject(ctx: ApiContext, info: ResourceInfo, namespace: string | undefined, name: string): Promise<ApiObject> {
  const stored = await getOrNotFound(ctx, info, info.namespaced ? namespace || DEFAULT_NAMESPACE : undefined, name);
  return stored.object;
}
