// Mesh payloads are JSON in UTF-8. An empty payload stands for `undefined`, so methods without
// input (or without output) send nothing at all.
import { MeshError } from "./errors.ts";
import type { MeshErrorCode } from "./errors.ts";

const encoder = new TextEncoder();
// fatal: a payload that is not UTF-8 is a bad request, not a string of replacement characters.
const decoder = new TextDecoder("utf-8", { fatal: true });
const EMPTY = new Uint8Array(0);

/** `code`: BAD_REQUEST for what a caller sends; a handler's unencodable reply is its own failure. */
export function encodeJson(value: unknown, what: string, code: MeshErrorCode = "BAD_REQUEST"): Uint8Array {
  if (value === undefined) return EMPTY;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new MeshError(code, `${what} cannot be encoded as JSON: ${(error as Error).message}`, { cause: error });
  }
  // JSON.stringify returns undefined for functions and symbols.
  return text === undefined ? EMPTY : encoder.encode(text);
}

export function decodeJson(data: Uint8Array, what: string): unknown {
  if (data.length === 0) return undefined;
  try {
    return JSON.parse(decoder.decode(data));
  } catch (error) {
    throw new MeshError("BAD_REQUEST", `${what} is not JSON in UTF-8: ${(error as Error).message}`, { cause: error });
  }
}
