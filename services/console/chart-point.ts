// One point of the console's live charts from two scrapes of the services' /metrics (pure):
// counters become rates over the interval, gauges are read as they are.
import { sumOf, type Sample } from "./metrics-text.ts";

/** One scrape of every target: its samples by service name. */
export type Scrape = { at: number; samples: Record<string, Sample[]> };

export interface ChartPoint {
  /** Unix ms. */
  at: number;
  apiRequestsPerSecond: number;
  apiErrorsPerSecond: number;
  schedulingAttemptsPerSecond: number;
  apiWatches: number;
  /** Resident memory of each service (MiB). */
  memoryMiB: Record<string, number>;
  /** Services whose /metrics did not answer this time. */
  down: string[];
}

const all = (scrape: Scrape) => Object.values(scrape.samples).flat();

function counterRate(previous: Scrape, current: Scrape, name: string, where?: (labels: Record<string, string>) => boolean): number {
  const total = (scrape: Scrape) => all(scrape).filter((sample) => sample.name === name && (!where || where(sample.labels))).reduce((sum, sample) => sum + sample.value, 0);
  const seconds = (current.at - previous.at) / 1000;
  // A restarted service starts its counters at zero again: no negative rates.
  return seconds > 0 ? Math.max(0, (total(current) - total(previous)) / seconds) : 0;
}

export function chartPoint(previous: Scrape, current: Scrape, targets: readonly string[]): ChartPoint {
  const memoryMiB: Record<string, number> = {};
  for (const [service, samples] of Object.entries(current.samples)) {
    const bytes = sumOf(samples, "process_resident_memory_bytes");
    if (bytes > 0) memoryMiB[service] = Math.round(bytes / 1048576);
  }
  return {
    at: current.at,
    apiRequestsPerSecond: round(counterRate(previous, current, "troupe_api_requests_total")),
    apiErrorsPerSecond: round(counterRate(previous, current, "troupe_api_requests_total", (labels) => /^[45]/.test(labels.code ?? ""))),
    schedulingAttemptsPerSecond: round(counterRate(previous, current, "troupe_scheduler_schedule_attempts_total")),
    apiWatches: sumOf(all(current), "troupe_api_watches"),
    memoryMiB,
    down: targets.filter((target) => !(target in current.samples)),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
