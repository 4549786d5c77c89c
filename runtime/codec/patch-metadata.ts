// How Kubernetes merges each list field of its types: the `patchStrategy`/`patchMergeKey` tags and
// the `listType`/`listMapKeys` markers of k8s.io/api, keyed by Troupe's message and field names.
// Strategic merge patch, server-side apply and the OpenAPI documents all read this one table.
// A repeated field not listed here is `atomic` (replaced as a whole), as in Kubernetes.

export interface ListPatchMetadata {
  /** `merge`: entries are merged by `mergeKey`; `merge,retainKeys` also honours `$retainKeys`. */
  patchStrategy?: "merge" | "merge,retainKeys";
  patchMergeKey?: string;
  /** Server-side apply: `map` (entries keyed by listMapKeys), `set` (unique scalars), `atomic`. */
  listType: "map" | "set" | "atomic";
  listMapKeys?: readonly string[];
}

const mapBy = (key: string, ...more: string[]): ListPatchMetadata => ({
  patchStrategy: "merge", patchMergeKey: key, listType: "map", listMapKeys: [key, ...more],
});
/** A merge list without a listType marker in k8s.io/api (merged by key, atomic for apply). */
const mergeOnly = (key: string): ListPatchMetadata => ({ patchStrategy: "merge", patchMergeKey: key, listType: "atomic" });
const mergeSet: ListPatchMetadata = { patchStrategy: "merge", listType: "set" };

/** `<Message>.<field>` -> metadata, for the list fields whose merge is not atomic. */
const LISTS: Record<string, ListPatchMetadata> = {
  "ObjectMeta.ownerReferences": mapBy("uid"),
  "ObjectMeta.finalizers": mergeSet,
  "PodSpec.containers": mapBy("name"),
  "PodSpec.initContainers": mapBy("name"),
  "PodSpec.volumes": { patchStrategy: "merge,retainKeys", patchMergeKey: "name", listType: "map", listMapKeys: ["name"] },
  "PodSpec.imagePullSecrets": mapBy("name"),
  "PodSpec.topologySpreadConstraints": mapBy("topologyKey", "whenUnsatisfiable"),
  "PodSpec.tolerations": { listType: "atomic" },
  "Container.ports": mapBy("containerPort", "protocol"),
  "Container.env": mapBy("name"),
  "Container.volumeMounts": mapBy("mountPath"),
  "PodStatus.conditions": mapBy("type"),
  "PodStatus.podIPs": mergeOnly("ip"),
  "ReplicaSetStatus.conditions": mapBy("type"),
  "DeploymentStatus.conditions": mapBy("type"),
  "StatefulSetStatus.conditions": mapBy("type"),
  "DaemonSetStatus.conditions": mapBy("type"),
  "PodDisruptionBudgetStatus.conditions": mapBy("type"),
  "JobStatus.conditions": mapBy("type"),
  "NamespaceStatus.conditions": mapBy("type"),
  "NodeStatus.conditions": mapBy("type"),
  "NodeStatus.addresses": mapBy("type"),
  "NodeSpec.taints": { listType: "atomic" },
  "NodeSpec.podCIDRs": mergeSet,
  "PersistentVolumeClaimStatus.conditions": mapBy("type"),
  "ServiceSpec.ports": { patchStrategy: "merge", patchMergeKey: "port", listType: "map", listMapKeys: ["port", "protocol"] },
  "ServiceSpec.clusterIPs": { listType: "atomic" },
  "ServiceSpec.ipFamilies": { listType: "atomic" },
  "ServiceSpec.externalIPs": { listType: "atomic" },
  "ServiceStatus.conditions": mapBy("type"),
  "LoadBalancerStatus.ingress": { listType: "atomic" },
  "PodSecurityContext.supplementalGroups": { listType: "atomic" },
  "Capabilities.add": { listType: "atomic" },
  "Capabilities.drop": { listType: "atomic" },
  "IngressSpec.rules": { listType: "atomic" },
  "IngressSpec.tls": { listType: "atomic" },
  "HTTPIngressRuleValue.paths": { listType: "atomic" },
  "ResourceQuotaSpec.scopes": { listType: "atomic" },
};

/** The merge behaviour of `message.field`; atomic when Kubernetes gives it none. */
export function listPatchMetadata(message: string, field: string): ListPatchMetadata {
  return LISTS[`${message}.${field}`] ?? { listType: "atomic" };
}

/** Every list with a non-atomic merge, for documents that print them all. */
export function listsWithPatchMetadata(): ReadonlyMap<string, ListPatchMetadata> {
  return new Map(Object.entries(LISTS));
}
