// JSON merge patch (RFC 7386): objects merge key by key, null deletes, anything else replaces.
import { isJsonObject, type Json, type JsonObject } from "./json-value.ts";
import { MalformedPatchError } from "./patch-error.ts";

export function mergeJson(target: Json | undefined, patch: Json): Json {
  if (!isJsonObject(patch)) return structuredClone(patch);
  const out: JsonObject = isJsonObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergeJson(out[key], value);
  }
  return out;
}

/** Applies a merge patch to an object; the patch must itself be an object. */
export function applyMergePatch(document: JsonObject, patch: unknown): JsonObject {
  if (!isJsonObject(patch)) throw new MalformedPatchError("a merge patch must be a JSON object");
  return mergeJson(document, patch) as JsonObject;
}
