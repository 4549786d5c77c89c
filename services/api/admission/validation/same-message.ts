// Equality of two (parts of) objects as the API stores them: through their canonical JSON, so
// unset, null and prototype defaults compare equal and map key order does not matter.
import { canonicalJson } from "../../../../runtime/codec/canonical-json.ts";

/** True when `a` and `b`, both messages of protobuf type `typeName`, hold the same values. */
export function sameMessage(typeName: string, a: object | null | undefined, b: object | null | undefined): boolean {
  return canonicalJson(typeName, a) === canonicalJson(typeName, b);
}
