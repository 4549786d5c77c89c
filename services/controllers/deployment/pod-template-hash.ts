// The pod-template-hash: Kubernetes' ComputeHash (FNV-1a 32-bit, then SafeEncodeString) over a
// canonical form of the template, so one template always names the same ReplicaSet and any
// change to it names a new one.
import { canonicalJson } from "../../../runtime/codec/canonical-json.ts";
import type { PodTemplateSpec } from "./types.ts";

// No vowels (no accidental words) and no 0, 1, 3 (confused with o, l, e).
const SAFE_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The template as sorted-key JSON of its Kubernetes form: field and map-key order, unset versus
 * empty fields, and decoded versus plain messages all give the same string.
 */
export function canonicalTemplate(template: PodTemplateSpec | null | undefined): string {
  return canonicalJson("PodTemplateSpec", template);
}

function fnv1a32(bytes: Uint8Array, start: number): number {
  let hash = start;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, FNV_PRIME) >>> 0;
  return hash;
}

/** Kubernetes' rand.SafeEncodeString: each character mapped into the safe alphabet. */
export function safeEncodeString(text: string): string {
  let encoded = "";
  for (let index = 0; index < text.length; index++) encoded += SAFE_ALPHABET[text.charCodeAt(index) % SAFE_ALPHABET.length];
  return encoded;
}

/**
 * The hash of `template`; a Deployment's status.collisionCount is mixed in (as 8 little-endian
 * bytes, as Kubernetes does) to get a new name after a collision.
 */
export function podTemplateHash(template: PodTemplateSpec | null | undefined, collisionCount?: number | null): string {
  let hash = fnv1a32(new TextEncoder().encode(canonicalTemplate(template)), FNV_OFFSET_BASIS);
  if (collisionCount !== undefined && collisionCount !== null) {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setUint32(0, collisionCount >>> 0, true);
    hash = fnv1a32(bytes, hash);
  }
  return safeEncodeString(String(hash));
}
