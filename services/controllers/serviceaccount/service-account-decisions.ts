// What the ServiceAccount controllers decide, without NATS: a namespace that is there and not
// terminating gets the `default` ServiceAccount (Kubernetes' serviceaccounts-controller) and the
// `kube-root-ca.crt` ConfigMap holding the cluster CA (root-ca-cert-publisher).
import { DEFAULT_SERVICE_ACCOUNT, ROOT_CA_CONFIG_MAP, ROOT_CA_KEY } from "../../../runtime/volumes/service-account.ts";
import type { ConfigMapObject, NamespaceObject, ServiceAccountObject } from "../resources.ts";

/** Kubernetes' annotation on the root CA ConfigMap, naming where its contents come from. */
export const ROOT_CA_DESCRIPTION_ANNOTATION = "kubernetes.io/description";
export const ROOT_CA_DESCRIPTION = "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.";

export function isActive(namespace: NamespaceObject | undefined): namespace is NamespaceObject {
  return !!namespace && !namespace.metadata?.deletionTimestamp && namespace.status?.phase !== "Terminating";
}

/** The ServiceAccount to create in `namespace`, or undefined when there is nothing to do. */
export function defaultServiceAccountToCreate(namespace: NamespaceObject | undefined, existing: ServiceAccountObject | undefined): ServiceAccountObject | undefined {
  if (!isActive(namespace) || existing) return undefined;
  return { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: DEFAULT_SERVICE_ACCOUNT, namespace: namespace.metadata?.name ?? "" } };
}

export type RootCaAction = { action: "none" } | { action: "create" | "update"; configMap: ConfigMapObject };

export function rootCaAction(namespace: NamespaceObject | undefined, existing: ConfigMapObject | undefined, caPem: string): RootCaAction {
  if (!isActive(namespace)) return { action: "none" };
  const data = { [ROOT_CA_KEY]: caPem };
  if (!existing) {
    return {
      action: "create",
      configMap: {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: ROOT_CA_CONFIG_MAP, namespace: namespace.metadata?.name ?? "", annotations: { [ROOT_CA_DESCRIPTION_ANNOTATION]: ROOT_CA_DESCRIPTION } },
        data,
      },
    };
  }
  const current = existing.data ?? {};
  if (Object.keys(current).length === 1 && current[ROOT_CA_KEY] === caPem && !Object.keys(existing.binaryData ?? {}).length) return { action: "none" };
  return { action: "update", configMap: { ...existing, data, binaryData: {} } };
}
