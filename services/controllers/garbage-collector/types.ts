// What the garbage collector decides over: any object with metadata (it reads only owner
// references, finalizers and deletion state) and the commands it returns.
import type { troupe } from "../../../proto/gen/troupe.js";

export type OwnerReference = troupe.v1.OwnerReference.$Properties;

export interface GcObject {
  apiVersion?: string | null;
  kind?: string | null;
  metadata?: {
    namespace?: string | null;
    name?: string | null;
    uid?: string | null;
    deletionTimestamp?: string | null;
    ownerReferences?: OwnerReference[] | null;
    finalizers?: string[] | null;
  } | null;
}

/** Names one object; the uid lets the applier delete with a precondition, never a namesake. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
  uid: string;
}

export const DeletionPropagations = {
  background: "Background",
  foreground: "Foreground",
} as const;
export type DeletionPropagation = (typeof DeletionPropagations)[keyof typeof DeletionPropagations];

export const GcFinalizers = {
  foregroundDeletion: "foregroundDeletion",
  orphan: "orphan",
} as const;

export type GcCommand =
  | { kind: "delete"; ref: ObjectRef; propagationPolicy: DeletionPropagation }
  | { kind: "removeOwnerReference"; ref: ObjectRef; ownerUid: string }
  | { kind: "removeFinalizer"; ref: ObjectRef; finalizer: string };

export function refOf(object: GcObject): ObjectRef {
  return {
    apiVersion: object.apiVersion ?? "",
    kind: object.kind ?? "",
    namespace: object.metadata?.namespace ?? "",
    name: object.metadata?.name ?? "",
    uid: object.metadata?.uid ?? "",
  };
}

export function isBeingDeleted(object: GcObject): boolean {
  return Boolean(object.metadata?.deletionTimestamp);
}

export function hasFinalizer(object: GcObject, finalizer: string): boolean {
  return (object.metadata?.finalizers ?? []).includes(finalizer);
}
