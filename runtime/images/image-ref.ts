// Image references as Kubernetes users write them: name[:tag] or name@sha256:<hex>.

export interface ImageRef {
  name: string;
  tag: string;
  /** sha256:<hex> when the reference pins a digest. */
  digest?: string;
}

export class InvalidImageRefError extends Error {
  override name = "InvalidImageRefError";
  readonly code = "INVALID_IMAGE_REF";
  constructor(reference: string, why: string) {
    super(`invalid image reference "${reference}": ${why}`);
  }
}

const NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const HOSTED_NAME = /^[a-zA-Z0-9.-]+(?::\d+)?\/.+$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

export function parseImageRef(reference: string): ImageRef {
  const at = reference.indexOf("@");
  if (at >= 0) {
    const digest = reference.slice(at + 1);
    if (!DIGEST.test(digest)) throw new InvalidImageRefError(reference, "a digest must be sha256:<64 hex digits>");
    return { ...parseImageRef(reference.slice(0, at)), digest };
  }
  const colon = reference.lastIndexOf(":");
  const hasTag = colon > reference.lastIndexOf("/");
  const name = hasTag ? reference.slice(0, colon) : reference;
  const tag = hasTag ? reference.slice(colon + 1) : "latest";
  const path = HOSTED_NAME.test(name) ? name.slice(name.indexOf("/") + 1) : name;
  if (!name || !NAME.test(path)) throw new InvalidImageRefError(reference, "a name is lowercase letters, digits and separators (. _ - /)");
  if (!TAG.test(tag)) throw new InvalidImageRefError(reference, "a tag is up to 128 letters, digits, '_', '.' or '-'");
  return { name, tag };
}

export function formatImageRef(ref: ImageRef): string {
  return ref.digest ? `${ref.name}@${ref.digest}` : `${ref.name}:${ref.tag}`;
}
