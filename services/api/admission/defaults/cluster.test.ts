import test from "ava";
import { decodeMessage, encodeMessage } from "../../../../runtime/codec/protobuf.ts";
import { defaultNamespace, defaultSecret } from "./cluster.ts";

test("namespaces start active and carry their name as a label", (t) => {
  const namespace: Record<string, any> = { metadata: { name: "team-a", labels: { env: "dev" } } };
  defaultNamespace(namespace);
  t.deepEqual(namespace.metadata.labels, { env: "dev", "kubernetes.io/metadata.name": "team-a" });
  t.is(namespace.status.phase, "Active");
});

test("secrets are Opaque unless typed", (t) => {
  const opaque: Record<string, any> = {};
  defaultSecret(opaque);
  t.is(opaque.type, "Opaque");
  const tls: Record<string, any> = { type: "kubernetes.io/tls" };
  defaultSecret(tls);
  t.is(tls.type, "kubernetes.io/tls");
});

test("stringData is folded into data, winning over it, and then cleared", (t) => {
  const secret: Record<string, any> = { data: { user: new TextEncoder().encode("old"), keep: new Uint8Array([1]) }, stringData: { user: "admin" } };
  defaultSecret(secret);
  t.is(new TextDecoder().decode(secret.data.user), "admin");
  t.deepEqual(secret.data.keep, new Uint8Array([1]));
  t.deepEqual(secret.stringData, {});
});

test("defaulting a decoded secret does not write into shared empty maps", (t) => {
  const decoded = decodeMessage<Record<string, any>>("Secret", encodeMessage("Secret", { stringData: { password: "p" } }));
  defaultSecret(decoded);
  t.is(new TextDecoder().decode(decoded.data.password), "p");
  const other = decodeMessage<Record<string, any>>("Secret", encodeMessage("Secret", {}));
  t.deepEqual(Object.keys(other.data), []);
});
