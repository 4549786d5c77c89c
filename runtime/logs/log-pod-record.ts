// What the logs stream needs to know about a pod after it is gone: enough to select it by
// namespace and labels, name its lines ([pod/NAME/CONTAINER]) and tell it from a later pod of the
// same name. Kubelets write one when they start a pod and again when it is deleted.

export interface LogPodRecord {
  namespace: string;
  name: string;
  uid: string;
  node: string;
  labels: Record<string, string>;
  /** App containers in spec order (the first is the default one). */
  containers: string[];
  initContainers: string[];
  /** The kubectl.kubernetes.io/default-container annotation, when set. */
  defaultContainer?: string;
  startedAt: string;
  /** RFC3339 time the pod left the API; absent while it lives. */
  deletedAt?: string;
}

interface PodShape {
  metadata?: { namespace?: string; name?: string; uid?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { nodeName?: string; containers?: { name?: string }[]; initContainers?: { name?: string }[] };
}

export const DEFAULT_CONTAINER_ANNOTATION = "kubectl.kubernetes.io/default-container";

/** The record of `pod` (as the API has it) at `now`. Pure. */
export function logPodRecord(pod: PodShape, now: Date, deleted = false): LogPodRecord {
  const meta = pod.metadata ?? {};
  const defaultContainer = meta.annotations?.[DEFAULT_CONTAINER_ANNOTATION];
  return {
    namespace: meta.namespace ?? "default",
    name: meta.name ?? "",
    uid: meta.uid ?? "",
    node: pod.spec?.nodeName ?? "",
    labels: { ...meta.labels },
    containers: (pod.spec?.containers ?? []).map((container) => container.name ?? ""),
    initContainers: (pod.spec?.initContainers ?? []).map((container) => container.name ?? ""),
    ...(defaultContainer ? { defaultContainer } : {}),
    startedAt: now.toISOString(),
    ...(deleted ? { deletedAt: now.toISOString() } : {}),
  };
}

/** A record read back from the bucket, or undefined when it is not one (another writer's junk). */
export function parseLogPodRecord(data: unknown): LogPodRecord | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const record = data as Partial<LogPodRecord>;
  if (typeof record.namespace !== "string" || typeof record.name !== "string" || typeof record.uid !== "string" || !Array.isArray(record.containers)) return undefined;
  return { labels: {}, initContainers: [], node: "", startedAt: "", ...record } as LogPodRecord;
}
