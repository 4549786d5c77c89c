// From the metrics' proposal to the replicas the HPA sets (Kubernetes' horizontal.go):
// stabilization over the recent recommendations (scale down to the highest of the window, up to
// the lowest), then the rate limits of the behavior's policies (Pods/Percent per periodSeconds,
// selectPolicy Max/Min/Disabled) and minReplicas/maxReplicas, each limit named by the
// ScalingLimited reason Kubernetes gives. Pure: the history comes in and goes out.
import { DEFAULT_SCALE_DOWN_STABILIZATION_SECONDS, scaleDownRules, scaleUpRules, type ScalingRules } from "../../../runtime/autoscaling/hpa-defaults.ts";

export interface Recommendation {
  replicas: number;
  /** Milliseconds since the epoch. */
  at: number;
}

export interface ScaleEvent {
  /** Replicas added (scale-up history) or removed (scale-down history). */
  change: number;
  at: number;
}

export interface Limited {
  replicas: number;
  reason: string;
  message: string;
}

export interface Stabilized {
  replicas: number;
  /** AbleToScale's reason: ScaleUpStabilized, ScaleDownStabilized or ReadyForNewScale. */
  reason: string;
  message: string;
  /** The history to keep for the next decision (the unstabilized recommendation recorded). */
  recommendations: Recommendation[];
}

const READY = { reason: "ReadyForNewScale", message: "recommended size matches current size" };
const SCALE_UP_STABILIZED = { reason: "ScaleUpStabilized", message: "recent recommendations were lower than current one, applying the lowest recent recommendation" };
const SCALE_DOWN_STABILIZED = { reason: "ScaleDownStabilized", message: "recent recommendations were higher than current one, applying the highest recent recommendation" };
const WITHIN_RANGE = { reason: "DesiredWithinRange", message: "the desired count is within the acceptable range" };
const TOO_MANY = { reason: "TooManyReplicas", message: "the desired replica count is more than the maximum replica count" };
const TOO_FEW = { reason: "TooFewReplicas", message: "the desired replica count is less than the minimum replica count" };
const SCALE_UP_LIMIT = { reason: "ScaleUpLimit", message: "the desired replica count is increasing faster than the maximum scale rate" };
const SCALE_DOWN_LIMIT = { reason: "ScaleDownLimit", message: "the desired replica count is decreasing faster than the maximum scale rate" };

/** Without a behavior: scale up at most to max(2 x current, 4) per decision (calculateScaleUpLimit). */
export function scaleUpLimitWithoutBehavior(currentReplicas: number): number {
  return Math.max(2 * currentReplicas, 4);
}

/** Stabilization without a behavior: the highest recommendation of the last 5 minutes (stabilizeRecommendation). */
export function stabilizeWithoutBehavior(history: readonly Recommendation[], proposed: number, now: number, windowSeconds = DEFAULT_SCALE_DOWN_STABILIZATION_SECONDS): Stabilized {
  const cutoff = now - windowSeconds * 1000;
  const kept = history.filter((entry) => entry.at > cutoff);
  const replicas = kept.reduce((highest, entry) => Math.max(highest, entry.replicas), proposed);
  const recommendations = [...kept, { replicas: proposed, at: now }];
  return { replicas, ...(replicas !== proposed ? SCALE_DOWN_STABILIZED : READY), recommendations };
}

/** min/max and the fixed scale-up rate, without a behavior (convertDesiredReplicasWithRules). */
export function limitWithoutBehavior(currentReplicas: number, desired: number, minReplicas: number, maxReplicas: number): Limited {
  const scaleUpLimit = scaleUpLimitWithoutBehavior(currentReplicas);
  const [maximum, limit] = maxReplicas > scaleUpLimit ? [scaleUpLimit, SCALE_UP_LIMIT] : [maxReplicas, TOO_MANY];
  if (desired < minReplicas) return { replicas: minReplicas, ...TOO_FEW };
  if (desired > maximum) return { replicas: maximum, ...limit };
  return { replicas: desired, ...WITHIN_RANGE };
}

/** Stabilization with a behavior (stabilizeRecommendationWithBehaviors): both windows, one history. */
export function stabilizeWithBehavior(history: readonly Recommendation[], args: { currentReplicas: number; desired: number; now: number; scaleUp?: ScalingRules | null; scaleDown?: ScalingRules | null }): Stabilized {
  const upCutoff = args.now - (scaleUpRules(args.scaleUp).stabilizationWindowSeconds ?? 0) * 1000;
  const downCutoff = args.now - (scaleDownRules(args.scaleDown).stabilizationWindowSeconds ?? 0) * 1000;
  let up = args.desired;
  let down = args.desired;
  for (const entry of history) {
    if (entry.at > upCutoff) up = Math.min(up, entry.replicas);
    if (entry.at > downCutoff) down = Math.max(down, entry.replicas);
  }
  let replicas = args.currentReplicas;
  if (replicas < up) replicas = up;
  if (replicas > down) replicas = down;
  // Entries older than both windows are of no further use.
  const recommendations = [...history.filter((entry) => entry.at >= upCutoff || entry.at >= downCutoff), { replicas: args.desired, at: args.now }];
  const named = replicas === args.desired ? READY : args.desired >= args.currentReplicas ? SCALE_UP_STABILIZED : SCALE_DOWN_STABILIZED;
  return { replicas, ...named, recommendations };
}

/** Replicas changed within the last `periodSeconds` (getReplicasChangePerPeriod). */
export function changeInPeriod(events: readonly ScaleEvent[], periodSeconds: number, now: number): number {
  const cutoff = now - periodSeconds * 1000;
  return events.reduce((sum, event) => (event.at > cutoff ? sum + event.change : sum), 0);
}

/** The most replicas the scale-up policies allow now (calculateScaleUpLimitWithScalingRules). */
export function scaleUpLimit(currentReplicas: number, events: readonly ScaleEvent[], given: ScalingRules | null | undefined, now: number): number {
  const rules = scaleUpRules(given);
  if (rules.selectPolicy === "Disabled") return currentReplicas;
  const pick = rules.selectPolicy === "Min" ? Math.min : Math.max;
  let result = rules.selectPolicy === "Min" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  for (const policy of rules.policies ?? []) {
    const start = currentReplicas - changeInPeriod(events, policy.periodSeconds ?? 0, now);
    const proposed = policy.type === "Pods" ? start + (policy.value ?? 0) : Math.ceil(start * (1 + (policy.value ?? 0) / 100));
    result = pick(result, proposed);
  }
  return result;
}

/** The fewest replicas the scale-down policies allow now (calculateScaleDownLimitWithBehaviors). */
export function scaleDownLimit(currentReplicas: number, events: readonly ScaleEvent[], given: ScalingRules | null | undefined, now: number): number {
  const rules = scaleDownRules(given);
  if (rules.selectPolicy === "Disabled") return currentReplicas;
  // Min picks the smallest change: the highest floor.
  const pick = rules.selectPolicy === "Min" ? Math.max : Math.min;
  let result = rules.selectPolicy === "Min" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  for (const policy of rules.policies ?? []) {
    const start = currentReplicas + changeInPeriod(events, policy.periodSeconds ?? 0, now);
    const proposed = policy.type === "Pods" ? start - (policy.value ?? 0) : Math.trunc(start * (1 - (policy.value ?? 0) / 100));
    result = pick(result, proposed);
  }
  return result;
}

/** The behavior's rate limits and min/max (convertDesiredReplicasWithBehaviorRate). */
export function limitWithBehavior(args: {
  currentReplicas: number;
  desired: number;
  minReplicas: number;
  maxReplicas: number;
  scaleUp?: ScalingRules | null;
  scaleDown?: ScalingRules | null;
  scaleUpEvents: readonly ScaleEvent[];
  scaleDownEvents: readonly ScaleEvent[];
  now: number;
}): Limited {
  if (args.desired > args.currentReplicas) {
    const limit = Math.max(scaleUpLimit(args.currentReplicas, args.scaleUpEvents, args.scaleUp, args.now), args.currentReplicas);
    const [maximum, named] = args.maxReplicas > limit ? [limit, SCALE_UP_LIMIT] : [args.maxReplicas, TOO_MANY];
    if (args.desired > maximum) return { replicas: maximum, ...named };
  } else if (args.desired < args.currentReplicas) {
    const limit = Math.min(scaleDownLimit(args.currentReplicas, args.scaleDownEvents, args.scaleDown, args.now), args.currentReplicas);
    const [minimum, named] = args.minReplicas < limit ? [limit, SCALE_DOWN_LIMIT] : [args.minReplicas, TOO_FEW];
    if (args.desired < minimum) return { replicas: minimum, ...named };
  }
  return { replicas: args.desired, ...WITHIN_RANGE };
}

/** The scale events after a rescale from `from` to `to`: recorded in its direction, older than the longest period dropped. */
export function recordScaleEvent(history: { up: ScaleEvent[]; down: ScaleEvent[] }, from: number, to: number, now: number, longestPeriodSeconds: number): { up: ScaleEvent[]; down: ScaleEvent[] } {
  const cutoff = now - longestPeriodSeconds * 1000;
  const up = history.up.filter((event) => event.at > cutoff);
  const down = history.down.filter((event) => event.at > cutoff);
  if (to > from) up.push({ change: to - from, at: now });
  else if (to < from) down.push({ change: from - to, at: now });
  return { up, down };
}
