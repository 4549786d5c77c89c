// Options of the API service; main.ts fills them from the environment.
import { randomUUID } from "node:crypto";
import { STATE_BUCKET } from "../../runtime/subjects.ts";
import { DEFAULT_NODE_PORT_RANGE } from "./allocation/port-range.ts";
import { DEFAULT_SERVICE_CIDR } from "./allocation/service-ip-range.ts";

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
  /** Cluster IPs are handed out from this IPv4 block (TROUPE_SERVICE_CIDR). */
  serviceCidr?: string;
  /** Node ports are handed out from this range, "min-max" (TROUPE_SERVICE_NODE_PORT_RANGE). */
  nodePortRange?: string;
  /** An allocation record younger than this is never taken over as stale: the write of its
   * Service may still be in flight on another replica. */
  allocationStaleAfterMs?: number;
  /** Path of the EncryptionConfiguration file (TROUPE_ENCRYPTION_CONFIG); empty: Secrets are
   * stored unencrypted, with a warning (docs/security.md). `troupe up` always sets one. */
  encryptionConfig?: string;
  /** A watch may start at most this many revisions back (TROUPE_WATCH_WINDOW_REVISIONS), as
   * Kubernetes' watch cache and etcd compaction bound it; older is 410 Expired and clients
   * relist. 0: back to the oldest revision the state log holds. */
  watchWindowRevisions?: number;
  /** Who a request on the identity-less subjects (troupe.api.v1.<verb>) is: "admin" where the
   * NATS server has no authentication (tests, a bare API: anyone on the bus is trusted, as
   * Kubernetes' insecure port was), "anonymous" where NATS binds identities (`troupe up`), so
   * only the identity subjects (troupe.api.v1.as.<token>.<verb>) carry rights
   * (TROUPE_API_IDENTITYLESS_USER; docs/security.md). */
  identitylessUser?: "admin" | "anonymous";
  /** JSON file of the cluster's NATS authority seeds (NatsAuthoritySeeds; TROUPE_NATS_AUTHORITY_FILE):
   * the API mints ServiceAccount tokens with its signing key. Empty: createToken answers 503. */
  natsAuthorityFile?: string;
  /** Kubernetes' ServiceAccount admission on pods (TROUPE_API_SERVICE_ACCOUNT_ADMISSION=1): default
   * serviceAccountName, refuse a missing ServiceAccount, add the kube-api-access-* token volume.
   * Off by default: pods then get no token, and non-root process-driver nodes, which cannot
   * bind-mount, need no fallback (docs/security.md). `troupe up` turns it on. */
  serviceAccountAdmission?: boolean;
  /** Audit every request to the TROUPE_AUDIT stream (TROUPE_AUDIT=off turns it off; docs/security.md "Audit"). */
  audit?: boolean;
  /** An audit.k8s.io/v1 Policy file (TROUPE_AUDIT_POLICY); empty: the built-in policy (Metadata
   * for every request but health and discovery reads). */
  auditPolicyFile?: string;
  /** Oldest audit event kept, seconds (TROUPE_AUDIT_MAX_AGE_SECONDS). */
  auditMaxAgeSeconds?: number;
  /** Largest size of the audit stream, bytes (TROUPE_AUDIT_MAX_BYTES); the oldest events go first. */
  auditMaxBytes?: number;
  /** Events waiting to be published at most; more are dropped and counted (troupe_api_audit_dropped_total). */
  auditMaxBuffered?: number;
}

export type ResolvedApiServiceOptions = Required<ApiServiceOptions>;

export const DEFAULT_MAX_OBJECT_BYTES = 1_572_864;
/** Far longer than any create or update takes, even with retries and a slow NATS. */
export const DEFAULT_ALLOCATION_STALE_AFTER_MS = 60_000;
/** A week of audit events, in at most 256 MiB. */
export const DEFAULT_AUDIT_MAX_AGE_SECONDS = 7 * 24 * 3600;
export const DEFAULT_AUDIT_MAX_BYTES = 256 * 1024 * 1024;

export function resolveApiServiceOptions(options: ApiServiceOptions = {}): ResolvedApiServiceOptions {
  return {
    instanceId: options.instanceId ?? randomUUID().slice(0, 8),
    bucket: options.bucket ?? STATE_BUCKET,
    history: options.history ?? 10,
    replicas: options.replicas ?? 1,
    maxObjectBytes: options.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES,
    version: options.version ?? "0.1.0",
    serviceCidr: options.serviceCidr ?? DEFAULT_SERVICE_CIDR,
    nodePortRange: options.nodePortRange ?? DEFAULT_NODE_PORT_RANGE,
    allocationStaleAfterMs: options.allocationStaleAfterMs ?? DEFAULT_ALLOCATION_STALE_AFTER_MS,
    encryptionConfig: options.encryptionConfig ?? "",
    watchWindowRevisions: options.watchWindowRevisions ?? 0,
    identitylessUser: options.identitylessUser ?? "admin",
    natsAuthorityFile: options.natsAuthorityFile ?? "",
    serviceAccountAdmission: options.serviceAccountAdmission ?? false,
    audit: options.audit ?? true,
    auditPolicyFile: options.auditPolicyFile ?? "",
    auditMaxAgeSeconds: options.auditMaxAgeSeconds ?? DEFAULT_AUDIT_MAX_AGE_SECONDS,
    auditMaxBytes: options.auditMaxBytes ?? DEFAULT_AUDIT_MAX_BYTES,
    auditMaxBuffered: options.auditMaxBuffered ?? 10_000,
  };
}
