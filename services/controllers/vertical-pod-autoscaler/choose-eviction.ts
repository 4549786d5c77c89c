// The VPA updater's choice for Recreate and Auto (pkg/updater, simplified): a running pod whose
// request of a controlled resource lies outside the recommendation's [lowerBound, upperBound] is
// evicted so its replacement is admitted with the target, one pod per pass, and only while the
// target has at least updatePolicy.minReplicas (default 2) running pods.
import type { troupe } from "../../../proto/gen/troupe.js";
import { parseQuantity } from "../../../runtime/quantity.ts";
import { controlledResources, isOff, policyFor } from "./container-policy.ts";

type Pod = troupe.v1.Pod.$Properties;
type Vpa = troupe.v1.VerticalPodAutoscaler.$Properties;

export const DEFAULT_UPDATER_MIN_REPLICAS = 2;

/** Why the pod's container is out of bounds ("cpu request 10m below lowerBound 25m"), or undefined. */
export function outOfBounds(pod: Pod, vpa: Vpa): string | undefined {
  for (const container of pod.spec?.containers ?? []) {
    const recommendation = vpa.status?.recommendation?.containerRecommendations?.find((each) => each.containerName === container.name);
    const policy = policyFor(vpa.spec?.resourcePolicy, container.name ?? "");
    if (!recommendation || isOff(policy)) continue;
    for (const resource of controlledResources(policy)) {
      const request = container.resources?.requests?.[resource];
      const lower = recommendation.lowerBound?.[resource];
      const upper = recommendation.upperBound?.[resource];
      if (request === undefined) {
        if (lower !== undefined) return `${container.name}: no ${resource} request`;
        continue;
      }
      if (lower !== undefined && parseQuantity(request) < parseQuantity(lower)) return `${container.name}: ${resource} request ${request} below lowerBound ${lower}`;
      if (upper !== undefined && parseQuantity(request) > parseQuantity(upper)) return `${container.name}: ${resource} request ${request} above upperBound ${upper}`;
    }
  }
  return undefined;
}

export function chooseEviction<P extends Pod>(pods: readonly P[], vpa: Vpa): { pod: P; reason: string } | undefined {
  const mode = vpa.spec?.updatePolicy?.updateMode ?? "Auto";
  if (mode !== "Recreate" && mode !== "Auto") return undefined;
  const running = pods.filter((pod) => pod.status?.phase === "Running" && !pod.metadata?.deletionTimestamp);
  if (running.length < (vpa.spec?.updatePolicy?.minReplicas ?? DEFAULT_UPDATER_MIN_REPLICAS)) return undefined;
  for (const pod of running) {
    const reason = outOfBounds(pod, vpa);
    if (reason) return { pod, reason };
  }
  return undefined;
}
