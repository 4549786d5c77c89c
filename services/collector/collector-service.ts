// The span collector: creates the bounded span stream, receives OTLP/HTTP exports and stores
// their spans (optionally forwarding them upstream). main.ts runs it as a process; tests start it
// in their own.
import { jetstream } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import type { Logger } from "../../runtime/log.ts";
import { ensureSpansStream } from "../../runtime/spans/spans-stream.ts";
import { createCollectorMetrics, type CollectorMetrics } from "./metrics.ts";
import { resolveCollectorOptions, type CollectorOptions, type ResolvedCollectorOptions } from "./options.ts";
import { startOtlpReceiver, type OtlpReceiver } from "./otlp-receiver.ts";
import { createUpstreamForwarder, type UpstreamForwarder } from "./upstream-forwarder.ts";

export interface CollectorDependencies {
  nc: NatsConnection;
  registry: Registry;
  logger: Logger;
}

export class CollectorService {
  readonly options: ResolvedCollectorOptions;
  readonly metrics: CollectorMetrics;
  readonly receiver: OtlpReceiver;
  readonly upstream: UpstreamForwarder | undefined;

  private constructor(options: ResolvedCollectorOptions, metrics: CollectorMetrics, receiver: OtlpReceiver, upstream: UpstreamForwarder | undefined) {
    this.options = options;
    this.metrics = metrics;
    this.receiver = receiver;
    this.upstream = upstream;
  }

  /** The OTEL_EXPORTER_OTLP_ENDPOINT that exports here. */
  get endpoint(): string {
    return this.receiver.endpoint;
  }

  static async start(dependencies: CollectorDependencies, options: CollectorOptions = {}): Promise<CollectorService> {
    const resolved = resolveCollectorOptions(options);
    await ensureSpansStream(dependencies.nc, { maxAgeMs: resolved.maxAgeMs, maxBytes: resolved.maxBytes });
    const metrics = createCollectorMetrics(dependencies.registry);
    const upstream = resolved.upstreamEndpoint ? createUpstreamForwarder(resolved.upstreamEndpoint, resolved.upstreamTimeoutMs, metrics, dependencies.logger) : undefined;
    const receiver = await startOtlpReceiver(
      { js: jetstream(dependencies.nc), metrics, logger: dependencies.logger, upstream },
      { port: resolved.port, host: resolved.host, maxBodyBytes: resolved.maxBodyBytes },
    );
    return new CollectorService(resolved, metrics, receiver, upstream);
  }

  async stop(): Promise<void> {
    await this.receiver.close();
    await this.upstream?.settle();
  }
}
