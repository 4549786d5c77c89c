// The scale subresource: GET and PUT of autoscaling/v1 Scale views of Deployments, ReplicaSets
// and StatefulSets go to the API's getScale and updateScale (services/api/operations/scale.ts).
import type { KubeObject } from "../../../runtime/api-client/types.ts";
import { BadRequestError } from "../../../runtime/api-errors.ts";

/** The replicas a Scale body asks for: a whole number >= 0. */
export function replicasOfScale(scale: KubeObject): number {
  const replicas = (scale.spec as { replicas?: unknown } | undefined)?.replicas;
  if (typeof replicas !== "number" || !Number.isInteger(replicas) || replicas < 0) {
    throw new BadRequestError(`spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be a non-negative integer`);
  }
  return replicas;
}
