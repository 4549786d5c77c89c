// The NATS subject permissions of a pod's ServiceAccount token (a bearer user JWT the API mints
// through TokenRequest): its own API request subjects (added by mintUserCredentials), mesh calls in
// its namespace that name it as the caller, its own reply inboxes, the mesh services it serves,
// and core events of its namespace. Never JetStream, KV or object store subjects: the state
// bucket is the API's alone (docs/security.md, "ServiceAccounts and pod tokens").
import {
  JETSTREAM_SUBJECT_FILTERS, meshCallerPermission, meshEventFilter, meshNamespaceFilter, meshServiceFilter, meshServiceCallerFilter,
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
}

/** The annotation on a ServiceAccount naming the mesh services its pods serve. */
export const MESH_SERVICES_ANNOTATION = "troupe.io/mesh-services";

export function meshServicesOf(annotations: Record<string, string> | null | undefined): string[] | undefined {
  const value = annotations?.[MESH_SERVICES_ANNOTATION];
  if (value === undefined) return undefined;
  return value.split(",").map((name) => name.trim()).filter((name) => /^[A-Za-z0-9_-]+$/.test(name));
}

export function podPermissions(input: PodPermissionsInput): SubjectPermissions {
  const { namespace, identityToken, servedServices } = input;
  const served = servedServices === undefined
    ? [meshNamespaceFilter(namespace)]
    : servedServices.flatMap((service) => [meshServiceFilter(namespace, service), meshServiceCallerFilter(namespace, service)]);
  return {
    pub: {
      allow: [meshCallerPermission(namespace, identityToken), meshEventFilter(namespace)],
      deny: [...JETSTREAM_SUBJECT_FILTERS],
    },
    sub: {
      allow: [inboxPermissionFor(identityToken), ...served, meshEventFilter(namespace), MICRO_DISCOVERY_FILTER],
      deny: [...JETSTREAM_SUBJECT_FILTERS],
    },
    // Serving a mesh method means answering on the caller's reply subject.
    allowResponses: true,
  };
}
