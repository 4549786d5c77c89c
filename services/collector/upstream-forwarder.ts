// Sends each export request on, unchanged (same body and content type), to the upstream OTLP/HTTP
// endpoint the cluster was given: spans reach Jaeger or any OTLP backend as well as the store.
// Best effort: a failed forward is logged and counted, never fails the caller's export.
import type { Logger } from "../../runtime/log.ts";
import { otlpTracesUrl } from "../../runtime/telemetry.ts";
import type { CollectorMetrics } from "./metrics.ts";

export interface UpstreamForwarder {
  readonly url: string;
  forward(body: Uint8Array, contentType: string): void;
  /** Waits for the forwards in flight. */
  settle(): Promise<void>;
}

export function createUpstreamForwarder(endpoint: string, timeoutMs: number, metrics: CollectorMetrics, logger: Logger): UpstreamForwarder {
  const url = otlpTracesUrl(endpoint);
  const inFlight = new Set<Promise<void>>();
  let lastErrorLogged = 0;
  return {
    url,
    forward(body, contentType) {
      const sent = fetch(url, { method: "POST", body, headers: { "content-type": contentType }, signal: AbortSignal.timeout(timeoutMs) })
        .then(async (response) => {
          await response.arrayBuffer();
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          metrics.upstreamExports.inc({ result: "ok" });
        })
        .catch((error: unknown) => {
          metrics.upstreamExports.inc({ result: "error" });
          // One line a minute at most: an upstream that is down would otherwise flood the log.
          if (Date.now() - lastErrorLogged > 60_000) {
            lastErrorLogged = Date.now();
            logger.warn("forwarding spans to the upstream OTLP endpoint failed", { url, error: (error as Error).message });
          }
        })
        .finally(() => inFlight.delete(sent));
      inFlight.add(sent);
    },
    async settle() {
      await Promise.allSettled(inFlight);
    },
  };
}
