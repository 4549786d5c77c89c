// discovery: the kinds this API serves, for `troupe api-resources` and generic clients.
import { RESOURCES } from "../../../runtime/codec/resources.ts";
import { VERSION_VIEWS } from "../../../runtime/codec/version-views.ts";
import { METRICS_KINDS, METRICS_VERBS } from "../../../runtime/resource-metrics/metrics-kinds.ts";

const METRICS_RESOURCES = METRICS_KINDS.map((kind) => ({ kind: kind.kind, apiVersion: kind.apiVersion, plural: kind.plural, singular: kind.kind.toLowerCase(), shortNames: [], namespaced: kind.namespaced, verbs: [...METRICS_VERBS] }));

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
      // Kinds also served in another version than the stored one (JSON only): autoscaling/v1 HPAs.
      ...VERSION_VIEWS.map((view) => ({
        kind: view.kind, apiVersion: view.apiVersion, plural: view.info.plural, singular: view.info.singular, shortNames: [...view.info.shortNames], namespaced: view.info.namespaced,
        verbs: ["create", "get", "list", "update", "patch", "delete", "watch"],
      })),
      // Served from the kubelets' usage reports (services/api/resource-metrics), read-only.
      ...METRICS_RESOURCES,
    ],
  };
}
