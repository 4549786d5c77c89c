// The default RBAC policy, as Kubernetes' bootstrap policy (plugin/pkg/auth/authorizer/rbac/
// bootstrappolicy) names and shapes it: cluster-admin for system:masters; admin, edit and view
// aggregated from the system:aggregate-to-* roles by label; discovery and self-reviews for every
// authenticated user; and one least-privilege role per Troupe component (docs/security.md lists
// each role's rules and why).
import { COMPONENT_USERS, SYSTEM_AUTHENTICATED, SYSTEM_MASTERS, SYSTEM_NODES, SYSTEM_UNAUTHENTICATED } from "../../../../runtime/auth/user-info.ts";
import { aggregatedRules, sameRules } from "../../../controllers/clusterrole-aggregation/aggregated-rules.ts";
import { RBAC_API_GROUP, type BindingObject, type PolicyRule, type RoleObject, type Subject } from "../rbac/types.ts";

export const BOOTSTRAPPING_LABEL = "kubernetes.io/bootstrapping";
export const BOOTSTRAPPING_VALUE = "rbac-defaults";
export const AUTOUPDATE_ANNOTATION = "rbac.authorization.kubernetes.io/autoupdate";
export const AGGREGATE_TO = (role: "admin" | "edit" | "view") => `rbac.authorization.k8s.io/aggregate-to-${role}`;

const READ = ["get", "list", "watch"];
const WRITE = ["create", "delete", "deletecollection", "patch", "update"];
const READ_WRITE = [...READ, ...WRITE];

function rule(verbs: string[], apiGroups: string[], resources: string[], resourceNames?: string[]): PolicyRule {
  return resourceNames ? { verbs, apiGroups, resources, resourceNames } : { verbs, apiGroups, resources };
}

function urls(verbs: string[], nonResourceURLs: string[]): PolicyRule {
  return { verbs, nonResourceURLs };
}

export interface ClusterRoleObject extends RoleObject {
  apiVersion: string;
  kind: "ClusterRole";
  metadata: { name: string; labels: Record<string, string>; annotations: Record<string, string> };
}

export interface ClusterRoleBindingObject extends BindingObject {
  apiVersion: string;
  kind: "ClusterRoleBinding";
  metadata: { name: string; labels: Record<string, string>; annotations: Record<string, string> };
}

const metadata = (name: string, labels: Record<string, string> = {}) => ({
  name,
  labels: { [BOOTSTRAPPING_LABEL]: BOOTSTRAPPING_VALUE, ...labels },
  annotations: { [AUTOUPDATE_ANNOTATION]: "true" },
});

function clusterRole(name: string, rules: PolicyRule[], labels?: Record<string, string>): ClusterRoleObject {
  return { apiVersion: `${RBAC_API_GROUP}/v1`, kind: "ClusterRole", metadata: metadata(name, labels), rules };
}

function aggregatedRole(name: string, selectorLabel: string, labels?: Record<string, string>): ClusterRoleObject {
  return { ...clusterRole(name, [], labels), aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [selectorLabel]: "true" } }] } };
}

const user = (name: string): Subject => ({ kind: "User", apiGroup: RBAC_API_GROUP, name });
const group = (name: string): Subject => ({ kind: "Group", apiGroup: RBAC_API_GROUP, name });

function binding(name: string, roleName: string, subjects: Subject[]): ClusterRoleBindingObject {
  return { apiVersion: `${RBAC_API_GROUP}/v1`, kind: "ClusterRoleBinding", metadata: metadata(name), roleRef: { apiGroup: RBAC_API_GROUP, kind: "ClusterRole", name: roleName }, subjects };
}

const DISCOVERY_URLS = ["/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/openapi", "/openapi/*", "/readyz", "/version", "/version/"];
const EVENTS = rule(["create", "patch", "update"], [""], ["events"]);

/** Kubernetes' system:aggregate-to-view, for the kinds Troupe serves. Never secrets. */
const VIEW_RULES: PolicyRule[] = [
  rule(READ, [""], ["pods", "replicationcontrollers", "replicationcontrollers/scale", "serviceaccounts", "services", "services/status", "endpoints", "persistentvolumeclaims", "persistentvolumeclaims/status", "configmaps"]),
  rule(READ, [""], ["limitranges", "resourcequotas", "bindings", "events", "pods/status", "resourcequotas/status", "namespaces/status", "replicationcontrollers/status", "pods/log"]),
  rule(READ, [""], ["namespaces"]),
  rule(READ, ["apps"], ["controllerrevisions", "statefulsets", "statefulsets/status", "statefulsets/scale", "daemonsets", "daemonsets/status", "deployments", "deployments/status", "deployments/scale", "replicasets", "replicasets/status", "replicasets/scale"]),
  rule(READ, ["batch"], ["jobs", "cronjobs", "cronjobs/status", "jobs/status"]),
  rule(READ, ["autoscaling"], ["horizontalpodautoscalers", "horizontalpodautoscalers/status"]),
  rule(READ, ["autoscaling.k8s.io"], ["verticalpodautoscalers", "verticalpodautoscalers/status"]),
  rule(READ, ["policy"], ["poddisruptionbudgets", "poddisruptionbudgets/status"]),
  rule(READ, ["networking.k8s.io"], ["networkpolicies", "ingresses", "ingresses/status"]),
];

/** Kubernetes' system:aggregate-to-edit: writes, and reads of escalating resources (secrets). Never roles or bindings. */
const EDIT_RULES: PolicyRule[] = [
  rule(READ, [""], ["pods/attach", "pods/proxy", "pods/exec", "pods/portforward", "secrets", "services/proxy"]),
  rule(["impersonate"], [""], ["serviceaccounts"]),
  rule(WRITE, [""], ["pods", "pods/attach", "pods/proxy", "pods/exec", "pods/portforward"]),
  rule(["create"], [""], ["pods/eviction"]),
  rule(WRITE, [""], ["replicationcontrollers", "replicationcontrollers/scale", "serviceaccounts", "services", "services/proxy", "persistentvolumeclaims", "configmaps", "secrets", "events"]),
  rule(["create"], [""], ["serviceaccounts/token"]),
  rule(WRITE, ["apps"], ["statefulsets", "statefulsets/scale", "daemonsets", "deployments", "deployments/scale", "deployments/rollback", "replicasets", "replicasets/scale"]),
  rule(WRITE, ["batch"], ["jobs", "cronjobs"]),
  rule(WRITE, ["autoscaling"], ["horizontalpodautoscalers"]),
  rule(WRITE, ["autoscaling.k8s.io"], ["verticalpodautoscalers"]),
  rule(WRITE, ["policy"], ["poddisruptionbudgets"]),
  rule(WRITE, ["networking.k8s.io"], ["networkpolicies", "ingresses"]),
  rule(READ_WRITE, ["coordination.k8s.io"], ["leases"]),
];

/** Kubernetes' system:aggregate-to-admin: what admin has beyond edit, granting access within a namespace. */
const ADMIN_RULES: PolicyRule[] = [
  rule(["create"], ["authorization.k8s.io"], ["localsubjectaccessreviews"]),
  rule(READ_WRITE, [RBAC_API_GROUP], ["rolebindings", "roles"]),
];

/** The scheduler: reads what it places pods by, binds them, records why it could not. */
const SCHEDULER_RULES: PolicyRule[] = [
  rule(READ, [""], ["pods", "nodes", "namespaces", "persistentvolumeclaims", "persistentvolumes"]),
  rule(READ, ["storage.k8s.io"], ["storageclasses"]),
  rule(["create"], [""], ["pods/binding"]),
  // DefaultPreemption evicts lower-priority pods.
  rule(["delete"], [""], ["pods"]),
  rule(["patch", "update"], [""], ["pods/status"]),
  rule(["update"], [""], ["persistentvolumeclaims"]),
  EVENTS,
];

/** The controller manager: every controller of services/controllers, garbage collector included. */
const CONTROLLER_MANAGER_RULES: PolicyRule[] = [
  rule(READ, ["", "apps", "batch", "policy", "networking.k8s.io", "storage.k8s.io"], [
    "pods", "nodes", "namespaces", "services", "endpoints", "configmaps", "persistentvolumes", "persistentvolumeclaims", "replicasets", "deployments",
    "statefulsets", "daemonsets", "controllerrevisions", "jobs", "cronjobs", "poddisruptionbudgets", "ingresses", "storageclasses",
  ]),
  rule(["create", "delete", "patch", "update"], [""], ["pods", "endpoints", "persistentvolumeclaims", "persistentvolumes"]),
  rule(["delete", "patch", "update"], [""], ["services", "configmaps"]),
  // The ServiceAccount controllers: a default ServiceAccount and kube-root-ca.crt in every namespace.
  rule(READ, [""], ["serviceaccounts"]),
  rule(["create", "update", "patch"], [""], ["serviceaccounts", "configmaps"]),
  rule(["patch", "update"], [""], ["nodes", "nodes/status", "pods/status", "services/status", "persistentvolumes/status", "persistentvolumeclaims/status"]),
  rule(["create", "delete", "patch", "update"], ["apps"], ["replicasets", "controllerrevisions"]),
  rule(["delete", "patch", "update"], ["apps"], ["deployments", "statefulsets", "daemonsets"]),
  rule(["patch", "update"], ["apps"], ["replicasets/status", "deployments/status", "statefulsets/status", "daemonsets/status"]),
  rule(["create", "delete", "patch", "update"], ["batch"], ["jobs"]),
  rule(["delete", "patch", "update"], ["batch"], ["cronjobs"]),
  rule(["patch", "update"], ["batch"], ["jobs/status", "cronjobs/status"]),
  rule(["patch", "update"], ["policy"], ["poddisruptionbudgets/status"]),
  rule(["patch", "update"], ["networking.k8s.io"], ["ingresses/status"]),
  // The horizontal pod autoscaler: reads its HPAs and their targets' scale, sets the replicas.
  rule(READ, ["autoscaling"], ["horizontalpodautoscalers"]),
  // patch: the HPA's scale-history annotation (a Troupe addition: Kubernetes keeps it in memory).
  rule(["patch"], ["autoscaling"], ["horizontalpodautoscalers"]),
  rule(["patch", "update"], ["autoscaling"], ["horizontalpodautoscalers/status"]),
  rule(["get", "update"], ["apps"], ["deployments/scale", "replicasets/scale", "statefulsets/scale"]),
  // The VPA recommender: reads its VPAs, writes their status (pods and pod metrics are read above).
  rule(READ, ["autoscaling.k8s.io"], ["verticalpodautoscalers"]),
  rule(["patch", "update"], ["autoscaling.k8s.io"], ["verticalpodautoscalers/status"]),
  rule(["create"], [""], ["pods/eviction"]),
  rule(READ, ["metrics.k8s.io"], ["pods"]),
  // The HPA's Pods and Object metrics (custom.metrics.k8s.io: <resource>/<metric>).
  rule(["get"], ["custom.metrics.k8s.io"], ["*"]),
  // The cluster autoscaler: deletes the Node of a node it removed (the cloud node controller's part).
  rule(["delete"], [""], ["nodes"]),
  // The cluster role aggregation controller.
  rule(READ, [RBAC_API_GROUP], ["clusterroles"]),
  rule(["update", "patch", "escalate"], [RBAC_API_GROUP], ["clusterroles"]),
  EVENTS,
];

/** The node proxy (kube-proxy): the routing table from services and their endpoints. */
const PROXY_RULES: PolicyRule[] = [rule(READ, [""], ["services", "endpoints", "nodes"]), EVENTS];
/** Cluster DNS: names from services and their endpoints. */
const DNS_RULES: PolicyRule[] = [rule(READ, [""], ["services", "endpoints"])];
/** The ingress listener: ingresses and the services and endpoints they route to. */
const INGRESS_RULES: PolicyRule[] = [rule(READ, [""], ["services", "endpoints"]), rule(READ, ["networking.k8s.io"], ["ingresses"]), EVENTS];
/** The Kubernetes front end speaks for each caller with the caller's identity: on its own it only discovers. */
const KUBE_API_RULES: PolicyRule[] = [urls(["get"], DISCOVERY_URLS)];
/**
 * Kubelets (group system:nodes): what the Node authorizer leaves to RBAC, nothing object-specific.
 * Their own Node, Lease and pods, and the Secrets, ConfigMaps and claims those pods use, are the
 * Node authorizer's to allow.
 */
const NODE_RULES: PolicyRule[] = [
  rule(READ, [""], ["pods", "services", "endpoints", "nodes"]),
  rule(["get", "create", "delete"], [""], ["persistentvolumes"]),
  rule(READ, ["storage.k8s.io"], ["storageclasses"]),
  EVENTS,
];

/**
 * The web console (services/console): reads what its pages show, never writes; it checks a
 * login's token with a SubjectAccessReview (may that user list pods?).
 */
const CONSOLE_RULES: PolicyRule[] = [
  rule(READ, [""], ["nodes", "pods", "services", "endpoints", "events", "namespaces"]),
  rule(READ, ["apps"], ["deployments", "replicasets", "statefulsets", "daemonsets"]),
  rule(READ, ["events.k8s.io"], ["events"]),
  rule(["create"], ["authorization.k8s.io"], ["subjectaccessreviews"]),
];

export const SYSTEM_NODE_ROLE = "system:node";

const DEFAULT_CLUSTER_ROLES: ClusterRoleObject[] = [
  clusterRole("cluster-admin", [rule(["*"], ["*"], ["*"]), urls(["*"], ["*"])]),
  clusterRole("system:discovery", [urls(["get"], DISCOVERY_URLS)]),
  clusterRole("system:public-info-viewer", [urls(["get"], ["/healthz", "/livez", "/readyz", "/version", "/version/"])]),
  clusterRole("system:basic-user", [
    rule(["create"], ["authorization.k8s.io"], ["selfsubjectaccessreviews", "selfsubjectrulesreviews"]),
    rule(["create"], ["authentication.k8s.io"], ["selfsubjectreviews"]),
  ]),
  aggregatedRole("admin", AGGREGATE_TO("admin")),
  aggregatedRole("edit", AGGREGATE_TO("edit"), { [AGGREGATE_TO("admin")]: "true" }),
  aggregatedRole("view", AGGREGATE_TO("view"), { [AGGREGATE_TO("edit")]: "true" }),
  clusterRole("system:aggregate-to-admin", ADMIN_RULES, { [AGGREGATE_TO("admin")]: "true" }),
  clusterRole("system:aggregate-to-edit", EDIT_RULES, { [AGGREGATE_TO("edit")]: "true" }),
  clusterRole("system:aggregate-to-view", VIEW_RULES, { [AGGREGATE_TO("view")]: "true" }),
  // What metrics-server installs: reading resource metrics aggregates into view, edit and admin.
  clusterRole("system:aggregated-metrics-reader", [rule(["get", "list", "watch"], ["metrics.k8s.io"], ["pods", "nodes"])], {
    [AGGREGATE_TO("view")]: "true", [AGGREGATE_TO("edit")]: "true", [AGGREGATE_TO("admin")]: "true",
  }),
  // What a custom metrics adapter's chart installs (the Prometheus adapter's custom-metrics reader),
  // aggregated as the resource metrics reader is: reading custom metrics of a namespace's objects.
  clusterRole("system:aggregated-custom-metrics-reader", [rule(["get", "list", "watch"], ["custom.metrics.k8s.io"], ["*"])], {
    [AGGREGATE_TO("view")]: "true", [AGGREGATE_TO("edit")]: "true", [AGGREGATE_TO("admin")]: "true",
  }),
  clusterRole("system:kube-scheduler", SCHEDULER_RULES),
  clusterRole("system:kube-controller-manager", CONTROLLER_MANAGER_RULES),
  clusterRole("system:node-proxier", PROXY_RULES),
  clusterRole("system:troupe:dns", DNS_RULES),
  clusterRole("system:troupe:ingress", INGRESS_RULES),
  clusterRole("system:troupe:kube-api", KUBE_API_RULES),
  clusterRole(SYSTEM_NODE_ROLE, NODE_RULES),
  clusterRole("system:troupe:console", CONSOLE_RULES),
];

/**
 * The aggregated roles (admin, edit, view) start with the rules of the defaults they aggregate,
 * so they are useful from the API's first start; the aggregation controller keeps them up to
 * date with roles added later. Aggregation chains (view into edit into admin), hence the passes.
 */
function withAggregatedRules(roles: ClusterRoleObject[]): ClusterRoleObject[] {
  for (let pass = 0; pass < roles.length; pass++) {
    let changed = false;
    for (const role of roles) {
      const rules = aggregatedRules(role, roles);
      if (rules && !sameRules(role.rules, rules)) {
        role.rules = rules;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return roles;
}

export const BOOTSTRAP_CLUSTER_ROLES: readonly ClusterRoleObject[] = withAggregatedRules(DEFAULT_CLUSTER_ROLES);

export const BOOTSTRAP_CLUSTER_ROLE_BINDINGS: readonly ClusterRoleBindingObject[] = [
  binding("cluster-admin", "cluster-admin", [group(SYSTEM_MASTERS)]),
  binding("system:discovery", "system:discovery", [group(SYSTEM_AUTHENTICATED)]),
  binding("system:public-info-viewer", "system:public-info-viewer", [group(SYSTEM_AUTHENTICATED), group(SYSTEM_UNAUTHENTICATED)]),
  binding("system:basic-user", "system:basic-user", [group(SYSTEM_AUTHENTICATED)]),
  binding("system:kube-scheduler", "system:kube-scheduler", [user(COMPONENT_USERS.scheduler)]),
  binding("system:kube-controller-manager", "system:kube-controller-manager", [user(COMPONENT_USERS.controllerManager)]),
  binding("system:node-proxier", "system:node-proxier", [user(COMPONENT_USERS.proxy)]),
  binding("system:troupe:dns", "system:troupe:dns", [user(COMPONENT_USERS.dns)]),
  binding("system:troupe:ingress", "system:troupe:ingress", [user(COMPONENT_USERS.ingress)]),
  binding("system:troupe:kube-api", "system:troupe:kube-api", [user(COMPONENT_USERS.kubeApi)]),
  binding(SYSTEM_NODE_ROLE, SYSTEM_NODE_ROLE, [group(SYSTEM_NODES)]),
  binding("system:troupe:console", "system:troupe:console", [user(COMPONENT_USERS.console)]),
];
