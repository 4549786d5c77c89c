// kubectl's rollout status viewers: one progress line per state of the object, done when the
// rollout is complete, failed on a passed progress deadline or an unsupported strategy.
import type { KubeObject } from "../../runtime/api-client.ts";

export interface RolloutProgress {
  done: boolean;
  message: string;
  /** Set when the rollout cannot finish: status exits non-zero with this as the error. */
  error?: string;
}

interface WorkloadView {
  metadata?: { name?: string; generation?: number };
  spec?: { replicas?: number; updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } } };
  status?: Record<string, unknown> & { observedGeneration?: number; conditions?: { type: string; reason?: string }[] };
}

const num = (value: unknown) => (typeof value === "number" ? value : 0);

export function deploymentProgress(object: KubeObject): RolloutProgress {
  const d = object as unknown as WorkloadView;
  const name = d.metadata?.name ?? "";
  const status = d.status ?? {};
  if (num(d.metadata?.generation) > num(status.observedGeneration)) return { done: false, message: "Waiting for deployment spec update to be observed..." };
  if (status.conditions?.find((c) => c.type === "Progressing")?.reason === "ProgressDeadlineExceeded") {
    return { done: true, message: "", error: `deployment "${name}" exceeded its progress deadline` };
  }
  const desired = d.spec?.replicas ?? 1;
  const [updated, replicas, available] = [num(status.updatedReplicas), num(status.replicas), num(status.availableReplicas)];
  const waiting = `Waiting for deployment "${name}" rollout to finish: `;
  if (updated < desired) return { done: false, message: `${waiting}${updated} out of ${desired} new replicas have been updated...` };
  if (replicas > updated) return { done: false, message: `${waiting}${replicas - updated} old replicas are pending termination...` };
  if (available < updated) return { done: false, message: `${waiting}${available} of ${updated} updated replicas are available...` };
  return { done: true, message: `deployment "${name}" successfully rolled out` };
}

const ONLY_ROLLING = "rollout status is only available for RollingUpdate strategy type";

export function statefulSetProgress(object: KubeObject): RolloutProgress {
  const s = object as unknown as WorkloadView;
  const status = s.status ?? {};
  if ((s.spec?.updateStrategy?.type ?? "RollingUpdate") !== "RollingUpdate") return { done: true, message: "", error: ONLY_ROLLING };
  if (num(status.observedGeneration) === 0 || num(s.metadata?.generation) > num(status.observedGeneration)) {
    return { done: false, message: "Waiting for statefulset spec update to be observed..." };
  }
  const replicas = s.spec?.replicas ?? 1;
  const ready = num(status.readyReplicas);
  if (ready < replicas) return { done: false, message: `Waiting for ${replicas - ready} pods to be ready...` };
  const partition = s.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
  const updated = num(status.updatedReplicas);
  if (partition > 0) {
    if (updated < replicas - partition) {
      return { done: false, message: `Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...` };
    }
    return { done: true, message: `partitioned roll out complete: ${updated} new pods have been updated...` };
  }
  if (status.updateRevision !== status.currentRevision) {
    return { done: false, message: `waiting for statefulset rolling update to complete ${updated} pods at revision ${String(status.updateRevision)}...` };
  }
  return { done: true, message: `statefulset rolling update complete ${num(status.currentReplicas)} pods at revision ${String(status.currentRevision)}...` };
}

export function daemonSetProgress(object: KubeObject): RolloutProgress {
  const d = object as unknown as WorkloadView;
  const name = d.metadata?.name ?? "";
  const status = d.status ?? {};
  if ((d.spec?.updateStrategy?.type ?? "RollingUpdate") !== "RollingUpdate") return { done: true, message: "", error: ONLY_ROLLING };
  if (num(d.metadata?.generation) > num(status.observedGeneration)) return { done: false, message: "Waiting for daemon set spec update to be observed..." };
  const desired = num(status.desiredNumberScheduled);
  const waiting = `Waiting for daemon set "${name}" rollout to finish: `;
  if (num(status.updatedNumberScheduled) < desired) return { done: false, message: `${waiting}${num(status.updatedNumberScheduled)} out of ${desired} new pods have been updated...` };
  if (num(status.numberAvailable) < desired) return { done: false, message: `${waiting}${num(status.numberAvailable)} of ${desired} updated pods are available...` };
  return { done: true, message: `daemon set "${name}" successfully rolled out` };
}

const VIEWERS: Record<string, (object: KubeObject) => RolloutProgress> = {
  Deployment: deploymentProgress,
  StatefulSet: statefulSetProgress,
  DaemonSet: daemonSetProgress,
};

export function rolloutProgress(object: KubeObject): RolloutProgress {
  const viewer = VIEWERS[object.kind];
  if (!viewer) return { done: true, message: "", error: `no status viewer has been implemented for ${object.kind}` };
  return viewer(object);
}
