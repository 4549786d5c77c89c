// Sizes of Troupe's JetStream streams (its KV buckets' streams and its own TROUPE_* streams),
// sampled by every API replica: what alerts on storage near its limit read. Streams of users'
// own applications on the same server are none of Troupe's business and are not exported.
import { jetstreamManager, type StreamInfo } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { Gauge, type Registry } from "prom-client";
import type { Logger } from "../../runtime/log.ts";

export interface JetStreamMetrics {
  readonly bytes: Gauge<"stream">;
  readonly messages: Gauge<"stream">;
  /** -1 when the stream has no byte limit. */
  readonly maxBytes: Gauge<"stream">;
}

// Several API services in one process (tests) share a registry.
const metricsByRegistry = new WeakMap<Registry, JetStreamMetrics>();

export function createJetStreamMetrics(registry: Registry): JetStreamMetrics {
  const existing = metricsByRegistry.get(registry);
  if (existing) return existing;
  const registers = [registry];
  const metrics = {
    bytes: new Gauge({ name: "troupe_jetstream_stream_bytes", help: "Bytes held by each of Troupe's JetStream streams (KV_troupe-* buckets, TROUPE_* streams).", labelNames: ["stream"] as const, registers }),
    messages: new Gauge({ name: "troupe_jetstream_stream_messages", help: "Messages held by each of Troupe's JetStream streams.", labelNames: ["stream"] as const, registers }),
    maxBytes: new Gauge({ name: "troupe_jetstream_stream_max_bytes", help: "Configured max_bytes of each of Troupe's JetStream streams (-1: unlimited).", labelNames: ["stream"] as const, registers }),
  };
  metricsByRegistry.set(registry, metrics);
  return metrics;
}

/** Troupe's own: its KV buckets' streams and its TROUPE_* streams. */
export function isTroupeStream(name: string): boolean {
  return name.startsWith("KV_troupe-") || name.startsWith("TROUPE_");
}

export interface StreamSample {
  stream: string;
  bytes: number;
  messages: number;
  maxBytes: number;
}

export function streamSamples(infos: readonly StreamInfo[]): StreamSample[] {
  return infos
    .filter((info) => isTroupeStream(info.config.name))
    .map((info) => ({ stream: info.config.name, bytes: info.state.bytes, messages: info.state.messages, maxBytes: info.config.max_bytes > 0 ? info.config.max_bytes : -1 }));
}

/** Sets the gauges to `samples`; a stream no longer there loses its series. */
export function applyStreamSamples(metrics: JetStreamMetrics, samples: readonly StreamSample[], previous: ReadonlySet<string>): Set<string> {
  const current = new Set(samples.map((sample) => sample.stream));
  for (const gone of previous) {
    if (current.has(gone)) continue;
    for (const gauge of [metrics.bytes, metrics.messages, metrics.maxBytes]) gauge.remove({ stream: gone });
  }
  for (const sample of samples) {
    metrics.bytes.set({ stream: sample.stream }, sample.bytes);
    metrics.messages.set({ stream: sample.stream }, sample.messages);
    metrics.maxBytes.set({ stream: sample.stream }, sample.maxBytes);
  }
  return current;
}

export interface JetStreamSamplerOptions {
  intervalMs?: number;
  logger: Logger;
}

export interface JetStreamSampler {
  /** Resolves after the first sample (or its failure, logged). */
  readonly first: Promise<void>;
  stop(): void;
}

export const JETSTREAM_SAMPLE_INTERVAL_MS = 15_000;

export function startJetStreamSampler(nc: NatsConnection, registry: Registry, options: JetStreamSamplerOptions): JetStreamSampler {
  const metrics = createJetStreamMetrics(registry);
  let known = new Set<string>();
  let failing = false;
  const sample = async () => {
    try {
      const jsm = await jetstreamManager(nc);
      const infos: StreamInfo[] = [];
      for await (const info of jsm.streams.list()) infos.push(info);
      known = applyStreamSamples(metrics, streamSamples(infos), known);
      failing = false;
    } catch (error) {
      // Once per failure spell: a NATS outage would otherwise log every 15 s.
      if (!failing) options.logger.warn("could not sample jetstream stream sizes", { error });
      failing = true;
    }
  };
  const first = sample();
  const timer = setInterval(() => void sample(), options.intervalMs ?? JETSTREAM_SAMPLE_INTERVAL_MS);
  timer.unref();
  return { first, stop: () => clearInterval(timer) };
}
