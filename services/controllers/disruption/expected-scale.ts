// The scale a budget's percentages are taken of: the replicas of the controllers of its pods, each
// controller counted once (Kubernetes' getExpectedScale). A ReplicaSet run by a Deployment counts
// with the Deployment's replicas, so a rollout's two ReplicaSets do not double the scale.
import type { Pod } from "./types.ts";

export interface ControllerRef {
  kind: string;
  name: string;
  uid: string;
}

export interface ScaleOf {
  /** The controller's desired replicas and its own controller, or undefined when it is gone. */
  (namespace: string, ref: ControllerRef): { replicas: number; controller?: ControllerRef } | undefined;
}

function controllerOf(pod: Pod): ControllerRef | undefined {
  const ref = (pod.metadata?.ownerReferences ?? []).find((owner) => owner.controller);
  return ref ? { kind: ref.kind ?? "", name: ref.name ?? "", uid: ref.uid ?? "" } : undefined;
}

/**
 * Sum of the replicas of the pods' topmost scalable controllers. Kubernetes refuses to compute a
 * percentage for pods without a controller; here such a pod counts one, as a replica of itself.
 */
export function expectedScale(namespace: string, pods: readonly Pod[], scaleOf: ScaleOf): number {
  const counted = new Map<string, number>();
  let unowned = 0;
  for (const pod of pods) {
    let ref = controllerOf(pod);
    if (!ref) {
      unowned++;
      continue;
    }
    let scale = scaleOf(namespace, ref);
    if (scale?.controller?.kind === "Deployment") {
      const parent = scaleOf(namespace, scale.controller);
      if (parent) {
        ref = scale.controller;
        scale = parent;
      }
    }
    if (!scale) {
      unowned++;
      continue;
    }
    counted.set(ref.uid || `${ref.kind}/${ref.name}`, scale.replicas);
  }
  return unowned + [...counted.values()].reduce((sum, replicas) => sum + replicas, 0);
}
