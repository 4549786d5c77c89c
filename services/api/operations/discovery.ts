// discovery: the kinds this API serves, for `troupe api-resources` and generic clients.
import { RESOURCES } from "../../../runtime/codec/resources.ts";

const VERBS = ["create", "apply", "get", "list", "update", "patch", "delete", "watch"];

export function discovery(serverVersion: string): object {
  return {
    serverVersion,
    resources: RESOURCES.map((info) => ({
      kind: info.kind,
      apiVersion: info.apiVersion,
      plural: info.plural,
      singular: info.singular,
      shortNames: [...info.shortNames],
      namespaced: info.namespaced,
      verbs: info.hasStatus ? [...VERBS, "updateStatus"] : VERBS,
    })),
  };
}
