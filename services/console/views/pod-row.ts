// What the console shows of a pod: one row, built from the object alone (pure).
import type { KubeObject } from "../../../runtime/api-client.ts";

export interface PodRow {
  namespace: string;
  name: string;
  uid: string;
  /** Empty until the scheduler binds it. */
  node: string;
  phase: string;
  /** What kubectl's STATUS column says: the waiting/terminated reason, Terminating, or the phase. */
  status: string;
  ready: string;
  restarts: number;
  podIP: string;
  /** kind/name of the controller that owns it (ReplicaSet/hello-abc), if any. */
  owner: string;
  containers: string[];
  createdAt: string;
  resourceVersion: string;
}

interface ContainerStatusShape {
  name?: string;
  ready?: boolean;
  restartCount?: number;
  state?: { waiting?: { reason?: string }; terminated?: { reason?: string }; running?: object };
}

interface PodShape {
  metadata?: { namespace?: string; name?: string; uid?: string; deletionTimestamp?: string; creationTimestamp?: string; resourceVersion?: string; ownerReferences?: { kind?: string; name?: string; controller?: boolean }[] };
  spec?: { nodeName?: string; containers?: { name: string }[] };
  status?: { phase?: string; reason?: string; podIP?: string; containerStatuses?: ContainerStatusShape[] };
}

export function podRow(object: KubeObject): PodRow {
  const pod = object as PodShape;
  const statuses = pod.status?.containerStatuses ?? [];
  const containers = (pod.spec?.containers ?? []).map((container) => container.name);
  const owner = pod.metadata?.ownerReferences?.find((reference) => reference.controller) ?? pod.metadata?.ownerReferences?.[0];
  return {
    namespace: pod.metadata?.namespace ?? "",
    name: pod.metadata?.name ?? "",
    uid: pod.metadata?.uid ?? "",
    node: pod.spec?.nodeName ?? "",
    phase: pod.status?.phase ?? "Pending",
    status: podStatus(pod),
    ready: `${statuses.filter((status) => status.ready).length}/${containers.length}`,
    restarts: statuses.reduce((sum, status) => sum + (status.restartCount ?? 0), 0),
    podIP: pod.status?.podIP ?? "",
    owner: owner?.kind && owner.name ? `${owner.kind}/${owner.name}` : "",
    containers,
    createdAt: pod.metadata?.creationTimestamp ?? "",
    resourceVersion: pod.metadata?.resourceVersion ?? "",
  };
}

function podStatus(pod: PodShape): string {
  if (pod.metadata?.deletionTimestamp) return "Terminating";
  for (const status of pod.status?.containerStatuses ?? []) {
    const reason = status.state?.waiting?.reason ?? status.state?.terminated?.reason;
    if (reason) return reason;
  }
  return pod.status?.reason ?? pod.status?.phase ?? "Pending";
}
