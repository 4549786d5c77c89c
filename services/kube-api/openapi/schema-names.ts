// The names Kubernetes gives the schemas of its types (io.k8s.api.apps.v1.Deployment, ...), for
// Troupe's protobuf messages and for the few types the documents need that have no message, and
// how a document refers to them.
import { RESOURCES, type ResourceInfo } from "../../../runtime/codec/resources.ts";

/** v3 documents refer to `#/components/schemas/`, v2 to `#/definitions/`. */
export type OpenApiVersion = "v2" | "v3";

export function refTo(version: OpenApiVersion, name: string): string {
  return version === "v3" ? `#/components/schemas/${name}` : `#/definitions/${name}`;
}

/** A reference in a property: v3 wraps it in allOf, since siblings of a $ref are ignored there. */
export function propertyRef(version: OpenApiVersion, name: string, description?: string): Record<string, unknown> {
  const withDescription = description ? { description } : {};
  return version === "v3"
    ? { allOf: [{ $ref: refTo(version, name) }], default: {}, ...withDescription }
    : { $ref: refTo(version, name), ...withDescription };
}

export const META = "io.k8s.apimachinery.pkg.apis.meta.v1";
export const TIME = `${META}.Time`;
export const MICRO_TIME = `${META}.MicroTime`;
export const QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";
export const INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
export const RAW_EXTENSION = "io.k8s.apimachinery.pkg.runtime.RawExtension";
export const STATUS = `${META}.Status`;
export const DELETE_OPTIONS = `${META}.DeleteOptions`;
export const WATCH_EVENT = `${META}.WatchEvent`;
export const PATCH = `${META}.Patch`;
export const SCALE = "io.k8s.api.autoscaling.v1.Scale";

const META_MESSAGES = new Set([
  "ObjectMeta", "ListMeta", "OwnerReference", "LabelSelector", "LabelSelectorRequirement", "Condition",
  "Status", "StatusDetails", "StatusCause", "Preconditions",
]);

/** Messages outside core/v1, by the Kubernetes API package they belong to. */
const PACKAGE_OF: readonly [RegExp, string][] = [
  [/^(ReplicaSet|Deployment|RollingUpdate|StatefulSet|DaemonSet|ControllerRevision)/, "io.k8s.api.apps.v1"],
  [/^(Ingress|HTTPIngress|ServiceBackendPort)/, "io.k8s.api.networking.v1"],
  [/^StorageClass/, "io.k8s.api.storage.v1"],
  [/^PriorityClass/, "io.k8s.api.scheduling.v1"],
  [/^Lease/, "io.k8s.api.coordination.v1"],
  [/^PodDisruptionBudget/, "io.k8s.api.policy.v1"],
  [/^(HorizontalPodAutoscaler|HPAScaling|CrossVersionObjectReference|Metric(Spec|Status|Target|ValueStatus|Identifier)$|(Resource|ContainerResource|Pods|Object|External)Metric(Source|Status)$)/, "io.k8s.api.autoscaling.v2"],
  [/^(TokenRequest|BoundObjectReference)/, "io.k8s.api.authentication.v1"],
  [/^(VerticalPodAutoscaler|PodUpdatePolicy|PodResourcePolicy|ContainerResourcePolicy|RecommendedContainerResources|RecommendedPodResources)/, "io.k8s.autoscaler.vpa.v1"],
  [/^(Job|CronJob|PodFailurePolicy|UncountedTerminatedPods)/, "io.k8s.api.batch.v1"],
  [/^(Role|ClusterRole|RoleBinding|ClusterRoleBinding|PolicyRule|AggregationRule|Subject|RoleRef)$/, "io.k8s.api.rbac.v1"],
];

/** The Kubernetes schema name of the protobuf message `message` (package troupe.v1). */
export function schemaName(message: string): string {
  if (message === "IntOrString") return INT_OR_STRING;
  if (message === "RawObject") return RAW_EXTENSION;
  if (META_MESSAGES.has(message)) return `${META}.${message}`;
  const found = PACKAGE_OF.find(([pattern]) => pattern.test(message));
  return `${found ? found[1] : "io.k8s.api.core.v1"}.${message}`;
}

export function listSchemaName(info: ResourceInfo): string {
  return `${schemaName(info.typeName)}List`;
}

/** `{group, version, kind}` as Kubernetes writes it in x-kubernetes-group-version-kind. */
export function groupVersionKind(info: ResourceInfo, kind = info.kind): { group: string; kind: string; version: string } {
  return { group: info.group, kind, version: info.apiVersion.slice(info.apiVersion.indexOf("/") + 1) };
}

/** "api/v1" or "apis/apps/v1": the key of a group version in the /openapi/v3 index. */
export function groupVersionPath(info: ResourceInfo): string {
  return info.group ? `apis/${info.apiVersion}` : `api/${info.apiVersion}`;
}

export function groupVersionPaths(): string[] {
  return [...new Set(RESOURCES.map(groupVersionPath))];
}
