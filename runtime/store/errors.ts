// Failures of compare-and-set writes; callers map them to API errors or requeue.

export class KeyExistsError extends Error {
  override name = "KeyExistsError";
  readonly code = "KEY_EXISTS";
  readonly key: string;
  constructor(key: string, options?: ErrorOptions) {
    super(`key ${key} already exists`, options);
    this.key = key;
  }
}

export class RevisionConflictError extends Error {
  override name = "RevisionConflictError";
  readonly code = "REVISION_CONFLICT";
  readonly key: string;
  readonly expectedRevision: number;
  constructor(key: string, expectedRevision: number, options?: ErrorOptions) {
    super(`key ${key} is not at revision ${expectedRevision}`, options);
    this.key = key;
    this.expectedRevision = expectedRevision;
  }
}

/** Secrets are encrypted at rest and only the API decrypts them (docs/security.md). */
export class EncryptedResourceError extends Error {
  override name = "EncryptedResourceError";
  readonly code = "ENCRYPTED_RESOURCE";
  readonly resource: string;
  constructor(resource: string) {
    super(`${resource} are encrypted at rest and cannot be read from the state bucket: read them through the API (get, list, watch)`);
    this.resource = resource;
  }
}

/** A watch from a revision older than the oldest the store still holds: its history is gone. */
export class RevisionCompactedError extends Error {
  override name = "RevisionCompactedError";
  readonly code = "REVISION_COMPACTED";
  readonly requested: number;
  readonly oldest: number;
  constructor(requested: number, oldest: number) {
    super(`revision ${requested} is compacted: the oldest revision held is ${oldest}`);
    this.requested = requested;
    this.oldest = oldest;
  }
}
