// discovery: the kinds this API serves, for `troupe api-resources` and generic clients.
import { RESOURCES } from "../../../runtime/codec/resources.ts";

const METRICS_RESOURCES = [
  { kind: "PodMetrics", apiVersion: "metrics.k8s.io/v1beta1", plural: "pods", singular: "", shortNames: [], namespaced: true, verbs: ["get", "list"] },
  { kind: "NodeMetrics", apiVersion: "metrics.k8s.io/v1beta1", plural: "nodes", singular: "", shortNames: [], namespaced: false, verbs: ["get", "list"] },
];

const VERBS = ["create", "apply", "get", "list", "update", "patch", "delete", "watch"];

export function discovery(serverVersion: string): object {
  return {
    serverVersion,
    resources: [
      ...RESOURCES.map((info) => ({
      kind: info.kind,
      apiVersion: info.apiVersion,
      plural: info.plural,
      singular: info.singular,
      shortNames: [...info.shortNames],
      namespaced: info.namespaced,
      verbs: info.hasStatus ? [...VERBS, "updateStatus"] : VERBS,
    })),
      // Served from the kubelets' usage reports (services/api/resource-metrics), read-only.
      ...METRICS_RESOURCES,
    ],
  };
}
