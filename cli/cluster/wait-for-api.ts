// Start-up is done when the API answers a discovery request over NATS: that proves NATS,
// JetStream, the API's buckets and its subscriptions are all in place.
import { setTimeout as sleep } from "node:timers/promises";
import { JsonApiClient, type DiscoveryJson } from "../../runtime/api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import { createLogger } from "../../runtime/log.ts";
import { connectNats } from "../../runtime/nats-connection.ts";
import type { NatsClientSecurity } from "../../runtime/nats-client-security.ts";
import { ClusterStartError } from "./errors.ts";

export interface WaitForApiOptions {
  natsUrl: string;
  /** Credentials and TLS files when the server needs them. */
  security?: NatsClientSecurity;
  timeoutMs: number;
  /** Rejects (to give up early) when a service process exits during start-up. */
  abort: Promise<never>;
}

const RETRY_MS = 50;

export async function waitForApi(options: WaitForApiOptions): Promise<DiscoveryJson> {
  const logger = createLogger("nats", {}, { level: "error" });
  const nc = await connectNats({ servers: options.natsUrl, name: "troupe-up-probe", logger, security: options.security ?? {} });
  try {
    const client = new JsonApiClient(nc, { timeoutMs: 1000 });
    const deadline = Date.now() + options.timeoutMs;
    let lastError: unknown;
    while (Date.now() < deadline) {
      try {
        return await Promise.race([client.discovery(), options.abort]);
      } catch (error) {
        if (!isRetryable(error)) throw error;
        lastError = error;
        await Promise.race([sleep(RETRY_MS), options.abort]);
      }
    }
    throw new ClusterStartError(
      `the API did not answer within ${options.timeoutMs / 1000}s (last error: ${(lastError as Error)?.message ?? "none"})`,
      { cause: lastError },
    );
  } finally {
    await nc.close();
  }
}

/** Until the API has subscribed, requests find no responders or time out. */
function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.reason === "ServiceUnavailable" || error.reason === "Timeout");
}
