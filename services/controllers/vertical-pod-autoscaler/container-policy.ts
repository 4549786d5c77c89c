// Which container policy applies to a container (its own, else "*"), and what it bounds.
import type { troupe } from "../../../proto/gen/troupe.js";
import { ANY_CONTAINER, CONTROLLED_RESOURCES } from "../../../runtime/autoscaling/vpa-modes.ts";
import { parseQuantity } from "../../../runtime/quantity.ts";
import type { Bounds, Resources } from "./recommend.ts";

type ContainerPolicy = troupe.v1.ContainerResourcePolicy.$Properties;
type ResourcePolicy = troupe.v1.PodResourcePolicy.$Properties;

export function policyFor(policy: ResourcePolicy | null | undefined, container: string): ContainerPolicy | undefined {
  const policies = policy?.containerPolicies ?? [];
  return policies.find((each) => each.containerName === container) ?? policies.find((each) => each.containerName === ANY_CONTAINER);
}

function resources(map: Record<string, string> | null | undefined): Partial<Resources> {
  const out: Partial<Resources> = {};
  if (map?.cpu !== undefined) out.cpu = parseQuantity(map.cpu);
  if (map?.memory !== undefined) out.memory = parseQuantity(map.memory);
  return out;
}

export function boundsOf(policy: ContainerPolicy | undefined): Bounds {
  return { min: resources(policy?.minAllowed), max: resources(policy?.maxAllowed) };
}

export function controlledResources(policy: ContainerPolicy | undefined): readonly string[] {
  return policy?.controlledResources?.length ? policy.controlledResources : CONTROLLED_RESOURCES;
}

export function isOff(policy: ContainerPolicy | undefined): boolean {
  return policy?.mode === "Off";
}
