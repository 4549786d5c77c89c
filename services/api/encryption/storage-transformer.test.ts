import { randomBytes } from "node:crypto";
import test from "ava";
import { generateAesGcmKey, initialEncryptionConfig, parseEncryptionConfig, serializeEncryptionConfig, withAesGcmKey, EncryptionConfigError } from "../../../runtime/encryption/encryption-config.ts";
import { openEnvelope, sealEnvelope, EnvelopeOpenError } from "./aes-gcm-envelope.ts";
import { DecryptionError, UnencryptedValueError, UnknownEncryptionKeyError } from "./errors.ts";
import { storageTransformers, storedKeyName } from "./storage-transformer.ts";

const encoder = new TextEncoder();
const plaintext = encoder.encode("s3cr3t-value");
const aad = encoder.encode("secrets.default.db");

function transformerFor(...keys: ReturnType<typeof generateAesGcmKey>[]) {
  let config = initialEncryptionConfig(keys[0]!);
  for (const key of keys.slice(1)) config = withAesGcmKey(config, key, "read");
  return storageTransformers(config).get("secrets")!;
}

test("an envelope opens with its key and additional data and holds no plaintext", (t) => {
  const kek = randomBytes(32);
  const sealed = sealEnvelope(kek, plaintext, aad);
  t.false(sealed.includes(Buffer.from(plaintext)));
  t.deepEqual(new Uint8Array(openEnvelope(kek, sealed, aad)), plaintext);
});

test("every write gets a fresh data key, so the same value seals differently each time", (t) => {
  const kek = randomBytes(32);
  t.notDeepEqual(sealEnvelope(kek, plaintext, aad), sealEnvelope(kek, plaintext, aad));
});

test("a tampered envelope, another key or another storage key fails to open", (t) => {
  const kek = randomBytes(32);
  const sealed = sealEnvelope(kek, plaintext, aad);
  for (const index of [5, 70, sealed.length - 1]) {
    const tampered = Buffer.from(sealed);
    tampered[index]! ^= 1;
    t.throws(() => openEnvelope(kek, tampered, aad), { instanceOf: EnvelopeOpenError });
  }
  t.throws(() => openEnvelope(randomBytes(32), sealed, aad), { instanceOf: EnvelopeOpenError, message: /wrong key/ });
  t.throws(() => openEnvelope(kek, sealed, encoder.encode("secrets.default.other")), { instanceOf: EnvelopeOpenError });
  t.throws(() => openEnvelope(kek, sealed.subarray(0, 40), aad), { instanceOf: EnvelopeOpenError, message: /truncated/ });
});

test("stored values name the provider and key in their prefix and read back", (t) => {
  const transformer = transformerFor(generateAesGcmKey("key-1", randomBytes));
  const stored = transformer.toStorage("secrets.default.db", plaintext);
  t.true(Buffer.from(stored).toString("latin1").startsWith("troupe:enc:aesgcm:v1:key-1:"));
  t.is(storedKeyName(stored), "key-1");
  t.false(Buffer.from(stored).includes(Buffer.from(plaintext)));
  const read = transformer.fromStorage("secrets.default.db", stored);
  t.deepEqual(new Uint8Array(read.value), plaintext);
  t.is(read.keyName, "key-1");
});

test("the first key writes and every key reads, so data under an older key stays readable", (t) => {
  const oldKey = generateAesGcmKey("key-1", randomBytes);
  const newKey = generateAesGcmKey("key-2", randomBytes);
  const before = transformerFor(oldKey).toStorage("secrets.default.db", plaintext);
  const after = storageTransformers(withAesGcmKey(initialEncryptionConfig(oldKey), newKey, "write")).get("secrets")!;
  t.is(after.writeKeyName, "key-2");
  t.is(after.fromStorage("secrets.default.db", before).keyName, "key-1");
  t.is(storedKeyName(after.toStorage("secrets.default.db", plaintext)), "key-2");
});

test("a value under a key the configuration lacks, a wrong key of the same name or a tampered value is an error naming the key", (t) => {
  const stored = transformerFor(generateAesGcmKey("key-1", randomBytes)).toStorage("secrets.default.db", plaintext);
  const error = t.throws(() => transformerFor(generateAesGcmKey("key-9", randomBytes)).fromStorage("secrets.default.db", stored), { instanceOf: UnknownEncryptionKeyError });
  t.regex(error.message, /key "key-1"/);
  t.throws(() => transformerFor(generateAesGcmKey("key-1", randomBytes)).fromStorage("secrets.default.db", stored), { instanceOf: DecryptionError, message: /secrets\.default\.db with key "key-1"/ });
  const tampered = Buffer.from(stored);
  tampered[tampered.length - 3]! ^= 0xff;
  t.throws(() => transformerFor(generateAesGcmKey("key-1", randomBytes)).fromStorage("secrets.default.db", tampered), { instanceOf: DecryptionError });
});

test("plaintext reads only where the identity provider is configured", (t) => {
  const key = generateAesGcmKey("key-1", randomBytes);
  t.is(transformerFor(key).fromStorage("secrets.default.db", plaintext).keyName, "identity");
  const strict = storageTransformers({ ...initialEncryptionConfig(key), resources: [{ resources: ["secrets"], providers: [{ aesgcm: { keys: [key] } }] }] }).get("secrets")!;
  t.throws(() => strict.fromStorage("secrets.default.db", plaintext), { instanceOf: UnencryptedValueError });
});

test("the configuration round-trips as Kubernetes' EncryptionConfiguration and bad fields are named without echoing keys", (t) => {
  const key = generateAesGcmKey("key-1", randomBytes);
  const text = serializeEncryptionConfig(initialEncryptionConfig(key));
  t.regex(text, /apiVersion: apiserver.config.k8s.io\/v1/);
  t.deepEqual(parseEncryptionConfig(text, "f"), initialEncryptionConfig(key));
  const bad = `apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources: [secrets]
    providers:
      - aesgcm:
          keys:
            - name: short
              secret: c2hvcnQ=
      - secretbox:
          keys: []
`;
  const error = t.throws(() => parseEncryptionConfig(bad, "f"), { instanceOf: EncryptionConfigError });
  t.deepEqual(error.errors.map((fieldError) => fieldError.field), ["resources[0].providers[0].aesgcm.keys[0].secret", "resources[0].providers[1].secretbox"]);
  t.false(error.message.includes("c2hvcnQ="));
  t.regex(error.message, /secretbox is not supported/);
});
