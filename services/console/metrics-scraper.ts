// Scrapes the services' /metrics every few seconds (the targets troupe up lists in its context
// file) and keeps the recent chart points: no Prometheus needed for the console's charts.
import type { Logger } from "../../runtime/log.ts";
import { chartPoint, type ChartPoint, type Scrape } from "./chart-point.ts";
import { parseMetricsText } from "./metrics-text.ts";

export interface MetricsTarget {
  name: string;
  url: string;
}

/** Points kept for a page that opens now (5 minutes at the default interval). */
export const KEPT_POINTS = 100;
const SCRAPE_TIMEOUT_MS = 2000;

export class MetricsScraper {
  readonly points: ChartPoint[] = [];
  readonly #targets: () => Promise<MetricsTarget[]>;
  readonly #intervalMs: number;
  readonly #listeners = new Set<(point: ChartPoint) => void>();
  readonly #logger: Logger | undefined;
  #timer: NodeJS.Timeout | undefined;
  #previous: Scrape | undefined;

  constructor(options: { targets: () => Promise<MetricsTarget[]>; intervalMs: number; logger?: Logger }) {
    this.#targets = options.targets;
    this.#intervalMs = options.intervalMs;
    this.#logger = options.logger;
  }

  start(): void {
    const tick = () => {
      void this.#scrape().finally(() => {
        if (this.#timer !== undefined) this.#timer = setTimeout(tick, this.#intervalMs);
      });
    };
    this.#timer = setTimeout(tick, 0);
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  onPoint(listener: (point: ChartPoint) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #scrape(): Promise<void> {
    let targets: MetricsTarget[];
    try {
      targets = await this.#targets();
    } catch (error) {
      this.#logger?.warn("console: cannot read the metrics targets", { error });
      return;
    }
    const samples: Scrape["samples"] = {};
    await Promise.all(targets.map(async (target) => {
      try {
        const response = await fetch(target.url, { signal: AbortSignal.timeout(SCRAPE_TIMEOUT_MS) });
        if (response.ok) samples[target.name] = parseMetricsText(await response.text());
      } catch {
        // Shown as down on the charts.
      }
    }));
    const current = { at: Date.now(), samples };
    if (this.#previous) {
      const point = chartPoint(this.#previous, current, targets.map((target) => target.name));
      this.points.push(point);
      if (this.points.length > KEPT_POINTS) this.points.shift();
      for (const listener of this.#listeners) listener(point);
    }
    this.#previous = current;
  }
}
