// Metrics of the VPA recommender: passes by outcome and the usage samples taken into histograms
// (bounded labels, every series starting at zero).
import { Counter, type Registry } from "prom-client";

/** recommended; no_usage (pods but no usage yet); no_pods; target_missing. */
export const VPA_OUTCOMES = ["recommended", "no_usage", "no_pods", "target_missing"] as const;

export interface VpaMetrics {
  readonly syncs: Counter<"outcome">;
  readonly samples: Counter;
  readonly evictions: Counter<"result">;
}

export function createVpaMetrics(registry: Registry): VpaMetrics {
  const syncs = new Counter({
    name: "troupe_vpa_recommender_syncs_total",
    help: "VerticalPodAutoscaler recommender passes, by outcome (recommended, no_usage, no_pods, target_missing).",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  for (const outcome of VPA_OUTCOMES) syncs.inc({ outcome }, 0);
  const samples = new Counter({
    name: "troupe_vpa_recommender_samples_total",
    help: "Container usage samples (from PodMetrics) the VPA recommender added to its histograms.",
    registers: [registry],
  });
  const evictions = new Counter({
    name: "troupe_vpa_updater_evictions_total",
    help: "Pods the VPA (Recreate, Auto) asked the Eviction API to evict to apply a recommendation, by result (evicted, refused).",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  for (const result of ["evicted", "refused"]) evictions.inc({ result }, 0);
  return { syncs, samples, evictions };
}
