// A container's recommendation from its history, as the VPA recommender's logic package computes
// it: target = 90th percentile of CPU samples and of memory peaks, lowerBound the 50th, upperBound
// the 95th, each with a 15% safety margin; the bounds widened while the history is short
// (confidence = min(days of history, samples / (60 * 24))): the upper bound times
// (1 + 1/confidence), the lower bound times (1 + 0.001/confidence)^-2; then each at least the minimum. uncappedTarget is
// the target before the container policy's minAllowed/maxAllowed.
import type { ContainerHistory } from "./container-state.ts";

export interface Resources {
  /** Cores. */
  cpu: number;
  /** Bytes. */
  memory: number;
}

export interface RecommendOptions {
  safetyMargin: number;
  /** The least a container is recommended (the VPA: 25m CPU and 250Mi memory per pod). */
  minimum: Resources;
}

export const DEFAULT_RECOMMEND_OPTIONS: RecommendOptions = { safetyMargin: 0.15, minimum: { cpu: 0.025, memory: 250 * 1024 * 1024 } };

export interface Bounds {
  min?: Partial<Resources>;
  max?: Partial<Resources>;
}

export interface Recommendation {
  target: Resources;
  lowerBound: Resources;
  upperBound: Resources;
  uncappedTarget: Resources;
}

const DAY_MS = 24 * 3600_000;

/** How much the history is worth, in days: the shorter of its lifespan and its samples at one a minute. */
export function confidence(history: ContainerHistory): number {
  return Math.min(history.lifespanMs() / DAY_MS, history.sampleCount() / (60 * 24));
}

function percentiles(history: ContainerHistory, percentile: number, options: RecommendOptions): Resources {
  const margin = 1 + options.safetyMargin;
  return {
    cpu: history.cpu.percentile(percentile) * margin,
    memory: history.memoryPeaks().percentile(percentile) * margin,
  };
}

function atLeast(resources: Resources, minimum: Resources): Resources {
  return { cpu: Math.max(resources.cpu, minimum.cpu), memory: Math.max(resources.memory, minimum.memory) };
}

function scale(resources: Resources, factor: number): Resources {
  return { cpu: resources.cpu * factor, memory: resources.memory * factor };
}

export function capTo(resources: Resources, bounds: Bounds): Resources {
  const capped = { ...resources };
  for (const name of ["cpu", "memory"] as const) {
    const min = bounds.min?.[name];
    const max = bounds.max?.[name];
    if (min !== undefined) capped[name] = Math.max(capped[name], min);
    if (max !== undefined) capped[name] = Math.min(capped[name], max);
  }
  return capped;
}

export function recommend(history: ContainerHistory, bounds: Bounds = {}, options: RecommendOptions = DEFAULT_RECOMMEND_OPTIONS): Recommendation {
  const uncappedTarget = atLeast(percentiles(history, 0.9, options), options.minimum);
  const days = confidence(history);
  const upper = atLeast(days > 0 ? scale(percentiles(history, 0.95, options), 1 + 1 / days) : scale(percentiles(history, 0.95, options), Number.POSITIVE_INFINITY), options.minimum);
  const lower = atLeast(days > 0 ? scale(percentiles(history, 0.5, options), (1 + 0.001 / days) ** -2) : { cpu: 0, memory: 0 }, options.minimum);
  // An unbounded upper bound (no history yet) is limited by maxAllowed, else kept at 100x the target.
  const upperBound = { cpu: Math.min(upper.cpu, uncappedTarget.cpu * 100), memory: Math.min(upper.memory, uncappedTarget.memory * 100) };
  return {
    target: capTo(uncappedTarget, bounds),
    lowerBound: capTo(lower, bounds),
    upperBound: capTo(upperBound, bounds),
    uncappedTarget,
  };
}
