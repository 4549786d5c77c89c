// A workload's rollout progress as the console shows it: desired, updated, ready and available
// replicas (pure). Deployments, ReplicaSets, StatefulSets and DaemonSets each count differently.
import type { KubeObject } from "../../../runtime/api-client.ts";

export type WorkloadKind = "Deployment" | "ReplicaSet" | "StatefulSet" | "DaemonSet";

export interface WorkloadRow {
  kind: WorkloadKind;
  namespace: string;
  name: string;
  desired: number;
  updated: number;
  ready: number;
  available: number;
  /** Every desired replica updated and available, and the controller has seen the latest spec. */
  complete: boolean;
  /** kind/name of the owner (a ReplicaSet's Deployment). */
  owner: string;
}

interface WorkloadShape {
  metadata?: { namespace?: string; name?: string; generation?: number; ownerReferences?: { kind?: string; name?: string }[] };
  spec?: { replicas?: number };
  status?: Record<string, number | undefined> & { observedGeneration?: number };
}

export function workloadRow(kind: WorkloadKind, object: KubeObject): WorkloadRow {
  const workload = object as WorkloadShape;
  const status = workload.status ?? {};
  const count = (field: string) => Number(status[field] ?? 0);
  let desired: number;
  let updated: number;
  let ready: number;
  let available: number;
  if (kind === "DaemonSet") {
    desired = count("desiredNumberScheduled");
    updated = count("updatedNumberScheduled");
    ready = count("numberReady");
    available = count("numberAvailable");
  } else {
    desired = workload.spec?.replicas ?? 1;
    // A ReplicaSet's pods are all of its one template.
    updated = kind === "ReplicaSet" ? count("replicas") : count("updatedReplicas");
    ready = count("readyReplicas");
    available = kind === "StatefulSet" ? count("availableReplicas") || count("readyReplicas") : count("availableReplicas");
  }
  const observed = status.observedGeneration === undefined || workload.metadata?.generation === undefined || status.observedGeneration >= workload.metadata.generation;
  const owner = workload.metadata?.ownerReferences?.[0];
  return {
    kind,
    namespace: workload.metadata?.namespace ?? "",
    name: workload.metadata?.name ?? "",
    desired,
    updated,
    ready,
    available,
    complete: observed && updated >= desired && available >= desired,
    owner: owner?.kind && owner.name ? `${owner.kind}/${owner.name}` : "",
  };
}
