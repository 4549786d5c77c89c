// The console's options and their defaults (environment variables are read in main.ts only).
import { readFile } from "node:fs/promises";
import type { MetricsTarget } from "./metrics-scraper.ts";

export interface ConsoleOptions {
  /** 0: any free port (troupe up picks one and prints it). */
  port?: number;
  host?: string;
  /** Public nkeys whose bearer tokens may log in (the cluster's token issuer). */
  issuerKeys?: string[];
  /** Where the /metrics targets come from: $TROUPE_HOME/context.json as troupe up writes it. */
  contextFile?: string;
  /** Or listed outright ("name=url,name=url"), as benchmarks and tests do. */
  metricsTargets?: MetricsTarget[];
  scrapeIntervalMs?: number;
}

export type ResolvedConsoleOptions = Required<Omit<ConsoleOptions, "contextFile">> & { contextFile?: string };

export function resolveConsoleOptions(options: ConsoleOptions): ResolvedConsoleOptions {
  return {
    port: options.port ?? 0,
    host: options.host ?? "127.0.0.1",
    issuerKeys: options.issuerKeys ?? [],
    metricsTargets: options.metricsTargets ?? [],
    scrapeIntervalMs: options.scrapeIntervalMs ?? 3000,
    ...(options.contextFile ? { contextFile: options.contextFile } : {}),
  };
}

export class ConsoleOptionsError extends Error {
  override readonly name = "ConsoleOptionsError";
}

/** "api=http://127.0.0.1:9100/metrics,scheduler=http://..." (pure). */
export function parseMetricsTargets(text: string | undefined): MetricsTarget[] {
  if (!text) return [];
  return text.split(",").filter(Boolean).map((entry) => {
    const equals = entry.indexOf("=");
    const name = entry.slice(0, equals);
    const url = entry.slice(equals + 1);
    if (equals <= 0 || !/^https?:\/\//.test(url)) throw new ConsoleOptionsError(`TROUPE_CONSOLE_METRICS_TARGETS: "${entry}" is not name=http://host:port/metrics`);
    return { name, url };
  });
}

/** The targets of a troupe up context file: every service with a metrics URL but the console. */
export async function contextMetricsTargets(contextFile: string): Promise<MetricsTarget[]> {
  let text: string;
  try {
    text = await readFile(contextFile, "utf8");
  } catch (error) {
    // troupe up writes it once every service answers: until then there is nothing to scrape.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const context = JSON.parse(text) as { services?: { name: string; metricsUrl?: string }[] };
  return (context.services ?? []).filter((service) => service.metricsUrl && service.name !== "console").map((service) => ({ name: service.name, url: service.metricsUrl as string }));
}
