// The names Kubernetes gives to a pod's ServiceAccount token volume, shared by the API's
// ServiceAccount admission, the kubelet that projects the token and the SDK that reads it.
import type { troupe } from "../../proto/gen/troupe.js";

export const DEFAULT_SERVICE_ACCOUNT = "default";
/** Where every container of a pod finds its token, ca.crt and namespace. */
export const SERVICE_ACCOUNT_MOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
export const SERVICE_ACCOUNT_TOKEN_PATH = `${SERVICE_ACCOUNT_MOUNT_PATH}/token`;
/** The volume admission adds: kube-api-access-<5 random characters>. */
export const TOKEN_VOLUME_PREFIX = "kube-api-access-";
/** Kubernetes asks for 3607 s (an hour and 7 s, which tells its own tokens apart). */
export const TOKEN_VOLUME_EXPIRATION_SECONDS = 3607;
/** The ConfigMap in every namespace holding the cluster CA (root-ca-cert-publisher). */
export const ROOT_CA_CONFIG_MAP = "kube-root-ca.crt";
export const ROOT_CA_KEY = "ca.crt";
/**
 * Set by the kubelet in a container that mounts a token: the token file's path on the node. Where
 * the kubelet cannot bind-mount (a non-root process driver) it is the only way to the token.
 */
export const SERVICE_ACCOUNT_TOKEN_FILE_ENV = "TROUPE_SERVICE_ACCOUNT_TOKEN_FILE";

type Volume = troupe.v1.Volume.$Properties;

/** The projected volume of a pod's token, as Kubernetes' ServiceAccount admission writes it. */
export function tokenVolume(name: string): Volume {
  return {
    name,
    projected: {
      defaultMode: 0o644,
      sources: [
        { serviceAccountToken: { expirationSeconds: TOKEN_VOLUME_EXPIRATION_SECONDS, path: "token" } },
        { configMap: { name: ROOT_CA_CONFIG_MAP, items: [{ key: ROOT_CA_KEY, path: ROOT_CA_KEY }] } },
        { downwardAPI: { items: [{ path: "namespace", fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } }] } },
      ],
    },
  };
}

/** Whether a volume carries a ServiceAccount token (the kubelet requests one for it). */
export function projectsServiceAccountToken(volume: Volume): boolean {
  return (volume.projected?.sources ?? []).some((source) => source.serviceAccountToken);
}
