// Keeps the cluster Prometheus' pod targets file (file_sd) in step with the annotated pods: lists
// pods every few seconds as the cluster admin and rewrites the file when the targets changed.
import { rename, writeFile } from "node:fs/promises";
import { JsonApiClient } from "../../runtime/api-client.ts";
import { createLogger } from "../../runtime/log.ts";
import type { NatsClientSecurity } from "../../runtime/nats-client-security.ts";
import { connectNats } from "../../runtime/nats-connection.ts";
import { podScrapeTargets } from "./pod-scrape-targets.ts";

export interface PodDiscoveryOptions {
  natsUrl: string;
  security: NatsClientSecurity;
  file: string;
  intervalMs?: number;
  log: (line: string) => void;
}

/** Starts the loop (the file is written at once, empty); the returned function stops it. */
export async function startPodDiscovery(options: PodDiscoveryOptions): Promise<() => Promise<void>> {
  await writeTargets(options.file, "[]\n");
  const logger = createLogger("nats", {}, { level: "error" });
  const nc = await connectNats({ servers: options.natsUrl, name: "troupe-up-prometheus-pods", logger, security: options.security });
  const client = new JsonApiClient(nc, { timeoutMs: 5000 });
  let written = "[]\n";
  let failing = false;
  const refresh = async () => {
    try {
      const text = `${JSON.stringify(podScrapeTargets((await client.list("pods")).items), null, 2)}\n`;
      if (text !== written) await writeTargets(options.file, text);
      written = text;
      failing = false;
    } catch (error) {
      // Said once per outage, not every few seconds; the old targets stay.
      if (!failing) options.log(`prometheus pod targets: listing pods failed: ${(error as Error).message}; retrying`);
      failing = true;
    }
  };
  let running: Promise<void> = refresh();
  const timer = setInterval(() => (running = running.then(refresh)), options.intervalMs ?? 3000);
  return async () => {
    clearInterval(timer);
    await running;
    await nc.close();
  };
}

async function writeTargets(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}
