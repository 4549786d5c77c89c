// How the CLI names objects in its output: "deployment.apps/web" for -o name and apply,
// `deployment.apps "web"` for delete, as kubectl does.
import type { KubeObject } from "../runtime/api-client.ts";

/** The namespace of namespaced objects when none is given, as in Kubernetes. */
export const DEFAULT_NAMESPACE = "default";

/** API group of an apiVersion: "apps" for apps/v1, "" for the core v1. */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}

/** Lower-case kind qualified by its group: "deployment.apps", "pod". */
export function kindRef(object: Pick<KubeObject, "apiVersion" | "kind">): string {
  const group = apiGroup(object.apiVersion);
  return group ? `${object.kind.toLowerCase()}.${group}` : object.kind.toLowerCase();
}

export function nameOf(object: KubeObject): string {
  return object.metadata?.name ?? "";
}

export function namespaceOf(object: KubeObject): string {
  return object.metadata?.namespace ?? "";
}

/** "deployment.apps/simple-web-app". */
export function nameRef(object: KubeObject): string {
  return `${kindRef(object)}/${nameOf(object)}`;
}
