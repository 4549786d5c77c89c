// The numbers a Deployment's strategy resolves to: desired replicas, maxSurge and
// maxUnavailable, with Kubernetes' rounding (surge rounds up, unavailability rounds down, so a
// percentage never makes a rollout both slower and less safe than the user asked).
import type { Deployment, IntOrString } from "./types.ts";
import { DeploymentAnnotations, DeploymentStrategies } from "./well-known.ts";

export function desiredReplicas(deployment: Deployment): number {
  return deployment.spec?.replicas ?? 1;
}

export function isRollingUpdate(deployment: Deployment): boolean {
  // The API defaults an empty type to RollingUpdate; read an undefaulted object the same way.
  return (deployment.spec?.strategy?.type || DeploymentStrategies.rollingUpdate) === DeploymentStrategies.rollingUpdate;
}

/** An absolute number, or a percentage of `total` (Kubernetes' GetScaledValueFromIntOrPercent). */
export function scaledValue(value: IntOrString | null | undefined, total: number, roundUp: boolean): number {
  if (typeof value?.strVal === "string" && value.strVal !== "") {
    const percent = /^(\d+)%$/.exec(value.strVal);
    // Validation rejects anything else; an unreadable value allows nothing rather than everything.
    if (!percent) return 0;
    const scaled = (Number(percent[1]) * total) / 100;
    return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
  }
  return value?.intVal ?? 0;
}

/** maxSurge and maxUnavailable; both 0 would stall a rollout, so maxUnavailable becomes 1. */
export function resolveFenceposts(deployment: Deployment): { surge: number; unavailable: number } {
  const desired = desiredReplicas(deployment);
  const rollingUpdate = deployment.spec?.strategy?.rollingUpdate;
  const surge = scaledValue(rollingUpdate?.maxSurge, desired, true);
  const unavailable = scaledValue(rollingUpdate?.maxUnavailable, desired, false);
  return surge === 0 && unavailable === 0 ? { surge, unavailable: 1 } : { surge, unavailable };
}

export function maxSurge(deployment: Deployment): number {
  return isRollingUpdate(deployment) ? resolveFenceposts(deployment).surge : 0;
}

/** How many of the desired replicas may be unavailable during a rollout; never more than desired. */
export function maxUnavailable(deployment: Deployment): number {
  const desired = desiredReplicas(deployment);
  if (!isRollingUpdate(deployment) || desired === 0) return 0;
  return Math.min(resolveFenceposts(deployment).unavailable, desired);
}

/** The annotations a Deployment writes on every ReplicaSet it scales (read back by rollout). */
export function replicasAnnotations(deployment: Deployment): Record<string, string> {
  const desired = desiredReplicas(deployment);
  return {
    [DeploymentAnnotations.desiredReplicas]: String(desired),
    [DeploymentAnnotations.maxReplicas]: String(desired + maxSurge(deployment)),
  };
}
