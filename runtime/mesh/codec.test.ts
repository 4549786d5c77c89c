import test from "ava";
import { decodeJson, encodeJson } from "./codec.ts";

test("JSON payloads round-trip and undefined is the empty payload", (t) => {
  t.deepEqual(decodeJson(encodeJson({ item: "x", qty: 2 }, "request"), "request"), { item: "x", qty: 2 });
  t.is(encodeJson(undefined, "request").length, 0);
  t.is(decodeJson(new Uint8Array(0), "request"), undefined);
});

test("a payload that is not JSON is a BAD_REQUEST naming what was decoded", (t) => {
  const error = t.throws(() => decodeJson(new TextEncoder().encode("{nope"), "request to orders.create"));
  t.is((error as { code?: string }).code, "BAD_REQUEST");
  t.regex(error.message, /request to orders\.create is not JSON/);
});

test("invalid UTF-8 is refused rather than decoded into replacement characters", (t) => {
  t.throws(() => decodeJson(new Uint8Array([0x22, 0xff, 0x22]), "request"), { message: /not JSON in UTF-8/ });
});

test("a value JSON cannot hold is a BAD_REQUEST on the sending side", (t) => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  t.throws(() => encodeJson(cyclic, "request"), { message: /cannot be encoded as JSON/ });
});
