// How many pods a ReplicaSet must create, and which to delete, given the pods it owns: pure,
// so the reconciler only applies the decision.
import { isActive, isReady, restartCount } from "./pod-state.ts";
import type { Pod } from "./types.ts";

export interface ScaleDecision {
  create: number;
  /** Pods to delete, the cheapest to lose first. */
  delete: Pod[];
}

/** Kubernetes deletes these first: least progress is lost (controller.ActivePods ordering). */
const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

export function deletionOrder(a: Pod, b: Pod): number {
  const assigned = Number(Boolean(a.spec?.nodeName)) - Number(Boolean(b.spec?.nodeName));
  if (assigned !== 0) return assigned;
  const phase = (PHASE_RANK[a.status?.phase ?? "Pending"] ?? 0) - (PHASE_RANK[b.status?.phase ?? "Pending"] ?? 0);
  if (phase !== 0) return phase;
  const ready = Number(isReady(a)) - Number(isReady(b));
  if (ready !== 0) return ready;
  const restarts = restartCount(b) - restartCount(a);
  if (restarts !== 0) return restarts;
  // Newer pods first: they have done the least work.
  return (b.metadata?.creationTimestamp ?? "").localeCompare(a.metadata?.creationTimestamp ?? "");
}

export function decideScale(desired: number, owned: Pod[]): ScaleDecision {
  const active = owned.filter(isActive);
  if (active.length < desired) return { create: desired - active.length, delete: [] };
  if (active.length > desired) return { create: 0, delete: [...active].sort(deletionOrder).slice(0, active.length - desired) };
  return { create: 0, delete: [] };
}
