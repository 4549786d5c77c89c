// Every NATS subject, KV bucket, object store, stream and consumer name Troupe uses.
// No other file spells one of these out.

export const API_PREFIX = "troupe.api.v1";
export const API_QUEUE_GROUP = "troupe-api";
export const API_SERVICE_NAME = "troupe-api";
/** Service name (telemetry, NATS connection) of the Kubernetes REST front end. */
export const KUBE_API_SERVICE_NAME = "troupe-kube-api";
/** NATS micro service name of the scheduler replicas (discoverable with $SRV.PING/INFO/STATS). */
export const SCHEDULER_SERVICE_NAME = "troupe-scheduler";
/** NATS micro service name of the controller manager replicas. */
export const CONTROLLER_MANAGER_SERVICE_NAME = "troupe-controller-manager";
/** Service name (telemetry, NATS connection) of the web console (services/console). */
export const CONSOLE_SERVICE_NAME = "troupe-console";
/** NATS micro service name of the node proxies (one per node; metadata.node tells them apart). */
export const PROXY_SERVICE_NAME = "troupe-proxy";
/** Service name (NATS connection, metrics) of the span collector (OTLP/HTTP into SPANS_STREAM). */
export const COLLECTOR_SERVICE_NAME = "troupe-collector";
/**
 * Scatter-gather, no queue group: every node proxy answers which of the asked pod endpoints it
 * still sends new connections to (routing table and ingress). A terminating pod's kubelet holds
 * SIGTERM until every proxy of the cluster answers "none" (docs/kubelet.md, termination).
 */
export const PROXY_ENDPOINTS_CHECK_SUBJECT = "troupe.proxy.endpoints.check";
/** The micro service discovery subject the kubelet counts the cluster's proxies with. */
export const PROXY_PING_SUBJECT = `$SRV.PING.${PROXY_SERVICE_NAME}`;

export const API_VERBS = [
  "create",
  "apply",
  "get",
  "list",
  "update",
  "updateStatus",
  "delete",
  "watch",
  "discovery",
  "bind",
  "patch",
  "evict",
  "review",
  "createToken",
  // Lines of the logs stream behind RBAC's get pods/log (services/api/operations/pod-logs.ts).
  "podLogs",
  "getScale",
  "updateScale",
  // custom.metrics.k8s.io/v1beta2 MetricValueLists (services/api/custom-metrics), JSON only.
  "customMetrics",
] as const;
export type ApiVerb = (typeof API_VERBS)[number];

export function apiSubject(verb: ApiVerb): string {
  return `${API_PREFIX}.${verb}`;
}

/** The token after API_PREFIX that starts an identity's own request subjects. */
export const API_IDENTITY_TOKEN = "as";

/**
 * An identity's request subject: `troupe.api.v1.as.<identity token>.<verb>`. NATS permissions
 * let each user publish only under its own token (runtime/auth/identity-token.ts, docs/security.md).
 */
export function apiIdentitySubject(identityToken: string, verb: ApiVerb): string {
  return `${API_PREFIX}.${API_IDENTITY_TOKEN}.${identityToken}.${verb}`;
}

/** Everything one identity may publish to the API: the permission its user JWT carries. */
export function apiIdentityPermission(identityToken: string): string {
  return `${API_PREFIX}.${API_IDENTITY_TOKEN}.${identityToken}.>`;
}

/** The identity token of a request subject, or undefined on the identity-less subjects. */
export function identityTokenOfSubject(subject: string): string | undefined {
  const prefix = `${API_PREFIX}.${API_IDENTITY_TOKEN}.`;
  if (!subject.startsWith(prefix)) return undefined;
  const rest = subject.slice(prefix.length);
  const dot = rest.indexOf(".");
  return dot > 0 ? rest.slice(0, dot) : undefined;
}

/** Control subject of one running NATS watch, served by the API replica that owns it. */
export function apiWatchControlSubject(instanceId: string, watchId: string): string {
  return `${API_PREFIX}.watchctl.${instanceId}.${watchId}`;
}

/** Encryption-at-rest control of one API replica (reload its configuration, re-encrypt): docs/security.md. */
export function apiEncryptionControlSubject(instanceId: string): string {
  return `${API_PREFIX}.encryptionctl.${instanceId}`;
}

export const STATE_BUCKET = "troupe-state";
export const LEASES_BUCKET = "troupe-leases";

/** Key of a node's heartbeat lease in LEASES_BUCKET. */
export function nodeLeaseKey(nodeName: string): string {
  return `node.${nodeName}`;
}

export const NODE_LEASE_FILTER = "node.>";

/** Inverse of nodeLeaseKey; undefined for keys that are not node leases. */
export function nodeNameOfLeaseKey(key: string): string | undefined {
  return key.startsWith("node.") && key.length > "node.".length ? key.slice("node.".length) : undefined;
}

/** Where a kubelet publishes its node's and pods' resource usage every sample (docs/nats-api.md, runtime/resource-metrics). */
export function nodeUsageSubject(nodeName: string): string {
  return `${NODE_USAGE_SUBJECT_PREFIX}.${nodeName}`;
}
export const NODE_USAGE_SUBJECT_PREFIX = "troupe.metrics.v1.node";

/** Where a pod's mesh SDK publishes the calls it served every second (docs/nats-api.md, runtime/custom-metrics). */
export function meshMetricsSubject(namespace: string, pod: string): string {
  return `${MESH_METRICS_SUBJECT_PREFIX}.${namespace}.${pod}`;
}
export const MESH_METRICS_SUBJECT_PREFIX = "troupe.metrics.v1.mesh";

/** A kubelet's container-log endpoint (request: which log; the lines go to the caller's inbox). */
export function kubeletLogsSubject(nodeName: string): string {
  return `troupe.kubelet.${nodeName}.logs`;
}

/** Keepalive/stop subject of one followed log stream. */
export function kubeletLogsControlSubject(nodeName: string, streamId: string): string {
  return `troupe.kubelet.${nodeName}.logsctl.${streamId}`;
}

/** A kubelet's exec endpoint (request: container, command, the caller's inbox and a session id). */
export function kubeletExecSubject(nodeName: string): string {
  return `troupe.kubelet.${nodeName}.exec`;
}

/** A kubelet's attach endpoint (request: container, stdin, tty, the caller's inbox and a session id). */
export function kubeletAttachSubject(nodeName: string): string {
  return `troupe.kubelet.${nodeName}.attach`;
}

/** A kubelet's port-forward endpoint (request: pod, port, the caller's inbox and a session id). */
export function kubeletPortForwardSubject(nodeName: string): string {
  return `troupe.kubelet.${nodeName}.portforward`;
}

/** Where the caller of one exec or port-forward session sends its frames (data, acks, end, resize, close). */
export function kubeletStreamSessionSubject(nodeName: string, sessionId: string): string {
  return `troupe.kubelet.${nodeName}.session.${sessionId}`;
}

/** Stream session frames: the kind, and for data/end frames which stream (stdin, stdout, stderr, data). */
export const STREAM_FRAME_HEADER = "Troupe-Frame";
export const STREAM_NAME_HEADER = "Troupe-Stream";
export const STREAM_ACK_COUNT_HEADER = "Troupe-Ack-Count";

/**
 * Impersonation (kubectl --as / --as-group, Kubernetes' Impersonate-User / Impersonate-Group):
 * the authenticated caller asks to act as this user; the API honours it only when RBAC lets the
 * caller `impersonate` that user and those groups. Groups: a JSON array of strings.
 */
export const IMPERSONATE_USER_HEADER = "Troupe-Impersonate-User";
export const IMPERSONATE_GROUP_HEADER = "Troupe-Impersonate-Group";

/** Reply header of a write: the warnings (JSON array of strings) fieldValidation=Warn produced. */
export const WARNINGS_HEADER = "Troupe-Warnings";
/** One id per logical API call, the same on every copy a client sends again after losing its
 * connection: the API answers a write's copies with the first's reply (services/api/replayed-replies.ts). */
export const REQUEST_ID_HEADER = "Troupe-Request-Id";
/** Verbs that change state: the ones whose copies must not be done twice. */
export const MUTATING_API_VERBS: ReadonlySet<string> = new Set(["create", "apply", "update", "updateStatus", "patch", "delete", "evict", "bind", "createToken", "updateScale"]);

/** Reply header of a 429 or 503: seconds to wait before trying again (HTTP's Retry-After). */
export const RETRY_AFTER_HEADER = "Retry-After";
/** Reply headers naming the FlowSchema and priority level flow control put a request in
 * (kube-apiserver's X-Kubernetes-PF-FlowSchema-UID / X-Kubernetes-PF-PriorityLevel-UID). */
export const FLOW_SCHEMA_HEADER = "Troupe-PF-FlowSchema";
export const PRIORITY_LEVEL_HEADER = "Troupe-PF-PriorityLevel";
/** Reply header of a 429 flow control gave (queue-full, concurrency-limit, time-out): the
 * request never ran, so a client may send it again after Retry-After. */
export const FLOW_REJECTED_HEADER = "Troupe-PF-Rejected";

export const LOG_END_HEADER = "Troupe-Log-End";
export const LOG_STREAM_HEADER = "Troupe-Log-Stream";
/** RFC3339Nano time the kubelet recorded a log line at (absent for lines without one). */
export const LOG_TIME_HEADER = "Troupe-Log-Time";
export const IMAGES_STORE = "troupe-images";
/** name:tag -> image manifest (the archives, by digest, are in IMAGES_STORE). */
export const IMAGE_TAGS_BUCKET = "troupe-image-tags";

/** The API's audit log: one audit.k8s.io/v1 Event per request, bounded in age and size (docs/security.md). */
export const AUDIT_STREAM = "TROUPE_AUDIT";
export const AUDIT_SUBJECT_PREFIX = "troupe.audit";

/** Where the API publishes the audit event of a request with Kubernetes' verb `verb`. */
export function auditSubject(verb: string): string {
  return `${AUDIT_SUBJECT_PREFIX}.${verb}`;
}

export const EVENTS_STREAM = "TROUPE_EVENTS";
export const EVENTS_SUBJECT_PREFIX = "troupe.events";
export const LOGS_STREAM = "TROUPE_LOGS";
export const LOGS_SUBJECT_PREFIX = "troupe.logs";
/** Who each pod of the logs stream was (labels, node, containers, deleted when), so `troupe logs -l`
 * finds deleted pods; kubelets write key <node>.<pod uid>, expiring with the stream's age. */
export const LOG_PODS_BUCKET = "troupe-log-pods";
/** The uid of the pod a log line came from (two pods of one name, a StatefulSet's, share a subject). */
export const LOG_POD_UID_HEADER = "Troupe-Pod-Uid";

/** The key of a pod's record in LOG_PODS_BUCKET: under its node's prefix, the only keys that node's kubelet may write. */
export function logPodKey(nodeName: string, podUid: string): string {
  return `${nodeName}.${podUid}`;
}

/** The cluster's own span store: recent finished spans, bounded in age and size (docs/tracing.md). */
export const SPANS_STREAM = "TROUPE_SPANS";
export const SPANS_SUBJECT_PREFIX = "troupe.spans";

/** Where the spans of one trace are kept: troupe.spans.<32 hex digits>. */
export function spansSubject(traceId: string): string {
  return `${SPANS_SUBJECT_PREFIX}.${traceId}`;
}

/**
 * The W3C traceparent of the request that last changed an object: a header of the API's get
 * replies and watch events (NATS) and of the kube-api's GET responses (HTTP). It is kept with the
 * stored value (a header of the KV message), never in the object (docs/tracing.md).
 */
export const LAST_CHANGE_TRACEPARENT_HEADER = "Troupe-Last-Change-Traceparent";

/** Namespace token for cluster-scoped objects in state keys. */
export const CLUSTER_SCOPE_TOKEN = "_";

/** KV key of an object: `<resource>.<namespace or _>.<name>`. */
/**
 * KV keys allow only `-/_=.` and alphanumerics, while some names allow more (RBAC names such as
 * `system:discovery` are path segments): any other byte is written `=XX` (hex). DNS names, which
 * every other kind uses, are left as they are.
 */
function escapeKeyName(name: string): string {
  if (/^[-_.a-zA-Z0-9]*$/.test(name)) return name;
  let escaped = "";
  for (const char of name) {
    if (/[-_.a-zA-Z0-9]/.test(char)) escaped += char;
    else for (const byte of new TextEncoder().encode(char)) escaped += `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return escaped;
}

function unescapeKeyName(name: string): string {
  if (!name.includes("=")) return name;
  const bytes: number[] = [];
  for (let i = 0; i < name.length; i++) {
    if (name[i] === "=") {
      bytes.push(parseInt(name.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(name[i]));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

export function stateKey(resource: string, namespace: string | undefined, name: string): string {
  return `${resource}.${namespace || CLUSTER_SCOPE_TOKEN}.${escapeKeyName(name)}`;
}

/** KV key filter for a resource, optionally limited to one namespace. */
export function stateKeyFilter(resource: string, namespace?: string): string {
  return namespace ? `${resource}.${namespace}.>` : `${resource}.>`;
}

export function parseStateKey(key: string): { resource: string; namespace: string; name: string } {
  const first = key.indexOf(".");
  const second = key.indexOf(".", first + 1);
  const namespace = key.slice(first + 1, second);
  return {
    resource: key.slice(0, first),
    namespace: namespace === CLUSTER_SCOPE_TOKEN ? "" : namespace,
    name: unescapeKeyName(key.slice(second + 1)),
  };
}

export function eventsSubject(namespace: string): string {
  return `${EVENTS_SUBJECT_PREFIX}.${namespace || CLUSTER_SCOPE_TOKEN}`;
}

export function logsSubject(namespace: string, pod: string, container: string): string {
  return `${LOGS_SUBJECT_PREFIX}.${namespace}.${pod}.${container}`;
}

/** Allocated cluster IPs and node ports (`clusterip.<ip>`, `nodeport.<protocol>.<port>` -> state key). */
export const ALLOCATIONS_BUCKET = "troupe-allocations";

// The mesh: user services built on runtime/mesh (docs/mesh.md).
export const MESH_PREFIX = "troupe.mesh";
/** Namespaces that would collide with the events subjects below, so the mesh refuses them. */
export const MESH_RESERVED_NAMESPACES = ["events", "durable"] as const;

/**
 * Request subject of one method as a caller: `troupe.mesh.<ns>.<service>.<method>.<caller token>`.
 * The caller token is the caller's identity token; its NATS user may publish mesh calls only under
 * it, so the served side knows who calls (docs/mesh.md, "Who calls").
 */
export function meshCallerMethodSubject(namespace: string, service: string, method: string, callerToken: string): string {
  return `${MESH_PREFIX}.${namespace}.${service}.${method}.${callerToken}`;
}

/** Everything a caller may publish as mesh calls in one namespace: the permission its JWT carries. */
export function meshCallerPermission(namespace: string, callerToken: string): string {
  return `${MESH_PREFIX}.${namespace}.*.*.${callerToken}`;
}

/** The calls of one service that name their caller. */
export function meshServiceCallerFilter(namespace: string, service: string): string {
  return `${MESH_PREFIX}.${namespace}.${service}.*.*`;
}

/** Every subject of one namespace's mesh services (what a pod may subscribe to without a narrower list). */
export function meshNamespaceFilter(namespace: string): string {
  return `${MESH_PREFIX}.${namespace}.>`;
}

/** Core events of one namespace. */
export function meshEventFilter(namespace: string): string {
  return `${MESH_PREFIX}.events.${namespace}.>`;
}

/** The NATS micro services discovery subjects ($SRV.PING, INFO, STATS) a served service answers. */
export const MICRO_DISCOVERY_FILTER = "$SRV.>";

/** JetStream, KV and object store API subjects: no pod or user ever reaches them directly. */
export const JETSTREAM_SUBJECT_FILTERS = ["$JS.>", "$KV.>", "$O.>"] as const;

/** Request subject of one method: `troupe.mesh.<ns>.<service>.<method>`. */
export function meshMethodSubject(namespace: string, service: string, method: string): string {
  return `${MESH_PREFIX}.${namespace}.${service}.${method}`;
}

/** What a service's replicas subscribe to: every method, so unknown ones get a clear error. */
export function meshServiceFilter(namespace: string, service: string): string {
  return `${MESH_PREFIX}.${namespace}.${service}.*`;
}

/** Queue group of a service's replicas: each request goes to one of them. */
export function meshQueueGroup(namespace: string, service: string): string {
  return `${MESH_PREFIX}.${namespace}.${service}`;
}

/** Fire-and-forget events (core NATS). */
export function meshEventSubject(namespace: string, topic: string): string {
  return `${MESH_PREFIX}.events.${namespace}.${topic}`;
}

export const MESH_EVENTS_STREAM = "TROUPE_MESH_EVENTS";
export const MESH_DURABLE_PREFIX = `${MESH_PREFIX}.durable`;

/** Durable events, kept in MESH_EVENTS_STREAM. */
export function meshDurableSubject(namespace: string, topic: string): string {
  return `${MESH_DURABLE_PREFIX}.${namespace}.${topic}`;
}

/** JetStream consumer names cannot hold dots; topics can, so they become underscores. */
export function meshDurableConsumerName(namespace: string, durable: string, topic: string): string {
  return `mesh_${namespace}_${durable}_${topic.replaceAll(".", "_")}`;
}

/** Reply header carrying a mesh error code (BAD_REQUEST, or the handler's own code). */
export const MESH_ERROR_CODE_HEADER = "Troupe-Mesh-Error-Code";

/** The raw NATS echo that bench/mesh.ts measures mesh calls against. */
export const MESH_BENCH_RAW_SUBJECT = "troupe.bench.raw-echo";

/** The node provider contract (docs/nats-api.md, "Node groups"): the cluster autoscaler asks, a provider answers. */
export const NODE_GROUPS_SUBJECT_PREFIX = "troupe.nodegroups.v1";
export const NODE_GROUP_OPERATIONS = ["nodes", "increase", "delete"] as const;
export type NodeGroupOperation = (typeof NODE_GROUP_OPERATIONS)[number];

/** `troupe.nodegroups.v1.<group>.<operation>`. */
export function nodeGroupSubject(group: string, operation: NodeGroupOperation): string {
  return `${NODE_GROUPS_SUBJECT_PREFIX}.${group}.${operation}`;
}
