// What a PodDisruptionBudget's status should be, from its spec, the pods its selector matches and
// the scale of their controllers: Kubernetes' disruption controller (pkg/controller/disruption),
// as pure functions so they are table-tested without NATS.
import type { Condition, IntOrString, Pod, PodDisruptionBudget, PodDisruptionBudgetStatus } from "./types.ts";

/** How long an eviction's entry in status.disruptedPods waits for the pod's deletion to show up. */
export const DISRUPTED_POD_TIMEOUT_MS = 2 * 60 * 1000;

export const DISRUPTION_ALLOWED_CONDITION = "DisruptionAllowed";

export function isPodReady(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");
}

/** A count, or a percent of `total` rounded up (GetScaledValueFromIntOrPercent with roundUp). */
export function scaledValueRoundUp(value: IntOrString | null | undefined, total: number): number {
  if (typeof value?.strVal === "string" && value.strVal !== "") {
    const percent = /^(\d+)%$/.exec(value.strVal);
    // Validation refuses anything else; an unreadable value is read as 0.
    return percent ? Math.ceil((Number(percent[1]) * total) / 100) : 0;
  }
  return value?.intVal ?? 0;
}

function isPercent(value: IntOrString | null | undefined): boolean {
  return typeof value?.strVal === "string" && value.strVal !== "";
}

function isSet(value: IntOrString | null | undefined): value is IntOrString {
  return typeof value?.intVal === "number" || isPercent(value);
}

export interface ExpectedAndDesired {
  expectedPods: number;
  desiredHealthy: number;
}

/**
 * expectedPods and desiredHealthy as Kubernetes computes them: a count minAvailable needs no
 * scale (expected = the matching pods); a percent, or maxUnavailable, is taken of `scale`, the
 * sum of the matching pods' controllers' replicas.
 */
export function expectedAndDesired(budget: PodDisruptionBudget, matchingPods: number, scale: number): ExpectedAndDesired {
  const { minAvailable, maxUnavailable } = budget.spec ?? {};
  if (isSet(maxUnavailable)) {
    return { expectedPods: scale, desiredHealthy: Math.max(0, scale - scaledValueRoundUp(maxUnavailable, scale)) };
  }
  if (isPercent(minAvailable)) return { expectedPods: scale, desiredHealthy: scaledValueRoundUp(minAvailable, scale) };
  return { expectedPods: matchingPods, desiredHealthy: minAvailable?.intVal ?? 0 };
}

export interface DisruptedPods {
  /** The entries to keep: pods admitted for eviction whose deletion has not shown up yet. */
  kept: Record<string, string>;
  /** When the earliest kept entry expires (ms since the epoch), to look again then. */
  nextExpiryMs?: number;
}

/** Drops entries of pods now gone or being deleted, and entries older than the timeout. */
export function pruneDisruptedPods(disrupted: Readonly<Record<string, string>> | null | undefined, pods: readonly Pod[], nowMs: number): DisruptedPods {
  const byName = new Map(pods.map((pod) => [pod.metadata?.name ?? "", pod]));
  const kept: Record<string, string> = {};
  let nextExpiryMs: number | undefined;
  for (const [name, when] of Object.entries(disrupted ?? {})) {
    const pod = byName.get(name);
    if (!pod || pod.metadata?.deletionTimestamp) continue;
    const expiry = Date.parse(when) + DISRUPTED_POD_TIMEOUT_MS;
    if (Number.isNaN(expiry) || expiry <= nowMs) continue;
    kept[name] = when;
    nextExpiryMs = nextExpiryMs === undefined ? expiry : Math.min(nextExpiryMs, expiry);
  }
  return { kept, nextExpiryMs };
}

/** Ready matching pods, not being deleted and not already admitted for eviction. */
export function countHealthy(pods: readonly Pod[], disrupted: Readonly<Record<string, string>>): number {
  return pods.filter((pod) => !pod.metadata?.deletionTimestamp && !Object.hasOwn(disrupted, pod.metadata?.name ?? "") && isPodReady(pod)).length;
}

export interface BudgetInputs {
  budget: PodDisruptionBudget;
  /** The pods of the budget's namespace its selector matches. */
  pods: readonly Pod[];
  /** Sum of the replicas of the matching pods' controllers (pods without one count one each). */
  scale: number;
  nowMs: number;
}

export interface BudgetDecision {
  status: PodDisruptionBudgetStatus;
  /** Look again at this time (an entry of disruptedPods expires), in ms since the epoch. */
  recheckAtMs?: number;
}

function disruptionAllowedCondition(allowed: boolean, generation: number, previous: readonly Condition[], now: string): Condition {
  const status = allowed ? "True" : "False";
  const old = previous.find((condition) => condition.type === DISRUPTION_ALLOWED_CONDITION);
  return {
    type: DISRUPTION_ALLOWED_CONDITION,
    status,
    reason: allowed ? "SufficientPods" : "InsufficientPods",
    message: "",
    observedGeneration: generation,
    lastTransitionTime: old?.status === status && old.lastTransitionTime ? old.lastTransitionTime : now,
  };
}

/** The budget's status: Kubernetes' disruptionsAllowed = max(0, currentHealthy - desiredHealthy), 0 when no pods are expected. */
export function decideBudgetStatus({ budget, pods, scale, nowMs }: BudgetInputs): BudgetDecision {
  const { kept, nextExpiryMs } = pruneDisruptedPods(budget.status?.disruptedPods, pods, nowMs);
  const { expectedPods, desiredHealthy } = expectedAndDesired(budget, pods.length, scale);
  const currentHealthy = countHealthy(pods, kept);
  const disruptionsAllowed = expectedPods <= 0 ? 0 : Math.max(0, currentHealthy - desiredHealthy);
  const generation = Number(budget.metadata?.generation ?? 0);
  const now = new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, "Z");
  const others = (budget.status?.conditions ?? []).filter((condition) => condition.type !== DISRUPTION_ALLOWED_CONDITION);
  return {
    status: {
      observedGeneration: generation,
      disruptedPods: kept,
      disruptionsAllowed,
      currentHealthy,
      desiredHealthy,
      expectedPods,
      conditions: [...others, disruptionAllowedCondition(disruptionsAllowed > 0, generation, budget.status?.conditions ?? [], now)],
    },
    recheckAtMs: nextExpiryMs,
  };
}

/** The status changes only when a field but the condition's timestamp differs. */
export function sameBudgetStatus(a: PodDisruptionBudgetStatus | null | undefined, b: PodDisruptionBudgetStatus): boolean {
  const strip = (status: PodDisruptionBudgetStatus | null | undefined) => JSON.stringify({
    observedGeneration: Number(status?.observedGeneration ?? 0),
    disruptedPods: Object.entries(status?.disruptedPods ?? {}).sort(),
    disruptionsAllowed: status?.disruptionsAllowed ?? 0,
    currentHealthy: status?.currentHealthy ?? 0,
    desiredHealthy: status?.desiredHealthy ?? 0,
    expectedPods: status?.expectedPods ?? 0,
    conditions: (status?.conditions ?? []).map((condition) => [condition.type, condition.status, condition.reason]),
  });
  return strip(a) === strip(b);
}
