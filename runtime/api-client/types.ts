// The JSON shapes the API client returns (Kubernetes' own JSON forms).
import type { StatusJson } from "../api-errors.ts";

export interface ObjectMetaJson {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { apiVersion: string; kind: string; name: string; uid: string; controller?: boolean; blockOwnerDeletion?: boolean }[];
  finalizers?: string[];
  managedFields?: ManagedFieldsEntryJson[];
}

export interface ManagedFieldsEntryJson {
  manager: string;
  operation: "Apply" | "Update";
  apiVersion: string;
  time?: string;
  fieldsType: "FieldsV1";
  fieldsV1: Record<string, unknown>;
  subresource?: string;
}

export type KubeObject = { apiVersion: string; kind: string; metadata?: ObjectMetaJson; [field: string]: unknown };

export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
}

export interface DeleteOptions {
  namespace?: string;
  propagationPolicy?: "Background" | "Foreground" | "Orphan";
  gracePeriodSeconds?: number;
  dryRun?: boolean;
  preconditions?: { uid?: string; resourceVersion?: string };
}

/** authentication.k8s.io/v1 TokenRequest as the API answers it. */
export interface TokenRequestJson {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMetaJson;
  spec?: { audiences?: string[]; expirationSeconds?: number | string; boundObjectRef?: { kind?: string; apiVersion?: string; name?: string; uid?: string } };
  status?: { token?: string; expirationTimestamp?: string };
}

/** The pods/eviction subresource: the delete the eviction makes once its budget admits it. */
export interface EvictOptions {
  namespace?: string;
  deleteOptions?: Omit<DeleteOptions, "namespace" | "dryRun">;
  dryRun?: boolean;
}

export interface WatchOptions extends ListOptions {
  /** Events after this resourceVersion; absent: the current objects as ADDED, then changes. */
  resourceVersion?: string;
  /** How long the server keeps the watch without a keepalive (seconds). */
  idleTimeoutSeconds?: number;
}

export type WatchEventType = "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK" | "ERROR";

export interface WatchEventJson {
  type: WatchEventType;
  object: KubeObject;
  /** W3C traceparent of the write that made this change, when it was traced (docs/tracing.md). */
  lastChangeTraceparent?: string;
}

export interface ApiWatch extends AsyncIterable<WatchEventJson> {
  stop(): Promise<void>;
}

export interface ObjectListJson {
  apiVersion: string;
  kind: string;
  metadata: { resourceVersion: string; continue?: string };
  items: KubeObject[];
}

export interface ApiResourceJson {
  kind: string;
  apiVersion: string;
  plural: string;
  singular: string;
  shortNames?: string[];
  namespaced?: boolean;
  verbs?: string[];
}

export interface DiscoveryJson {
  serverVersion: string;
  resources: ApiResourceJson[];
}

export type ApplyOutcome = "created" | "configured" | "unchanged";

export type PatchType = "json" | "merge" | "strategic" | "apply";

export interface PatchOptions {
  namespace?: string;
  patchType: PatchType;
  /** An array of operations (json), an object (merge, strategic, apply) or a manifest's YAML/JSON text (apply). */
  patch: unknown;
  /** Required for apply; records who owns the changed fields for the others. */
  fieldManager?: string;
  /** Apply only: take over fields other managers own instead of failing with a conflict. */
  force?: boolean;
  dryRun?: boolean;
  subresource?: "" | "status" | "scale";
  fieldValidation?: "Strict" | "Warn" | "Ignore";
  onWarnings?: (warnings: string[]) => void;
}

export interface WriteRequestOptions {
  dryRun?: boolean;
  fieldManager?: string;
  /** Strict (the API's default) refuses unknown fields; Warn and Ignore drop them. */
  fieldValidation?: "Strict" | "Warn" | "Ignore";
  /** Called with the warnings the API sent (unknown fields dropped under Warn). */
  onWarnings?: (warnings: string[]) => void;
}

export type { StatusJson };
