import test from "ava";
import { applyDefaults } from "../defaults.ts";
import { validateObject } from "../validation.ts";
import { MAX_DATA_SIZE, validateConfigMap, validateConfigMapUpdate, validateSecret, validateSecretUpdate } from "./config.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

function problems(errors: Array<{ field: string; type: string }>): string[] {
  return errors.map((error) => `${error.field} ${error.type}`);
}

test("config map keys are file-name-like and not repeated between data and binaryData", (t) => {
  t.deepEqual(validateConfigMap({ data: { "app.properties": "x", KEY_1: "y" }, binaryData: { "logo.png": bytes("png") } }), []);
  t.deepEqual(problems(validateConfigMap({ data: { "a/b": "x", same: "1" }, binaryData: { same: bytes("1") } })), [
    "data[a/b] FieldValueInvalid",
    "data[same] FieldValueInvalid",
    "binaryData[same] FieldValueInvalid",
  ]);
});

test("config maps and secrets hold at most 1 MiB", (t) => {
  t.deepEqual(problems(validateConfigMap({ data: { a: "x".repeat(MAX_DATA_SIZE / 2) }, binaryData: { b: new Uint8Array(MAX_DATA_SIZE / 2 + 1) } })), ["data FieldValueTooLong"]);
  t.deepEqual(problems(validateSecret({ type: "Opaque", data: { a: new Uint8Array(MAX_DATA_SIZE + 1) } })), ["data FieldValueTooLong"]);
});

test("secret keys are checked in data and stringData", (t) => {
  t.deepEqual(problems(validateSecret({ type: "Opaque", data: { "..": bytes("x") }, stringData: { "a b": "x" } })), ["data[..] FieldValueInvalid", "stringData[a b] FieldValueInvalid"]);
});

test("typed secrets carry the keys their type needs", (t) => {
  t.deepEqual(problems(validateSecret({ type: "kubernetes.io/tls", data: { "tls.crt": bytes("c") } })), ["data[tls.key] FieldValueRequired"]);
  t.deepEqual(problems(validateSecret({ type: "kubernetes.io/basic-auth", data: {} })), ["data[username] FieldValueRequired", "data[password] FieldValueRequired"]);
  t.deepEqual(problems(validateSecret({ type: "kubernetes.io/dockerconfigjson", data: { ".dockerconfigjson": bytes("{not json") } })), ["data[.dockerconfigjson] FieldValueInvalid"]);
  t.deepEqual(problems(validateSecret({ type: "kubernetes.io/service-account-token", data: {} })), ["metadata.annotations[kubernetes.io/service-account.name] FieldValueRequired"]);
  t.deepEqual(validateSecret({ type: "example.com/custom", data: {} }), []);
});

test("immutable config maps keep their data and their immutability", (t) => {
  const old = { immutable: true, data: { a: "1" } };
  t.deepEqual(validateConfigMapUpdate({ immutable: true, data: { a: "1" } }, old), []);
  t.deepEqual(problems(validateConfigMapUpdate({ immutable: false, data: { a: "2" } }, old)), ["immutable FieldValueForbidden", "data FieldValueForbidden"]);
  t.deepEqual(validateConfigMapUpdate({ data: { a: "2" } }, { data: { a: "1" } }), []);
});

test("a secret's type never changes and immutable data stays", (t) => {
  const old = { type: "Opaque", immutable: true, data: { a: bytes("1") } };
  t.deepEqual(validateSecretUpdate({ type: "Opaque", immutable: true, data: { a: bytes("1") } }, old), []);
  t.deepEqual(problems(validateSecretUpdate({ type: "kubernetes.io/tls", immutable: true, data: { a: bytes("2") } }, old)), ["data FieldValueForbidden", "type FieldValueInvalid"]);
});

// Through the API's admission (defaults, then validation), as a request meets them.
function secret(fields: Record<string, unknown>): Record<string, any> {
  return { apiVersion: "v1", kind: "Secret", metadata: { name: "s", namespace: "default" }, ...fields };
}

function admit(object: Record<string, any>, old?: Record<string, any>) {
  applyDefaults("Secret", object);
  return validateObject("Secret", object, old ? { operation: "update", old } : { operation: "create" });
}

test("stringData is folded into data, winning over it, and type defaults to Opaque", (t) => {
  const object = secret({ data: { a: bytes("old"), b: bytes("kept") }, stringData: { a: "new" } });
  t.deepEqual(admit(object), []);
  t.is(object.type, "Opaque");
  t.deepEqual(object.data, { a: bytes("new"), b: bytes("kept") });
  t.deepEqual(object.stringData, {});
});

test("a docker config that is not a JSON object is refused without quoting it", (t) => {
  for (const content of ["[1,2]", "{\"auths\": hunter2"]) {
    const errors = admit(secret({ type: "kubernetes.io/dockerconfigjson", data: { ".dockerconfigjson": bytes(content) } }));
    t.deepEqual(errors.map((error) => error.field), ["data[.dockerconfigjson]"]);
    t.false(errors[0]!.message.includes("hunter2"));
    t.regex(errors[0]!.message, /<secret contents redacted>/);
  }
  t.deepEqual(admit(secret({ type: "kubernetes.io/dockerconfigjson", data: { ".dockerconfigjson": bytes("{\"auths\":{}}") } })), []);
});

test("tls secrets may come as stringData, since it is folded in before the type check", (t) => {
  t.deepEqual(admit(secret({ type: "kubernetes.io/tls", stringData: { "tls.crt": "c", "tls.key": "k" } })), []);
});

test("basic-auth takes a username or a password; an immutable secret's data, immutability and type stay", (t) => {
  t.deepEqual(admit(secret({ type: "kubernetes.io/basic-auth", data: { password: bytes("p") } })), []);
  const old = secret({ immutable: true, type: "Opaque", data: { k: bytes("v") } });
  const fields = (next: Record<string, any>) => admit(next, old).map((error) => error.field);
  t.deepEqual(fields(secret({ immutable: true, data: { k: bytes("v") } })), []);
  t.deepEqual(fields(secret({ immutable: true, data: { k: bytes("v") }, stringData: { k: "w" } })), ["data"]);
  t.deepEqual(fields(secret({ data: { k: bytes("v") } })), ["immutable"]);
  t.deepEqual(fields(secret({ immutable: true, type: "kubernetes.io/basic-auth", data: { k: bytes("v"), username: bytes("u") } })), ["data", "type"]);
});
