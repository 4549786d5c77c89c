// The NATS subject permissions of a pod's ServiceAccount token (a bearer user JWT the API mints
// through TokenRequest): its own API request subjects (added by mintUserCredentials), mesh calls in
// its namespace that name it as the caller, its own reply inboxes, its own mesh metrics report
// (when bound to a pod), the mesh services it serves,
// core events of its namespace, publishing its namespace's durable events, and the JetStream KV
// buckets its ServiceAccount names (annotation troupe.io/jetstream-buckets). Never the state,
// lease or allocation buckets: only what is granted by exact stream name, and subscriptions never
// reach JetStream subjects at all (docs/security.md, "ServiceAccounts and pod tokens").
import {
  JETSTREAM_SUBJECT_FILTERS, MESH_EVENTS_STREAM, meshCallerPermission, meshMetricsSubject, meshDurableSubject, meshEventFilter, meshNamespaceFilter, meshServiceFilter, meshServiceCallerFilter,
  MICRO_DISCOVERY_FILTER,
} from "../subjects.ts";
import { inboxPermissionFor } from "./inbox-prefix.ts";
import type { SubjectPermissions } from "./nats-user-credentials.ts";

export interface PodPermissionsInput {
  namespace: string;
  /** The token's identity token (encodeIdentityToken of its serviceAccountUser). */
  identityToken: string;
  /**
   * The mesh services pods of this ServiceAccount serve (its annotation
   * `troupe.io/mesh-services`, comma-separated); undefined: any service of the namespace.
   */
  servedServices?: readonly string[];
  /** JetStream key-value buckets of the pods' own (the ServiceAccount's annotation
   * `troupe.io/jetstream-buckets`, comma-separated). */
  buckets?: readonly string[];
  /** The pod the token is bound to: it may publish its own mesh metrics report, no other pod's. */
  pod?: string;
}

/** The annotation on a ServiceAccount naming the JetStream KV buckets its pods may use. */
export const JETSTREAM_BUCKETS_ANNOTATION = "troupe.io/jetstream-buckets";

const BUCKET_NAME = /^[A-Za-z0-9_-]+$/;

export function jetStreamBucketsOf(annotations: Record<string, string> | null | undefined): string[] {
  const value = annotations?.[JETSTREAM_BUCKETS_ANNOTATION];
  if (value === undefined) return [];
  return value.split(",").map((name) => name.trim()).filter((name) => BUCKET_NAME.test(name));
}

/**
 * Everything of one stream's JetStream API, by its name token: info, create and update
 * ($JS.API.STREAM.<op>.S), message and direct gets ($JS.API.STREAM.MSG.GET.S,
 * $JS.API.DIRECT.GET.S[.>]), its consumers ($JS.API.CONSUMER.<op>.S.>), acks and flow control.
 * NATS subjects match whole tokens, so a grant names each stream exactly.
 */
function streamApi(stream: string): string[] {
  return [`$JS.API.*.*.${stream}`, `$JS.API.*.*.${stream}.>`, `$JS.API.*.*.*.${stream}`, `$JS.API.*.*.*.${stream}.>`, `$JS.ACK.${stream}.>`, `$JS.FC.${stream}.>`];
}

/** A pod's JetStream: account info, its buckets' streams and keys, and publishing its namespace's
 * durable events (stream info of the shared TROUPE_MESH_EVENTS, never its consumers). */
function jetStreamPermissions(namespace: string, buckets: readonly string[]): string[] {
  return [
    "$JS.API.INFO",
    `$JS.API.STREAM.INFO.${MESH_EVENTS_STREAM}`,
    meshDurableSubject(namespace, ">"),
    ...buckets.flatMap((bucket) => [...streamApi(`KV_${bucket}`), `$KV.${bucket}.>`]),
  ];
}

/** The annotation on a ServiceAccount naming the mesh services its pods serve. */
export const MESH_SERVICES_ANNOTATION = "troupe.io/mesh-services";

export function meshServicesOf(annotations: Record<string, string> | null | undefined): string[] | undefined {
  const value = annotations?.[MESH_SERVICES_ANNOTATION];
  if (value === undefined) return undefined;
  return value.split(",").map((name) => name.trim()).filter((name) => /^[A-Za-z0-9_-]+$/.test(name));
}

export function podPermissions(input: PodPermissionsInput): SubjectPermissions {
  const { namespace, identityToken, servedServices, buckets = [], pod } = input;
  const served = servedServices === undefined
    ? [meshNamespaceFilter(namespace)]
    : servedServices.flatMap((service) => [meshServiceFilter(namespace, service), meshServiceCallerFilter(namespace, service)]);
  return {
    pub: {
      allow: [
        meshCallerPermission(namespace, identityToken), meshEventFilter(namespace), ...jetStreamPermissions(namespace, buckets),
        ...(pod ? [meshMetricsSubject(namespace, pod)] : []),
      ],
    },
    sub: {
      allow: [inboxPermissionFor(identityToken), ...served, meshEventFilter(namespace), MICRO_DISCOVERY_FILTER],
      deny: [...JETSTREAM_SUBJECT_FILTERS],
    },
    // Serving a mesh method means answering on the caller's reply subject.
    allowResponses: true,
  };
}
