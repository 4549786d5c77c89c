// A pod's quality of service class, by Kubernetes' rules (GetPodQOS): set by the API at creation,
// from the cpu and memory requests and limits of all its containers (init containers included).
import { parseQuantity } from "../../../runtime/quantity.ts";
import type { troupe } from "../../../proto/gen/troupe.js";

type PodSpec = troupe.v1.PodSpec.$Properties;

export type QosClass = "Guaranteed" | "Burstable" | "BestEffort";

const QOS_RESOURCES = ["cpu", "memory"] as const;

export function podQosClass(spec: PodSpec | null | undefined): QosClass {
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let guaranteed = true;
  for (const container of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])]) {
    for (const name of QOS_RESOURCES) {
      const request = positive(container.resources?.requests?.[name]);
      if (request !== undefined) requests.set(name, (requests.get(name) ?? 0) + request);
      const limit = positive(container.resources?.limits?.[name]);
      if (limit !== undefined) limits.set(name, (limits.get(name) ?? 0) + limit);
      else guaranteed = false;
    }
  }
  if (requests.size === 0 && limits.size === 0) return "BestEffort";
  if (guaranteed && requests.size === limits.size) {
    for (const [name, request] of requests) {
      if (!same(limits.get(name), request)) return "Burstable";
    }
    return "Guaranteed";
  }
  return "Burstable";
}

function positive(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  try {
    const value = parseQuantity(text);
    return value > 0 ? value : undefined;
  } catch {
    return undefined; // validation reports malformed quantities
  }
}

// Sums of decimal quantities in floating point: equal to a part in a billion is equal.
function same(a: number | undefined, b: number): boolean {
  return a !== undefined && Math.abs(a - b) <= Math.abs(b) * 1e-9;
}
