import test from "ava";
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
