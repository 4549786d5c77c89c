// LimitRange admission, as Kubernetes' LimitRanger plugin: a new pod's containers get the
// namespace's default limits and requests where they set none, then every item's min, max and
// maxLimitRequestRatio are checked per Container, per Pod (sums) and per PersistentVolumeClaim
// (storage). Pure: takes the namespace's LimitRanges, mutates the object, returns the refusals.
import { parseQuantity } from "../../../../runtime/quantity.ts";
import { formatQuantity } from "../../../../runtime/quantity-format.ts";
import type { troupe } from "../../../../proto/gen/troupe.js";

type LimitRange = troupe.v1.LimitRange.$Properties;
type LimitRangeItem = troupe.v1.LimitRangeItem.$Properties;
type Pod = troupe.v1.Pod.$Properties;
type Container = troupe.v1.Container.$Properties;
type Claim = troupe.v1.PersistentVolumeClaim.$Properties;
type Quantities = Record<string, string>;

/** Kubernetes' LimitRange item defaulting (when the LimitRange is stored): max → default → defaultRequest, min → defaultRequest. */
export function defaultLimitRange(range: LimitRange): void {
  for (const item of range.spec?.limits ?? []) {
    if (item.type !== "Container") continue;
    item.default = { ...item.max, ...item.default };
    item.defaultRequest = { ...item.min, ...item.default, ...item.defaultRequest };
  }
}

/** Fills in missing requests and limits from the Container items' default/defaultRequest. */
export function applyLimitRangeDefaults(pod: Pod, ranges: readonly LimitRange[]): void {
  const items = containerItems(ranges);
  for (const container of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
    const resources = (container.resources ??= {});
    let limits: Quantities = { ...resources.limits };
    let requests: Quantities = { ...resources.requests };
    for (const item of items) {
      limits = { ...item.default, ...limits };
      requests = { ...item.defaultRequest, ...requests };
    }
    // Replaced rather than written into: a decoded message may share a frozen empty map.
    resources.limits = limits;
    resources.requests = requests;
  }
}

/** The refusals of a pod against the namespace's Container and Pod items, in Kubernetes' words. */
export function checkPodLimits(pod: Pod, ranges: readonly LimitRange[]): string[] {
  const problems: string[] = [];
  const containers = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  for (const item of items(ranges, "Container")) {
    for (const container of containers) problems.push(...checkItem("Container", item, requestsOf(container), limitsOf(container)));
  }
  const podItems = items(ranges, "Pod");
  if (podItems.length > 0) {
    const requests = sum(containers.map(requestsOf));
    const limits = sum(containers.map(limitsOf));
    for (const item of podItems) problems.push(...checkItem("Pod", item, requests, limits));
  }
  return problems;
}

/** The refusals of a claim against the namespace's PersistentVolumeClaim items (storage min/max). */
export function checkClaimLimits(claim: Claim, ranges: readonly LimitRange[]): string[] {
  const requests = { ...claim.spec?.resources?.requests };
  const limits = { ...claim.spec?.resources?.limits };
  const problems: string[] = [];
  for (const item of items(ranges, "PersistentVolumeClaim")) {
    for (const [resource, min] of Object.entries(item.min ?? {})) {
      const request = requests[resource];
      if (request === undefined) problems.push(`minimum ${resource} usage per PersistentVolumeClaim is ${min}.  No request is specified`);
      else if (value(request) < value(min)) problems.push(`minimum ${resource} usage per PersistentVolumeClaim is ${min}, but request is ${request}`);
    }
    for (const [resource, max] of Object.entries(item.max ?? {})) {
      const request = requests[resource];
      if (request === undefined) problems.push(`maximum ${resource} usage per PersistentVolumeClaim is ${max}.  No request is specified`);
      else if (value(request) > value(max)) problems.push(`maximum ${resource} usage per PersistentVolumeClaim is ${max}, but request is ${request}`);
      const limit = limits[resource];
      if (limit !== undefined && value(limit) > value(max)) problems.push(`maximum ${resource} usage per PersistentVolumeClaim is ${max}, but limit is ${limit}`);
    }
  }
  return problems;
}

function checkItem(kind: "Container" | "Pod", item: LimitRangeItem, requests: Quantities, limits: Quantities): string[] {
  const problems: string[] = [];
  for (const [resource, min] of Object.entries(item.min ?? {})) {
    const request = requests[resource];
    const limit = limits[resource];
    if (request === undefined) problems.push(`minimum ${resource} usage per ${kind} is ${min}.  No request is specified`);
    else if (value(request) < value(min)) problems.push(`minimum ${resource} usage per ${kind} is ${min}, but request is ${request}`);
    if (limit !== undefined && value(limit) < value(min)) problems.push(`minimum ${resource} usage per ${kind} is ${min}, but limit is ${limit}`);
  }
  for (const [resource, max] of Object.entries(item.max ?? {})) {
    const limit = limits[resource];
    if (limit === undefined) problems.push(`maximum ${resource} usage per ${kind} is ${max}.  No limit is specified`);
    else if (value(limit) > value(max)) problems.push(`maximum ${resource} usage per ${kind} is ${max}, but limit is ${limit}`);
  }
  for (const [resource, ratio] of Object.entries(item.maxLimitRequestRatio ?? {})) {
    const request = requests[resource];
    const limit = limits[resource];
    if (limit === undefined) {
      problems.push(`${resource} max limit to request ratio per ${kind} is ${ratio}, but no limit is specified`);
      continue;
    }
    if (request === undefined || value(request) === 0) {
      problems.push(`${resource} max limit to request ratio per ${kind} is ${ratio}, but no request is specified or request is 0`);
      continue;
    }
    const provided = value(limit) / value(request);
    if (provided > value(ratio)) problems.push(`${resource} max limit to request ratio per ${kind} is ${ratio}, but provided ratio is ${provided.toFixed(6)}`);
  }
  return problems;
}

function items(ranges: readonly LimitRange[], type: string): LimitRangeItem[] {
  return ranges.flatMap((range) => range.spec?.limits ?? []).filter((item) => item.type === type);
}

function containerItems(ranges: readonly LimitRange[]): LimitRangeItem[] {
  return items(ranges, "Container");
}

function requestsOf(container: Container): Quantities {
  return { ...container.resources?.requests };
}

function limitsOf(container: Container): Quantities {
  return { ...container.resources?.limits };
}

// A pod's totals: a resource counts only when every container sets it (else the sum is unbounded
// for limits, and Kubernetes reports it as not specified).
function sum(all: Quantities[]): Quantities {
  if (all.length === 0) return {};
  const names = new Set(all.flatMap((quantities) => Object.keys(quantities)));
  const total: Quantities = {};
  for (const name of names) {
    if (all.some((quantities) => quantities[name] === undefined)) continue;
    total[name] = formatQuantity(all.reduce((acc, quantities) => acc + value(quantities[name]), 0));
  }
  return total;
}

function value(text: string): number {
  try {
    return parseQuantity(text);
  } catch {
    return Number.NaN;
  }
}
