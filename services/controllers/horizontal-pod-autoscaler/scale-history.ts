// The HPA's decision history (the stabilization window's recommendations and the scale events the
// rate-limit policies count) as a compact JSON annotation on the HPA, so a controller manager that
// becomes leader, or restarts, stabilizes as the previous one would have. Kubernetes keeps it in
// the controller's memory only: a new leader there starts with none and may scale down at once.
//
// {"v":1,"r":[[replicas,atMs],...],"u":[[change,atMs],...],"d":[[change,atMs],...]}
//
// Recommendations are kept as the latest time each replica count was recommended: stabilization
// takes the lowest or highest count recommended after a cutoff, and a count is in the window
// exactly when its latest recommendation is, so this is lossless and holds one entry per count.
import type { DecisionHistory } from "./decide-replicas.ts";
import type { Recommendation, ScaleEvent } from "./normalization.ts";

export const SCALE_HISTORY_ANNOTATION = "autoscaling.troupe.io/scale-history";
const VERSION = 1;

type Pair = [number, number];

/** The latest time each replica count was recommended, in time order. */
export function compactRecommendations(recommendations: readonly Recommendation[]): Recommendation[] {
  const latest = new Map<number, number>();
  for (const { replicas, at } of recommendations) latest.set(replicas, Math.max(at, latest.get(replicas) ?? Number.NEGATIVE_INFINITY));
  return [...latest].map(([replicas, at]) => ({ replicas, at })).sort((a, b) => a.at - b.at || a.replicas - b.replicas);
}

export function encodeScaleHistory(history: DecisionHistory): string {
  const events = (list: readonly ScaleEvent[]): Pair[] => list.map((event) => [event.change, event.at]);
  return JSON.stringify({
    v: VERSION,
    r: compactRecommendations(history.recommendations).map((entry): Pair => [entry.replicas, entry.at]),
    u: events(history.scaleUpEvents),
    d: events(history.scaleDownEvents),
  });
}

const isPairs = (value: unknown): value is Pair[] => Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((n) => Number.isFinite(n)));

/** The history the annotation holds, or undefined when it is absent or not one this version wrote. */
export function decodeScaleHistory(text: string | undefined): DecisionHistory | undefined {
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { v, r, u, d } = (parsed ?? {}) as Record<string, unknown>;
  if (v !== VERSION || !isPairs(r) || !isPairs(u) || !isPairs(d)) return undefined;
  return {
    recommendations: r.map(([replicas, at]) => ({ replicas, at })),
    scaleUpEvents: u.map(([change, at]) => ({ change, at })),
    scaleDownEvents: d.map(([change, at]) => ({ change, at })),
  };
}
