// Kubernetes' protobuf wire schema (proto/k8s/*.proto, generated into proto/gen/k8s.json): the
// message for each apiVersion + kind Troupe accepts in a protobuf body.
import protobuf from "protobufjs";
import descriptor from "../../../proto/gen/k8s.json" with { type: "json" };
import { RESOURCES } from "../../../runtime/codec/resources.ts";

const root = protobuf.Root.fromJSON(descriptor);
root.resolveAll();

/** The protobuf package of each apiVersion in proto/k8s. */
const PACKAGES: Readonly<Record<string, string>> = {
  v1: "k8s.core.v1",
  "apps/v1": "k8s.apps.v1",
  "networking.k8s.io/v1": "k8s.networking.v1",
  "storage.k8s.io/v1": "k8s.storage.v1",
  "coordination.k8s.io/v1": "k8s.coordination.v1",
  "policy/v1": "k8s.policy.v1",
  "batch/v1": "k8s.batch.v1",
  "autoscaling/v2": "k8s.autoscaling.v2",
  "autoscaling/v1": "k8s.autoscaling.v1",
  "rbac.authorization.k8s.io/v1": "k8s.rbac.v1",
  "authorization.k8s.io/v1": "k8s.authorization.v1",
  "authentication.k8s.io/v1": "k8s.authentication.v1",
};

/** Kinds read from protobuf beyond the stored resources: the reviews (`kubectl auth can-i`, `whoami`) and `kubectl create token`'s TokenRequest. */
const EXTRA_KINDS = [
  { apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectAccessReview" },
  { apiVersion: "authorization.k8s.io/v1", kind: "SubjectAccessReview" },
  { apiVersion: "authorization.k8s.io/v1", kind: "LocalSubjectAccessReview" },
  { apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectRulesReview" },
  { apiVersion: "authentication.k8s.io/v1", kind: "SelfSubjectReview" },
  { apiVersion: "authentication.k8s.io/v1", kind: "TokenRequest" },
  // `kubectl autoscale` sends autoscaling/v1 (served as a view of the stored v2: runtime/codec/version-views.ts).
  { apiVersion: "autoscaling/v1", kind: "HorizontalPodAutoscaler" },
];

const kinds = new Map<string, protobuf.Type>();
for (const { apiVersion, kind } of [...RESOURCES, ...EXTRA_KINDS]) {
  // VerticalPodAutoscaler is a custom resource in Kubernetes: JSON only, no protobuf schema.
  if (!PACKAGES[apiVersion]) continue;
  kinds.set(`${apiVersion}/${kind}`, root.lookupType(`${PACKAGES[apiVersion]}.${kind}`));
}

/** Whether Kubernetes has a protobuf schema for the group version (not so for custom resources such as the VPA). */
export function hasProtobufSchema(apiVersion: string): boolean {
  return PACKAGES[apiVersion] !== undefined;
}

export const unknownType: protobuf.Type = root.lookupType("k8s.runtime.Unknown");

/** The message of a kind, or undefined when Troupe does not serve it. */
export function kindType(apiVersion: string, kind: string): protobuf.Type | undefined {
  return kinds.get(`${apiVersion}/${kind}`);
}

/** Fully qualified names (with protobufjs' leading dot) of the messages JSON writes as scalars. */
export const SPECIAL_TYPES = {
  time: ".k8s.meta.v1.Time",
  microTime: ".k8s.meta.v1.MicroTime",
  quantity: ".k8s.resource.Quantity",
  intOrString: ".k8s.intstr.IntOrString",
  rawExtension: ".k8s.runtime.RawExtension",
  fieldsV1: ".k8s.meta.v1.FieldsV1",
} as const;
