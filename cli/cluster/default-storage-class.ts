// The StorageClass `troupe up` creates once the API answers: `standard`, served by each node's
// local-path provisioner, WaitForFirstConsumer (the volume is made on the node the scheduler
// picks), reclaim policy Delete, and marked default so claims without a class get it (k3s ships
// its `local-path` class the same way). An existing class of that name is left as it is.
import { JsonApiClient, type KubeObject } from "../../runtime/api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import { createLogger } from "../../runtime/log.ts";
import type { NatsClientSecurity } from "../../runtime/nats-client-security.ts";
import { connectNats } from "../../runtime/nats-connection.ts";
import { DEFAULT_STORAGE_CLASS_NAME, LOCAL_PATH_PROVISIONER, StorageAnnotations } from "../../runtime/volumes/well-known.ts";

export function defaultStorageClass(): KubeObject {
  return {
    apiVersion: "storage.k8s.io/v1",
    kind: "StorageClass",
    metadata: { name: DEFAULT_STORAGE_CLASS_NAME, annotations: { [StorageAnnotations.isDefaultClass]: "true" } },
    provisioner: LOCAL_PATH_PROVISIONER,
    reclaimPolicy: "Delete",
    volumeBindingMode: "WaitForFirstConsumer",
    allowVolumeExpansion: false,
  };
}

export async function ensureDefaultStorageClass(natsUrl: string, security: NatsClientSecurity = {}): Promise<void> {
  const logger = createLogger("nats", {}, { level: "error" });
  const nc = await connectNats({ servers: natsUrl, name: "troupe-up-bootstrap", logger, security });
  try {
    await new JsonApiClient(nc, { timeoutMs: 5000 }).create(defaultStorageClass());
  } catch (error) {
    if (!(error instanceof ApiError && error.reason === "AlreadyExists")) throw error;
  } finally {
    await nc.close();
  }
}
