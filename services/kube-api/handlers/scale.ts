// The scale subresource: autoscaling/v1 Scale views of Deployments, ReplicaSets and StatefulSets.
import type { KubeObject } from "../../../runtime/api-client/types.ts";
import { BadRequestError } from "../../../runtime/api-errors.ts";

interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** A label selector in its string form, as Scale.status.selector carries it. */
export function selectorString(selector: Selector | undefined): string {
  if (!selector) return "";
  const parts = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`);
  for (const expression of selector.matchExpressions ?? []) {
    const values = (expression.values ?? []).join(",");
    if (expression.operator === "In") parts.push(`${expression.key} in (${values})`);
    else if (expression.operator === "NotIn") parts.push(`${expression.key} notin (${values})`);
    else if (expression.operator === "Exists") parts.push(expression.key);
    else if (expression.operator === "DoesNotExist") parts.push(`!${expression.key}`);
  }
  return parts.join(",");
}

export function scaleOf(object: KubeObject): KubeObject {
  const spec = (object.spec ?? {}) as { replicas?: number; selector?: Selector };
  const status = (object.status ?? {}) as { replicas?: number };
  const meta = object.metadata ?? {};
  return {
    kind: "Scale",
    apiVersion: "autoscaling/v1",
    metadata: { name: meta.name, namespace: meta.namespace, uid: meta.uid, resourceVersion: meta.resourceVersion, creationTimestamp: meta.creationTimestamp },
    spec: { replicas: spec.replicas ?? 1 },
    status: { replicas: status.replicas ?? 0, selector: selectorString(spec.selector) },
  };
}

/** The object with the replicas a Scale asks for, at the Scale's resourceVersion when it has one. */
export function applyScale(object: KubeObject, scale: KubeObject): KubeObject {
  const replicas = (scale.spec as { replicas?: unknown } | undefined)?.replicas;
  if (typeof replicas !== "number" || !Number.isInteger(replicas) || replicas < 0) {
    throw new BadRequestError(`spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be a non-negative integer`);
  }
  const resourceVersion = scale.metadata?.resourceVersion || object.metadata?.resourceVersion;
  return { ...object, metadata: { ...object.metadata, resourceVersion }, spec: { ...(object.spec as object), replicas } };
}
