// Kubernetes' audit.k8s.io/v1 types, as far as Troupe writes and reads them: the Policy that
// chooses a level per request and the Event each request yields.

export const AUDIT_API_VERSION = "audit.k8s.io/v1";

export const AUDIT_LEVELS = ["None", "Metadata", "Request", "RequestResponse"] as const;
export type AuditLevel = (typeof AUDIT_LEVELS)[number];

export const AUDIT_STAGES = ["RequestReceived", "ResponseStarted", "ResponseComplete", "Panic"] as const;
export type AuditStage = (typeof AUDIT_STAGES)[number];

export interface GroupResources {
  group?: string;
  /** Plural names, "resource/subresource", "*", "*\/subresource" or "resource/*". */
  resources?: string[];
  resourceNames?: string[];
}

export interface PolicyRule {
  level: AuditLevel;
  users?: string[];
  userGroups?: string[];
  verbs?: string[];
  resources?: GroupResources[];
  /** "" matches cluster-scoped resources. */
  namespaces?: string[];
  /** Paths, "*" or a prefix ending in "*". */
  nonResourceURLs?: string[];
  omitStages?: AuditStage[];
}

export interface AuditPolicy {
  apiVersion: typeof AUDIT_API_VERSION;
  kind: "Policy";
  rules: PolicyRule[];
  omitStages?: AuditStage[];
}

/** What a policy decides on: Kubernetes' authorizer attributes of the request. */
export interface AuditAttributes {
  user: { username: string; groups: string[] };
  /** Kubernetes' verb: get, list, watch, create, update, patch, delete. */
  verb: string;
  /** Resource requests name a resource; the others a path (discovery: "/api"). */
  resourceRequest: boolean;
  apiGroup: string;
  apiVersion: string;
  resource: string;
  subresource: string;
  namespace: string;
  name: string;
  path: string;
}

export interface AuditDecision {
  level: AuditLevel;
  omitStages: AuditStage[];
}

export interface ObjectReference {
  resource?: string;
  namespace?: string;
  name?: string;
  uid?: string;
  apiGroup?: string;
  apiVersion?: string;
  resourceVersion?: string;
  subresource?: string;
}

export interface ResponseStatus {
  metadata: Record<string, never>;
  code: number;
  status?: "Failure";
  reason?: string;
  message?: string;
}

export interface AuditEvent {
  kind: "Event";
  apiVersion: typeof AUDIT_API_VERSION;
  level: Exclude<AuditLevel, "None">;
  auditID: string;
  stage: AuditStage;
  requestURI: string;
  verb: string;
  user: { username: string; groups: string[]; extra?: Record<string, string[]> };
  impersonatedUser?: { username: string; groups: string[] };
  sourceIPs?: string[];
  userAgent?: string;
  objectRef?: ObjectReference;
  responseStatus?: ResponseStatus;
  requestObject?: unknown;
  responseObject?: unknown;
  requestReceivedTimestamp: string;
  stageTimestamp: string;
  annotations?: Record<string, string>;
}
