// Attribute names Troupe puts on spans, as OpenTelemetry's semantic conventions spell them.

// Stable names, written out rather than imported: the semantic-conventions package costs a
// service megabytes of memory for a handful of strings.
export const ATTR_ERROR_TYPE = "error.type" as const;
export const ATTR_K8S_NAMESPACE_NAME = "k8s.namespace.name" as const;
export const ATTR_K8S_NODE_NAME = "k8s.node.name" as const;
export const ATTR_K8S_POD_NAME = "k8s.pod.name" as const;
export const ATTR_RPC_METHOD = "rpc.method" as const;
export const ATTR_RPC_SERVICE = "rpc.service" as const;
export const ATTR_RPC_SYSTEM = "rpc.system" as const;
export const ATTR_SERVICE_NAME = "service.name" as const;
export const ATTR_SERVICE_VERSION = "service.version" as const;

// Incubating k8s and container conventions (semconv 1.45): the objects a span works on.
export const ATTR_K8S_CONTAINER_NAME = "k8s.container.name" as const;
export const ATTR_K8S_DEPLOYMENT_NAME = "k8s.deployment.name" as const;
export const ATTR_K8S_REPLICASET_NAME = "k8s.replicaset.name" as const;
export const ATTR_K8S_STATEFULSET_NAME = "k8s.statefulset.name" as const;
export const ATTR_K8S_DAEMONSET_NAME = "k8s.daemonset.name" as const;
export const ATTR_K8S_JOB_NAME = "k8s.job.name" as const;
export const ATTR_K8S_CRONJOB_NAME = "k8s.cronjob.name" as const;
export const ATTR_CONTAINER_IMAGE_NAME = "container.image.name" as const;

// Incubating messaging conventions (semconv 1.45).
export const ATTR_MESSAGING_SYSTEM = "messaging.system" as const;
export const ATTR_MESSAGING_DESTINATION_NAME = "messaging.destination.name" as const;
export const ATTR_MESSAGING_OPERATION_TYPE = "messaging.operation.type" as const;
export const ATTR_MESSAGING_MESSAGE_BODY_SIZE = "messaging.message.body.size" as const;
export const ATTR_MESSAGING_CONSUMER_GROUP_NAME = "messaging.consumer.group.name" as const;

/** OTel has no registered value for NATS; "nats" is what NATS' own instrumentation uses. */
export const MESSAGING_SYSTEM_VALUE_NATS = "nats" as const;

export const MESSAGING_OPERATION_TYPE_VALUE_SEND = "send" as const;
export const MESSAGING_OPERATION_TYPE_VALUE_RECEIVE = "receive" as const;
export const MESSAGING_OPERATION_TYPE_VALUE_PROCESS = "process" as const;

/** rpc.system of mesh calls; OTel registers no value for RPC over NATS, so Troupe names its own. */
export const RPC_SYSTEM_VALUE_TROUPE_MESH = "troupe_mesh" as const;

// Troupe's own attributes, namespaced so they never collide with OTel names.
export const ATTR_TROUPE_RESOURCE = "troupe.resource" as const;
export const ATTR_TROUPE_VERB = "troupe.verb" as const;
/** The API flow control priority level a request was put in (exempt, system, node-high, ...). */
export const ATTR_TROUPE_PRIORITY_LEVEL = "troupe.flowcontrol.priority_level" as const;
/** OpenTelemetry's enduser.id: the authenticated user a request came from. */
export const ATTR_ENDUSER_ID = "enduser.id" as const;
export const ATTR_TROUPE_ACTOR_KIND = "troupe.actor.kind" as const;
/** Workqueue key (an object key); fine on spans, never a metric label. */
export const ATTR_TROUPE_ACTOR_KEY = "troupe.actor.key" as const;
export const ATTR_TROUPE_STATUS_CODE = "troupe.status.code" as const;
/** A kubelet status update: whether it reports the pod Ready (docs/tracing.md). */
export const ATTR_TROUPE_POD_READY = "troupe.pod.ready" as const;
/** Which probe made a container ready ("readiness", or "none" when it is ready once started). */
export const ATTR_TROUPE_PROBE_TYPE = "troupe.probe.type" as const;
/** Listeners a node proxy's reconcile planned, opened, closed and moved to another service port. */
export const ATTR_TROUPE_PROXY_LISTENERS = "troupe.proxy.listeners" as const;
/** The termination hold of a pod: proxies expected and confirmed, and how it ended. */
export const ATTR_TROUPE_HOLD_PROXIES = "troupe.hold.proxies" as const;
export const ATTR_TROUPE_HOLD_CONFIRMED = "troupe.hold.confirmed" as const;
export const ATTR_TROUPE_HOLD_RESULT = "troupe.hold.result" as const;
export const ATTR_TROUPE_PROXY_LISTENERS_OPENED = "troupe.proxy.listeners.opened" as const;
export const ATTR_TROUPE_PROXY_LISTENERS_CLOSED = "troupe.proxy.listeners.closed" as const;
export const ATTR_TROUPE_PROXY_LISTENERS_RETARGETED = "troupe.proxy.listeners.retargeted" as const;

// Stable HTTP conventions (server side of the ingress, client side towards its backends).
export const ATTR_HTTP_REQUEST_METHOD = "http.request.method" as const;
export const ATTR_HTTP_RESPONSE_STATUS_CODE = "http.response.status_code" as const;
export const ATTR_HTTP_ROUTE = "http.route" as const;
export const ATTR_URL_PATH = "url.path" as const;
export const ATTR_SERVER_ADDRESS = "server.address" as const;
export const ATTR_TROUPE_MESH_NAMESPACE = "troupe.mesh.namespace" as const;
/** Attempts a mesh call took (more than 1 after retries). */
export const ATTR_TROUPE_MESH_ATTEMPTS = "troupe.mesh.attempts" as const;
/** A podLogs reply (services/api/operations/pod-logs.ts): pods and containers read, lines sent, following, caught up. */
export const ATTR_TROUPE_LOGS_PODS = "troupe.logs.pods" as const;
export const ATTR_TROUPE_LOGS_CONTAINERS = "troupe.logs.containers" as const;
export const ATTR_TROUPE_LOGS_LINES = "troupe.logs.lines" as const;
export const ATTR_TROUPE_LOGS_FOLLOW = "troupe.logs.follow" as const;
export const ATTR_TROUPE_LOGS_UP_TO_DATE = "troupe.logs.up_to_date" as const;
