// Prometheus metrics of the controller layer: workqueues and reconciles. The only label besides
// the outcome is the controller name, a bounded set fixed at build time; never an object key.
import { Counter, Gauge, Histogram } from "prom-client";
import type { Registry } from "prom-client";

/**
 * `success` = done; `requeue_after` = done, asked to run again later; `conflict` = lost a
 * compare-and-set race (requeued, not an error); `error` = failed (requeued with backoff).
 */
export const RECONCILE_OUTCOMES = ["success", "requeue_after", "conflict", "error"] as const;
export type ReconcileOutcome = (typeof RECONCILE_OUTCOMES)[number];

export interface ControllerMetrics {
  /** Keys waiting to be handled (a key re-added while in flight counts once). */
  readonly workqueueDepth: Gauge<"controller">;
  /** Adds that put a key in the queue; adds merged into a waiting key are not counted. */
  readonly workqueueAdds: Counter<"controller">;
  readonly workqueueRetries: Counter<"controller">;
  readonly workqueueWorkDuration: Histogram<"controller">;
  /** From a key's add (the first, when re-added while waiting) to a handler picking it up. */
  readonly workqueueQueueDuration: Histogram<"controller">;
  readonly reconciles: Counter<"controller" | "outcome">;
  /** One reconcile call, whatever its outcome. */
  readonly reconcileDuration: Histogram<"controller">;
  /** Creates every series of `controller` at zero, so dashboards and rate() see it before traffic. */
  registerController(controller: string): void;
}

const WORK_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

// prom-client refuses a name twice in one registry and many controllers share a registry.
const metricsByRegistry = new WeakMap<Registry, ControllerMetrics>();

export function createControllerMetrics(registry: Registry): ControllerMetrics {
  const existing = metricsByRegistry.get(registry);
  if (existing) return existing;
  const registers = [registry];
  const workqueueDepth = new Gauge({
    name: "troupe_workqueue_depth",
    help: "Keys waiting in a controller's workqueue.",
    labelNames: ["controller"] as const,
    registers,
  });
  const workqueueAdds = new Counter({
    name: "troupe_workqueue_adds_total",
    help: "Keys added to a controller's workqueue (adds merged into a waiting key not counted).",
    labelNames: ["controller"] as const,
    registers,
  });
  const workqueueRetries = new Counter({
    name: "troupe_workqueue_retries_total",
    help: "Rate-limited re-adds of keys whose work failed.",
    labelNames: ["controller"] as const,
    registers,
  });
  const workqueueWorkDuration = new Histogram({
    name: "troupe_workqueue_work_duration_seconds",
    help: "Time spent handling one key.",
    labelNames: ["controller"] as const,
    buckets: WORK_BUCKETS,
    registers,
  });
  const workqueueQueueDuration = new Histogram({
    name: "troupe_workqueue_queue_duration_seconds",
    help: "Time a key waited in a controller's workqueue before being handled.",
    labelNames: ["controller"] as const,
    buckets: WORK_BUCKETS,
    registers,
  });
  const reconcileDuration = new Histogram({
    name: "troupe_controller_reconcile_duration_seconds",
    help: "Time of one reconcile, whatever its outcome.",
    labelNames: ["controller"] as const,
    buckets: WORK_BUCKETS,
    registers,
  });
  const reconciles = new Counter({
    name: "troupe_controller_reconcile_total",
    help: "Reconciles by outcome.",
    labelNames: ["controller", "outcome"] as const,
    registers,
  });
  const known = new Set<string>();
  const metrics: ControllerMetrics = {
    workqueueDepth,
    workqueueAdds,
    workqueueRetries,
    workqueueWorkDuration,
    workqueueQueueDuration,
    reconciles,
    reconcileDuration,
    registerController(controller) {
      if (known.has(controller)) return;
      known.add(controller);
      workqueueDepth.inc({ controller }, 0);
      workqueueAdds.inc({ controller }, 0);
      workqueueRetries.inc({ controller }, 0);
      workqueueWorkDuration.zero({ controller });
      workqueueQueueDuration.zero({ controller });
      reconcileDuration.zero({ controller });
      for (const outcome of RECONCILE_OUTCOMES) reconciles.inc({ controller, outcome }, 0);
    },
  };
  metricsByRegistry.set(registry, metrics);
  return metrics;
}
