// Failures of encryption at rest. Messages name the storage key and the encryption key, never
// a value.

export class DecryptionError extends Error {
  override name = "DecryptionError";
  readonly code = "DECRYPTION_FAILED";
  readonly storageKey: string;
  readonly keyName: string;
  constructor(storageKey: string, keyName: string, reason: string, options?: ErrorOptions) {
    super(`cannot decrypt ${storageKey} with key "${keyName}": ${reason}`, options);
    this.storageKey = storageKey;
    this.keyName = keyName;
  }
}

export class UnknownEncryptionKeyError extends Error {
  override name = "UnknownEncryptionKeyError";
  readonly code = "UNKNOWN_ENCRYPTION_KEY";
  readonly storageKey: string;
  readonly keyName: string;
  constructor(storageKey: string, keyName: string) {
    super(`cannot decrypt ${storageKey}: it is encrypted with key "${keyName}", which the encryption configuration does not hold`);
    this.storageKey = storageKey;
    this.keyName = keyName;
  }
}

export class UnencryptedValueError extends Error {
  override name = "UnencryptedValueError";
  readonly code = "UNENCRYPTED_VALUE";
  readonly storageKey: string;
  constructor(storageKey: string) {
    super(`cannot read ${storageKey}: it is stored unencrypted and the identity provider is not configured to read it`);
    this.storageKey = storageKey;
  }
}
