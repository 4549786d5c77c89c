// Envelope encryption with AES-256-GCM, in the shape of Kubernetes' KMS v2: every write gets a
// fresh data key (DEK); the value is sealed with the DEK, and the DEK is sealed with the
// key-encryption key (KEK) from the configuration. Both seals bind the additional data (the
// storage key and the provider prefix), so a value copied to another key does not open.
// Layout: wrapped DEK (nonce 12 | sealed key 32 | tag 16), then data (nonce 12 | sealed | tag 16).
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const ALGORITHM = "aes-256-gcm";
export const DATA_KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const WRAPPED_KEY_BYTES = NONCE_BYTES + DATA_KEY_BYTES + TAG_BYTES;

export class EnvelopeOpenError extends Error {
  override name = "EnvelopeOpenError";
  readonly code = "ENVELOPE_OPEN_FAILED";
}

function seal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, sealed, cipher.getAuthTag()]);
}

function open(key: Uint8Array, box: Uint8Array, aad: Uint8Array, what: string): Buffer {
  if (box.length < NONCE_BYTES + TAG_BYTES) throw new EnvelopeOpenError(`${what} is truncated`);
  const nonce = box.subarray(0, NONCE_BYTES);
  const tag = box.subarray(box.length - TAG_BYTES);
  const decipher = createDecipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(box.subarray(NONCE_BYTES, box.length - TAG_BYTES)), decipher.final()]);
  } catch (error) {
    throw new EnvelopeOpenError(`${what} failed authentication (wrong key, or the stored value was altered)`, { cause: error });
  }
}

/** Seals `plaintext` under a fresh data key, itself sealed under `kek` (32 bytes). */
export function sealEnvelope(kek: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  const dataKey = randomBytes(DATA_KEY_BYTES);
  try {
    return Buffer.concat([seal(kek, dataKey, aad), seal(dataKey, plaintext, aad)]);
  } finally {
    dataKey.fill(0);
  }
}

/** Opens an envelope made by sealEnvelope with the same KEK and additional data. */
export function openEnvelope(kek: Uint8Array, envelope: Uint8Array, aad: Uint8Array): Buffer {
  if (envelope.length < WRAPPED_KEY_BYTES + NONCE_BYTES + TAG_BYTES) throw new EnvelopeOpenError("envelope is truncated");
  const dataKey = open(kek, envelope.subarray(0, WRAPPED_KEY_BYTES), aad, "data key");
  try {
    return open(dataKey, envelope.subarray(WRAPPED_KEY_BYTES), aad, "data");
  } finally {
    dataKey.fill(0);
  }
}
