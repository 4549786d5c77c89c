// The NATS subject permissions of each Troupe role (docs/security.md, "NATS authentication,
// permissions and mutual TLS"): what its user JWT lets it publish and subscribe to. Pure, so the
// table is tested without NATS; test/nats-permissions.test.ts proves it against a real cluster.
//
// Only the API writes the state and allocations buckets. Controllers, the scheduler, kubelets and
// proxies read the state bucket straight from JetStream (their watch caches), read-only: stream
// info, ordered consumers, direct gets. Leader leases and node heartbeats live in the leases
// bucket, where each writer may write only its own keys. Users and pods reach the API (under their
// own identity token) and never any JetStream subject of the state, lease or allocation buckets.
import {
  ALLOCATIONS_BUCKET,
  API_PREFIX,
  API_IDENTITY_TOKEN,
  IMAGE_TAGS_BUCKET,
  IMAGES_STORE,
  LEASES_BUCKET,
  LOGS_STREAM,
  LOGS_SUBJECT_PREFIX,
  LOG_PODS_BUCKET,
  logPodKey,
  SPANS_STREAM,
  SPANS_SUBJECT_PREFIX,
  MESH_METRICS_SUBJECT_PREFIX,
  MESH_PREFIX,
  PROXY_ENDPOINTS_CHECK_SUBJECT,
  PROXY_PING_SUBJECT,
  STATE_BUCKET,
  NODE_GROUPS_SUBJECT_PREFIX,
  nodeLeaseKey,
  nodeUsageSubject,
} from "../subjects.ts";
import { encodeIdentityToken } from "./identity-token.ts";
import { INBOX_ROOT, inboxPermissionFor } from "./inbox-prefix.ts";
import type { SubjectPermissions } from "./nats-user-credentials.ts";
import { authenticatedUser, COMPONENT_USERS, nodeUser, SYSTEM_MASTERS, SYSTEM_SERVICEACCOUNTS, type UserInfo } from "./user-info.ts";

/** Every identity `troupe up` (or `troupe create user`) mints NATS credentials for. */
export type TroupeRole =
  | { role: "api" }
  | { role: "supervisor" }
  | { role: "admin" }
  | { role: "kube-api" }
  | { role: "scheduler" }
  | { role: "controller-manager" }
  /** A kubelet; `withProxy` when the node proxy (Services, DNS, ingress) runs in its process, as under `troupe up`. */
  | { role: "kubelet"; node: string; withProxy?: boolean }
  | { role: "proxy"; node: string }
  /** The span collector: creates the span stream and stores spans in it (services/collector). */
  | { role: "collector" }
  /** A user `troupe create user` made: the API and its own inbox, nothing else. */
  | { role: "user" }
  /** Pods until each gets its ServiceAccount's own token: the mesh and the API. */
  | { role: "workload" }
  /** The web console (services/console): reads through the API (get/list/watch) and the kubelets' logs. */
  | { role: "console" };

export type TroupeRoleName = TroupeRole["role"];

const JS_API = "$JS.API";
const kvStream = (bucket: string) => `KV_${bucket}`;
const objStream = (store: string) => `OBJ_${store}`;

/** Read a stream: its info, ordered/ephemeral consumers over it, direct and message gets. */
function streamReader(stream: string): string[] {
  return [
    `${JS_API}.INFO`,
    `${JS_API}.STREAM.INFO.${stream}`,
    `${JS_API}.CONSUMER.CREATE.${stream}`,
    `${JS_API}.CONSUMER.CREATE.${stream}.>`,
    `${JS_API}.CONSUMER.INFO.${stream}.*`,
    `${JS_API}.CONSUMER.DELETE.${stream}.*`,
    `${JS_API}.CONSUMER.MSG.NEXT.${stream}.*`,
    `${JS_API}.DIRECT.GET.${stream}`,
    `${JS_API}.DIRECT.GET.${stream}.>`,
    `${JS_API}.STREAM.MSG.GET.${stream}`,
    // Flow-control replies of push consumers (KV watches).
    `$JS.FC.${stream}.>`,
  ];
}

/** Create the stream when missing (same settings every time), besides reading it. */
function streamOwner(stream: string): string[] {
  return [...streamReader(stream), `${JS_API}.STREAM.CREATE.${stream}`, `${JS_API}.STREAM.UPDATE.${stream}`];
}

/** Read a KV bucket straight from JetStream. */
const kvReader = (bucket: string) => streamReader(kvStream(bucket));

/** Write these keys of a KV bucket (creating the bucket if missing), and read all of it. */
function kvWriter(bucket: string, keys: string[]): string[] {
  return [...streamOwner(kvStream(bucket)), ...keys.map((key) => `$KV.${bucket}.${key}`)];
}

/** Every JetStream API and data subject of one of Troupe's own streams. */
function streamSubjects(stream: string): string[] {
  const data = stream.startsWith("KV_") ? [`$KV.${stream.slice(3)}.>`] : stream.startsWith("OBJ_") ? [`$O.${stream.slice(4)}.>`] : [];
  return [`${JS_API}.*.*.${stream}`, `${JS_API}.*.*.${stream}.>`, `${JS_API}.*.*.*.${stream}`, `${JS_API}.*.*.*.${stream}.>`, `$JS.ACK.${stream}.>`, `$JS.FC.${stream}.>`, ...data];
}

const TROUPE_STREAMS = [
  kvStream(STATE_BUCKET), kvStream(LEASES_BUCKET), kvStream(ALLOCATIONS_BUCKET),
  objStream(IMAGES_STORE), kvStream(IMAGE_TAGS_BUCKET), LOGS_STREAM,
  kvStream(LOG_PODS_BUCKET),
  SPANS_STREAM,
];

/** Keepalives and stops of API watches, served by whichever API replica owns each watch. */
const WATCH_CONTROL = `${API_PREFIX}.watchctl.>`;
/** NATS micro services answer discovery ($SRV.PING/INFO/STATS) on these. */
const SERVICE_DISCOVERY = "$SRV.>";
/** The kubelets' log, exec, attach and port-forward endpoints. */
const KUBELET_ENDPOINTS = "troupe.kubelet.*.>";
/** A kubelet's log endpoint and a followed log's keepalives (kubeletLogsSubject, kubeletLogsControlSubject). */
const CONSOLE_KUBELET_LOGS = "troupe.kubelet.*.logs";
const CONSOLE_KUBELET_LOGS_CONTROL = "troupe.kubelet.*.logsctl.*";
/** Another identity's reply inbox: where kubelets stream logs and exec frames (the caller names it). */
const ANY_INBOX = `${INBOX_ROOT}.>`;

function proxyPermissions(): Required<Pick<SubjectPermissions, "pub" | "sub">> {
  return {
    pub: { allow: [...kvReader(STATE_BUCKET), `${MESH_PREFIX}.>`] },
    sub: { allow: [PROXY_ENDPOINTS_CHECK_SUBJECT, SERVICE_DISCOVERY] },
  };
}

function kubeletPermissions(node: string): Required<Pick<SubjectPermissions, "pub" | "sub">> {
  const own = `troupe.kubelet.${node}.>`;
  return {
    pub: {
      allow: [
        ...kvReader(STATE_BUCKET),
        ...kvWriter(LEASES_BUCKET, [nodeLeaseKey(node)]),
        ...streamOwner(objStream(IMAGES_STORE)),
        ...kvWriter(IMAGE_TAGS_BUCKET, []),
        ...streamOwner(LOGS_STREAM),
        `${LOGS_SUBJECT_PREFIX}.>`,
        // Records of the pods it ran, only under its own node's keys.
        ...kvWriter(LOG_PODS_BUCKET, [logPodKey(node, "*")]),
        ANY_INBOX,
        PROXY_ENDPOINTS_CHECK_SUBJECT,
        PROXY_PING_SUBJECT,
        // Its node's resource usage (runtime/resource-metrics), only under its own node's subject.
        nodeUsageSubject(node),
      ],
    },
    sub: { allow: [own] },
  };
}

function merge(...parts: SubjectPermissions[]): SubjectPermissions & { pub: { allow: string[] } } {
  const unique = (lists: (string[] | undefined)[]) => [...new Set(lists.flatMap((list) => list ?? []))];
  return {
    pub: { allow: unique(parts.map((part) => part.pub?.allow)) },
    sub: { allow: unique(parts.map((part) => part.sub?.allow)) },
    allowResponses: parts.some((part) => part.allowResponses),
  };
}

/**
 * The subject permissions of `role` when it speaks as `user`. mintUserCredentials adds the
 * user's own API request subjects (troupe.api.v1.as.<token>.>); this adds its reply inbox
 * (`_INBOX.<token>.>`) and whatever else the role needs.
 */
export function rolePermissions(role: TroupeRole, user: UserInfo): SubjectPermissions {
  const token = encodeIdentityToken(user);
  const inbox: SubjectPermissions = { sub: { allow: [inboxPermissionFor(token)] }, pub: { allow: [WATCH_CONTROL] } };
  switch (role.role) {
    // The API and the supervisor hold the account's signing key (they mint users), and the admin
    // is system:masters: narrower subjects would not make them any less powerful.
    case "api":
    case "supervisor":
    case "admin":
      return { pub: { allow: [">"] }, sub: { allow: [">"] }, allowResponses: true };
    case "kube-api":
      // A trusted authenticating proxy: it sends each HTTP caller's requests under that caller's
      // token (docs/security.md), and forwards logs, exec and port-forward to the kubelets.
      return merge(inbox, { pub: { allow: [`${API_PREFIX}.${API_IDENTITY_TOKEN}.*.>`, KUBELET_ENDPOINTS] } });
    case "scheduler":
      return merge(inbox, {
        pub: { allow: [...kvReader(STATE_BUCKET), ...kvWriter(LEASES_BUCKET, ["leader.>"])] },
        sub: { allow: [SERVICE_DISCOVERY] },
        allowResponses: true,
      });
    case "controller-manager":
      // The HPA's External metric jetstream_consumer_pending reads any consumer's info (read-only);
      // the cluster autoscaler asks the node providers (docs/nats-api.md, "Node groups").
      return merge(inbox, {
        pub: { allow: [...kvReader(STATE_BUCKET), ...kvWriter(LEASES_BUCKET, ["leader.>"]), `${JS_API}.CONSUMER.INFO.*.*`, `${NODE_GROUPS_SUBJECT_PREFIX}.>`] },
        sub: { allow: [SERVICE_DISCOVERY] },
        allowResponses: true,
      });
    case "kubelet":
      return merge(inbox, kubeletPermissions(role.node), role.withProxy ? proxyPermissions() : {}, { allowResponses: true });
    case "proxy":
      return merge(inbox, proxyPermissions(), { allowResponses: true });
    case "collector":
      return merge(inbox, { pub: { allow: [...streamOwner(SPANS_STREAM), `${SPANS_SUBJECT_PREFIX}.>`] } });
    case "user":
      return inbox;
    case "console":
      // Read-only: RBAC (system:troupe:console) lets it get, list and watch; the kubelets' log
      // endpoints and their keepalives are its only other subjects (no exec, attach or port-forward).
      return merge(inbox, { pub: { allow: [CONSOLE_KUBELET_LOGS, CONSOLE_KUBELET_LOGS_CONTROL, ...streamReader(SPANS_STREAM)] } });
    case "workload": {
      // Apps keep their own KV buckets and streams (the shop's inventory), so JetStream is open to
      // them except Troupe's own: the state, lease and allocation buckets, images and logs.
      const parts = merge(inbox, {
        // One credential for every pod: each may report any pod's mesh metrics (a pod's own token narrows it to its own).
        pub: { allow: [`${MESH_PREFIX}.>`, `${MESH_METRICS_SUBJECT_PREFIX}.>`, `${JS_API}.>`, "$KV.>", "$O.>", "$JS.ACK.>", "$JS.FC.>"] },
        sub: { allow: [`${MESH_PREFIX}.>`, SERVICE_DISCOVERY] },
        allowResponses: true,
      });
      return { ...parts, pub: { ...parts.pub, deny: TROUPE_STREAMS.flatMap(streamSubjects).concat(`${LOGS_SUBJECT_PREFIX}.>`, `${SPANS_SUBJECT_PREFIX}.>`) } };
    }
  }
}

/** Whether `subject` falls under the NATS subject pattern `pattern` (`*` one token, `>` the rest). */
export function subjectMatches(pattern: string, subject: string): boolean {
  const want = pattern.split(".");
  const have = subject.split(".");
  for (let i = 0; i < want.length; i++) {
    if (want[i] === ">") return have.length > i;
    if (i >= have.length) return false;
    if (want[i] !== "*" && want[i] !== have[i]) return false;
  }
  return want.length === have.length;
}

/** Whether the permissions let their holder publish `subject` (allowed and not denied). */
export function mayPublish(permissions: SubjectPermissions, subject: string): boolean {
  const allowed = (permissions.pub?.allow ?? []).some((pattern) => subjectMatches(pattern, subject));
  return allowed && !(permissions.pub?.deny ?? []).some((pattern) => subjectMatches(pattern, subject));
}

export function maySubscribe(permissions: SubjectPermissions, subject: string): boolean {
  return (permissions.sub?.allow ?? []).some((pattern) => subjectMatches(pattern, subject));
}

/** The buckets no user or pod may reach over JetStream. */
export const PROTECTED_BUCKETS = [STATE_BUCKET, LEASES_BUCKET, ALLOCATIONS_BUCKET] as const;

/** Who each role is to the API (RBAC subjects), as Kubernetes names its components. */
export function roleUser(role: Exclude<TroupeRole, { role: "user" }>): UserInfo {
  switch (role.role) {
    case "api":
      return authenticatedUser(TROUPE_ROLE_USERS.api, [SYSTEM_MASTERS]);
    case "supervisor":
      return authenticatedUser(TROUPE_ROLE_USERS.supervisor, [SYSTEM_MASTERS]);
    case "admin":
      return authenticatedUser(TROUPE_ROLE_USERS.admin, [SYSTEM_MASTERS]);
    case "kube-api":
      return authenticatedUser(COMPONENT_USERS.kubeApi);
    case "scheduler":
      return authenticatedUser(COMPONENT_USERS.scheduler);
    case "controller-manager":
      return authenticatedUser(COMPONENT_USERS.controllerManager);
    case "kubelet":
      return nodeUser(role.node);
    case "proxy":
      return authenticatedUser(COMPONENT_USERS.proxy);
    case "collector":
      return authenticatedUser(TROUPE_ROLE_USERS.collector);
    case "workload":
      return authenticatedUser(TROUPE_ROLE_USERS.workload, [SYSTEM_SERVICEACCOUNTS]);
    case "console":
      return authenticatedUser(COMPONENT_USERS.console);
  }
}

export const TROUPE_ROLE_USERS = {
  api: "system:troupe:api",
  supervisor: "system:troupe:supervisor",
  /** The kubeconfig's client certificate says the same (cli/cluster/cluster-pki.ts). */
  admin: "troupe-admin",
  workload: "system:troupe:workload",
  collector: "system:troupe:collector",
} as const;
