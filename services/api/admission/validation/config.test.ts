import test from "ava";
import { applyDefaults } from "../defaults.ts";
import { validateObject } from "../validation.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

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
