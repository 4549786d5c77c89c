// Options of the API service; main.ts fills them from the environment.
import { randomUUID } from "node:crypto";
import { STATE_BUCKET } from "../../runtime/subjects.ts";

export interface ApiServiceOptions {
  /** Identifies this replica (watch control subjects, logs). */
  instanceId?: string;
  bucket?: string;
  /** Values kept per key in the state bucket: how far back a watch can resume per object. */
  history?: number;
  /** JetStream replicas of the state bucket (3 on a NATS cluster). */
  replicas?: number;
  /** Largest encoded object; Kubernetes' limit is about 1.5 MiB. */
  maxObjectBytes?: number;
  version?: string;
}

export type ResolvedApiServiceOptions = Required<ApiServiceOptions>;

export const DEFAULT_MAX_OBJECT_BYTES = 1_572_864;

export function resolveApiServiceOptions(options: ApiServiceOptions = {}): ResolvedApiServiceOptions {
  return {
    instanceId: options.instanceId ?? randomUUID().slice(0, 8),
    bucket: options.bucket ?? STATE_BUCKET,
    history: options.history ?? 10,
    replicas: options.replicas ?? 1,
    maxObjectBytes: options.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES,
    version: options.version ?? "0.1.0",
  };
}
