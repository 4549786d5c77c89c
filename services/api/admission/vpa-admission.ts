// The VPA's admission step on pod create (the VPA admission controller's job, done in the API):
// a pod owned (pod -> ReplicaSet -> Deployment, or a StatefulSet / DaemonSet) by the target of a
// VerticalPodAutoscaler in mode Initial, Recreate or Auto gets the recommended requests of its
// containers; with controlledValues RequestsAndLimits (the default) limits move in proportion,
// with RequestsOnly requests stay under their limits. The pod is annotated vpaUpdates (what was
// set, by which VPA) as the VPA admission does. Off leaves the pod alone.
import type { troupe } from "../../../proto/gen/troupe.js";
import { ANY_CONTAINER, CONTROLLED_RESOURCES, DEFAULT_UPDATE_MODE } from "../../../runtime/autoscaling/vpa-modes.ts";
import { findResourceByKindOnly, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import { parseQuantity } from "../../../runtime/quantity.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../api-context.ts";

export const VPA_UPDATES_ANNOTATION = "vpaUpdates";
export const VPA_OBSERVED_CONTAINERS_ANNOTATION = "vpaObservedContainers";

type Pod = troupe.v1.Pod.$Properties & ApiObject;
type Container = troupe.v1.Container.$Properties;
type Recommendation = troupe.v1.RecommendedContainerResources.$Properties;
type ContainerPolicy = troupe.v1.ContainerResourcePolicy.$Properties;
interface Owner { kind: string; name: string }

/** The pod's controllers up the chain: its ReplicaSet, that ReplicaSet's Deployment, ... */
async function ownerChain(ctx: ApiContext, namespace: string, object: ApiObject): Promise<Owner[]> {
  const chain: Owner[] = [];
  let current: ApiObject | undefined = object;
  for (let depth = 0; current && depth < 3; depth += 1) {
    const controller: { kind?: string | null; name?: string | null } | undefined = (current.metadata?.ownerReferences ?? []).find((reference) => reference.controller);
    if (!controller?.kind || !controller.name) break;
    chain.push({ kind: controller.kind, name: controller.name });
    const info = findResourceByKindOnly(controller.kind);
    current = info ? (await ctx.repo.get(info, namespace, controller.name))?.object : undefined;
  }
  return chain;
}

/** A quantity scaled by a ratio: CPU in millicores, memory in bytes, rounded up (after dropping
 * floating-point noise: 200m x 204m / 50m is 816m, not the 817m that 816.0000000000001 rounds up to). */
function scaled(resource: string, value: number): string {
  const units = resource === "cpu" ? value * 1000 : value;
  const rounded = Math.ceil(Number(units.toFixed(6)));
  return resource === "cpu" ? `${rounded}m` : String(rounded);
}

/** The container's new resources and which ones changed ("cpu request", "memory limit"). */
export function applyRecommendation(container: Container, recommendation: Recommendation, policy: ContainerPolicy | undefined): string[] {
  if (policy?.mode === "Off") return [];
  const controlled = policy?.controlledResources?.length ? policy.controlledResources : CONTROLLED_RESOURCES;
  const requestsAndLimits = (policy?.controlledValues ?? "RequestsAndLimits") === "RequestsAndLimits";
  const resources = (container.resources ??= {});
  const requests = (resources.requests ??= {});
  const limits = (resources.limits ??= {});
  const changed: string[] = [];
  for (const resource of controlled) {
    const target = recommendation.target?.[resource];
    if (target === undefined) continue;
    const wanted = parseQuantity(target);
    const oldRequest = requests[resource] !== undefined ? parseQuantity(requests[resource]) : limits[resource] !== undefined ? parseQuantity(limits[resource]) : undefined;
    const limit = limits[resource] !== undefined ? parseQuantity(limits[resource]) : undefined;
    if (limit !== undefined && requestsAndLimits && oldRequest) {
      limits[resource] = scaled(resource, (limit * wanted) / oldRequest);
      changed.push(`${resource} limit`);
    }
    requests[resource] = limit !== undefined && !requestsAndLimits && wanted > limit ? limits[resource] : target;
    changed.push(`${resource} request`);
  }
  return changed;
}

export async function admitVerticalPodAutoscaler(ctx: ApiContext, info: ResourceInfo, object: ApiObject): Promise<void> {
  if (info.kind !== "Pod") return;
  const namespace = object.metadata?.namespace ?? "default";
  // From the API's VPA informer (vpa-lister.ts): no store round trip on a pod create.
  const active = ctx.vpas.inNamespace(namespace).filter((vpa) => (vpa.spec?.updatePolicy?.updateMode ?? DEFAULT_UPDATE_MODE) !== "Off" && vpa.status?.recommendation?.containerRecommendations?.length);
  if (active.length === 0) return;
  const chain = await ownerChain(ctx, namespace, object);
  const vpa = active.find((each) => chain.some((owner) => owner.kind === each.spec?.targetRef?.kind && owner.name === each.spec?.targetRef?.name));
  if (!vpa) return;
  const pod = object as Pod;
  const policies = vpa.spec?.resourcePolicy?.containerPolicies ?? [];
  const updates: string[] = [];
  (pod.spec?.containers ?? []).forEach((container, index) => {
    const recommendation = vpa.status?.recommendation?.containerRecommendations?.find((each) => each.containerName === container.name);
    if (!recommendation) return;
    const policy = policies.find((each) => each.containerName === container.name) ?? policies.find((each) => each.containerName === ANY_CONTAINER);
    const changed = applyRecommendation(container, recommendation, policy);
    if (changed.length > 0) updates.push(`container ${index}: ${changed.join(", ")}`);
  });
  if (updates.length === 0) return;
  const annotations = ((pod.metadata ??= {}).annotations ??= {});
  annotations[VPA_UPDATES_ANNOTATION] = `Pod resources updated by ${vpa.metadata?.name}: ${updates.join("; ")}`;
  annotations[VPA_OBSERVED_CONTAINERS_ANNOTATION] = (pod.spec?.containers ?? []).map((container) => container.name).join(", ");
}
