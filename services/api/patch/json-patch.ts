// JSON patch (RFC 6902) with fast-json-patch: every operation is validated before any is applied,
// and a failure names the operation's index and path.
import jsonpatch from "fast-json-patch";
import type { Operation } from "fast-json-patch";
import { isJsonObject, type Json, type JsonObject } from "./json-value.ts";
import { MalformedPatchError, UnappliablePatchError } from "./patch-error.ts";

// Problems of the patch itself, whatever the document: the request is malformed.
const MALFORMED = new Set([
  "SEQUENCE_NOT_AN_ARRAY", "OPERATION_NOT_AN_OBJECT", "OPERATION_OP_INVALID", "OPERATION_PATH_INVALID",
  "OPERATION_FROM_REQUIRED", "OPERATION_VALUE_REQUIRED", "OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED",
]);

function describeFailure(error: InstanceType<typeof jsonpatch.JsonPatchError>): string {
  const operation = error.operation as { op?: unknown; path?: unknown } | undefined;
  const where = `operation ${error.index ?? 0}` + (operation && typeof operation.op === "string" ? ` (${operation.op} ${String(operation.path)})` : "");
  if (error.name === "TEST_OPERATION_FAILED") return `the JSON patch failed at ${where}: test failed, the value at ${String(operation?.path)} differs`;
  return `the JSON patch failed at ${where}: ${error.message.split("\n")[0]}`;
}

/** Applies `patch` (an array of operations) to a copy of `document`. */
export function applyJsonPatch(document: JsonObject, patch: unknown): JsonObject {
  if (!Array.isArray(patch)) throw new MalformedPatchError("a JSON patch must be an array of operations");
  try {
    const result = jsonpatch.applyPatch(structuredClone(document), patch as Operation[], true, true, true).newDocument as Json;
    if (!isJsonObject(result)) throw new UnappliablePatchError("the JSON patch replaced the object with a value that is not an object");
    return result;
  } catch (error) {
    if (!(error instanceof jsonpatch.JsonPatchError)) throw error;
    const message = describeFailure(error);
    throw MALFORMED.has(error.name) ? new MalformedPatchError(message, { cause: error }) : new UnappliablePatchError(message, { cause: error });
  }
}
