// Percentiles and results files shared by the benchmarks.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export interface LatencySummary {
  p50Ms: number;
  p99Ms: number;
  count: number;
}

export function summarize(samples: number[]): LatencySummary {
  return { p50Ms: round(percentile(samples, 50)), p99Ms: round(percentile(samples, 99)), count: samples.length };
}

/** Writes bench/results/<name>.json and prints the figures as one JSON object on the last line. */
export async function report(name: string, figures: Record<string, unknown>): Promise<void> {
  const dir = join(import.meta.dirname, "results");
  await mkdir(dir, { recursive: true });
  const record = { benchmark: name, date: new Date().toISOString(), node: process.version, cpus: (await import("node:os")).cpus().length, ...figures };
  await writeFile(join(dir, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
  console.log(JSON.stringify(figures));
}

/** Runs `operation` at a fixed rate (open loop: one start every 1000/rate ms) and times each. */
export async function atRate(rate: number, count: number, operation: (index: number) => Promise<void>): Promise<number[]> {
  const interval = 1000 / rate;
  const latencies: number[] = Array.from({ length: count }, () => 0);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const t0 = performance.now();
    pending.push(operation(i).then(() => {
      latencies[i] = performance.now() - t0;
    }));
  }
  await Promise.all(pending);
  return latencies;
}
