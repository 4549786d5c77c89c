// Turns one resource's values into what the state bucket holds and back, by the providers of
// the encryption configuration: the first provider (its first key) writes, every provider reads.
// An encrypted value starts with `troupe:enc:aesgcm:v1:<key name>:`, as Kubernetes' start with
// `k8s:enc:aesgcm:v1:<key name>:` (the rest differs: an envelope, see aes-gcm-envelope.ts), so
// the key that opens it is named in the value itself.
import type { EncryptionConfiguration } from "../../../runtime/encryption/encryption-config.ts";
import { EnvelopeOpenError, openEnvelope, sealEnvelope } from "./aes-gcm-envelope.ts";
import { DecryptionError, UnencryptedValueError, UnknownEncryptionKeyError } from "./errors.ts";

export const ENCRYPTED_VALUE_PREFIX = "troupe:enc:";
const AES_GCM_PREFIX = `${ENCRYPTED_VALUE_PREFIX}aesgcm:v1:`;
export const IDENTITY_KEY_NAME = "identity";

const encoder = new TextEncoder();

export interface ReadValue {
  value: Uint8Array;
  /** Which key the stored value is under ("identity" for plaintext). */
  keyName: string;
}

export interface StorageTransformer {
  /** The key new writes use ("identity" when writes are plaintext). */
  readonly writeKeyName: string;
  toStorage(storageKey: string, value: Uint8Array): Uint8Array;
  fromStorage(storageKey: string, stored: Uint8Array): ReadValue;
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** The key name of an encrypted value (`troupe:enc:aesgcm:v1:<name>:...`), or undefined for plaintext. */
export function storedKeyName(stored: Uint8Array): string | undefined {
  const head = Buffer.from(stored.subarray(0, 128)).toString("latin1");
  if (!head.startsWith(ENCRYPTED_VALUE_PREFIX)) return undefined;
  const rest = head.startsWith(AES_GCM_PREFIX) ? head.slice(AES_GCM_PREFIX.length) : head.slice(ENCRYPTED_VALUE_PREFIX.length);
  const end = rest.indexOf(":");
  return end < 0 ? rest : rest.slice(0, end);
}

interface AesGcmKey {
  name: string;
  kek: Buffer;
  prefix: Uint8Array;
}

class ProviderChain implements StorageTransformer {
  readonly writeKeyName: string;
  private readonly keys: Map<string, AesGcmKey>;
  private readonly writer: AesGcmKey | undefined;
  private readonly readsPlaintext: boolean;

  constructor(keys: AesGcmKey[], writer: AesGcmKey | undefined, readsPlaintext: boolean) {
    this.keys = new Map(keys.map((key) => [key.name, key]));
    this.writer = writer;
    this.readsPlaintext = readsPlaintext;
    this.writeKeyName = writer?.name ?? IDENTITY_KEY_NAME;
  }

  toStorage(storageKey: string, value: Uint8Array): Uint8Array {
    const writer = this.writer;
    if (!writer) return value;
    return Buffer.concat([writer.prefix, sealEnvelope(writer.kek, value, additionalData(writer.prefix, storageKey))]);
  }

  fromStorage(storageKey: string, stored: Uint8Array): ReadValue {
    const keyName = storedKeyName(stored);
    if (keyName === undefined) {
      if (!this.readsPlaintext) throw new UnencryptedValueError(storageKey);
      return { value: stored, keyName: IDENTITY_KEY_NAME };
    }
    const key = this.keys.get(keyName);
    if (!key || !startsWith(stored, key.prefix)) throw new UnknownEncryptionKeyError(storageKey, keyName);
    try {
      return { value: openEnvelope(key.kek, stored.subarray(key.prefix.length), additionalData(key.prefix, storageKey)), keyName };
    } catch (error) {
      if (error instanceof EnvelopeOpenError) throw new DecryptionError(storageKey, keyName, error.message, { cause: error });
      throw error;
    }
  }
}

function additionalData(prefix: Uint8Array, storageKey: string): Uint8Array {
  return Buffer.concat([prefix, encoder.encode(storageKey)]);
}

/** Values stored as they are: what a resource without configured providers gets. */
export const IDENTITY_TRANSFORMER: StorageTransformer = new ProviderChain([], undefined, true);

/** One transformer per configured resource name (`secrets`), by the configuration's providers. */
export function storageTransformers(config: EncryptionConfiguration): Map<string, StorageTransformer> {
  const transformers = new Map<string, StorageTransformer>();
  for (const entry of config.resources) {
    const keys: AesGcmKey[] = [];
    let writer: AesGcmKey | undefined;
    let writerChosen = false;
    let readsPlaintext = false;
    for (const provider of entry.providers) {
      if ("identity" in provider) {
        readsPlaintext = true;
        writerChosen = true;
        continue;
      }
      for (const keyConfig of provider.aesgcm.keys) {
        const key = { name: keyConfig.name, kek: Buffer.from(keyConfig.secret, "base64"), prefix: encoder.encode(`${AES_GCM_PREFIX}${keyConfig.name}:`) };
        keys.push(key);
        if (!writerChosen) writer = key;
        writerChosen = true;
      }
    }
    const chain = new ProviderChain(keys, writer, readsPlaintext);
    // "deployments.apps" and "deployments" name the same state keys (`deployments.<ns>.<name>`).
    for (const resource of entry.resources) transformers.set(resource.split(".")[0] as string, chain);
  }
  return transformers;
}
