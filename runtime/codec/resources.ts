// The resource kinds Troupe serves, with the names kubectl users type for them.

export interface ResourceInfo {
  kind: string;
  /** apiVersion as written in manifests: v1, apps/v1, storage.k8s.io/v1, ... */
  apiVersion: string;
  group: string;
  plural: string;
  singular: string;
  shortNames: readonly string[];
  namespaced: boolean;
  /** Protobuf message in package troupe.v1. */
  typeName: string;
  /** Has spec/status split with a status subresource. */
  hasStatus: boolean;
}

function resource(
  kind: string,
  apiVersion: string,
  plural: string,
  shortNames: readonly string[],
  namespaced: boolean,
  hasStatus: boolean,
): ResourceInfo {
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  return { kind, apiVersion, group, plural, singular: kind.toLowerCase(), shortNames, namespaced, typeName: kind, hasStatus };
}

export const RESOURCES: readonly ResourceInfo[] = [
  resource("Namespace", "v1", "namespaces", ["ns"], false, true),
  resource("Node", "v1", "nodes", ["no"], false, true),
  resource("Pod", "v1", "pods", ["po"], true, true),
  resource("Service", "v1", "services", ["svc"], true, true),
  resource("Endpoints", "v1", "endpoints", ["ep"], true, false),
  resource("ConfigMap", "v1", "configmaps", ["cm"], true, false),
  resource("Secret", "v1", "secrets", [], true, false),
  resource("PersistentVolume", "v1", "persistentvolumes", ["pv"], false, true),
  resource("PersistentVolumeClaim", "v1", "persistentvolumeclaims", ["pvc"], true, true),
  resource("Event", "v1", "events", ["ev"], true, false),
  resource("ServiceAccount", "v1", "serviceaccounts", ["sa"], true, false),
  resource("ReplicaSet", "apps/v1", "replicasets", ["rs"], true, true),
  resource("Deployment", "apps/v1", "deployments", ["deploy"], true, true),
  resource("StatefulSet", "apps/v1", "statefulsets", ["sts"], true, true),
  resource("DaemonSet", "apps/v1", "daemonsets", ["ds"], true, true),
  resource("ControllerRevision", "apps/v1", "controllerrevisions", [], true, false),
  resource("LimitRange", "v1", "limitranges", ["limits"], true, false),
  resource("ResourceQuota", "v1", "resourcequotas", ["quota"], true, true),
  resource("Ingress", "networking.k8s.io/v1", "ingresses", ["ing"], true, true),
  resource("StorageClass", "storage.k8s.io/v1", "storageclasses", ["sc"], false, false),
  resource("PriorityClass", "scheduling.k8s.io/v1", "priorityclasses", ["pc"], false, false),
  resource("Lease", "coordination.k8s.io/v1", "leases", [], true, false),
  resource("PodDisruptionBudget", "policy/v1", "poddisruptionbudgets", ["pdb"], true, true),
  resource("Job", "batch/v1", "jobs", [], true, true),
  resource("CronJob", "batch/v1", "cronjobs", ["cj"], true, true),
  resource("HorizontalPodAutoscaler", "autoscaling/v2", "horizontalpodautoscalers", ["hpa"], true, true),
  resource("VerticalPodAutoscaler", "autoscaling.k8s.io/v1", "verticalpodautoscalers", ["vpa"], true, true),
  resource("Role", "rbac.authorization.k8s.io/v1", "roles", [], true, false),
  resource("ClusterRole", "rbac.authorization.k8s.io/v1", "clusterroles", [], false, false),
  resource("RoleBinding", "rbac.authorization.k8s.io/v1", "rolebindings", [], true, false),
  resource("ClusterRoleBinding", "rbac.authorization.k8s.io/v1", "clusterrolebindings", [], false, false),
];

const byName = new Map<string, ResourceInfo>();
for (const info of RESOURCES) {
  const names = [info.kind, info.plural, info.singular, ...info.shortNames];
  for (const name of names) {
    byName.set(name.toLowerCase(), info);
    if (info.group) byName.set(`${name.toLowerCase()}.${info.group}`, info);
  }
}

/** Finds a resource by kind, plural, singular or short name, optionally `.group` qualified. */
export function findResource(name: string): ResourceInfo | undefined {
  return byName.get(name.toLowerCase());
}

/** Finds the resource a manifest's apiVersion + kind names (both must match). */
export function findResourceByKind(apiVersion: string, kind: string): ResourceInfo | undefined {
  const info = RESOURCES.find((candidate) => candidate.kind === kind);
  return info && info.apiVersion === apiVersion ? info : undefined;
}

export function findResourceByKindOnly(kind: string): ResourceInfo | undefined {
  return RESOURCES.find((candidate) => candidate.kind === kind);
}

/** "deployments.apps" / "pods": the name Kubernetes uses in messages. */
export function qualifiedResourceName(info: ResourceInfo): string {
  return info.group ? `${info.plural}.${info.group}` : info.plural;
}
