// The built-in External metric `jetstream_consumer_pending`: the lag of one JetStream durable
// consumer (docs/autoscaling.md "JetStream lag (External)"), KEDA-style queue scaling. The HPA
// names the consumer with `metric.selector.matchLabels` {stream, consumer}; the value is the
// consumer's num_pending (messages not yet delivered) plus num_ack_pending (delivered, not yet
// acknowledged: work in progress, so the workers are not scaled away from it).
import { jetstreamManager, type ConsumerInfo, type JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";

export const JETSTREAM_CONSUMER_PENDING = "jetstream_consumer_pending";

export interface ExternalMetricIdentifier {
  name?: string | null;
  selector?: { matchLabels?: Record<string, string> | null; matchExpressions?: unknown[] | null } | null;
}

export interface ConsumerRef {
  stream: string;
  consumer: string;
}

/** JetStream names: no whitespace, '.', '*', '>', path separators (the server's own rule). */
const JETSTREAM_NAME = /^[^\s.*>/\\]+$/;

/** The stream and consumer an External metric names, or an Error saying what is wrong with it. */
export function consumerRefOf(metric: ExternalMetricIdentifier | null | undefined): ConsumerRef | Error {
  const name = metric?.name ?? "";
  if (name !== JETSTREAM_CONSUMER_PENDING) return new Error(`unknown external metric ${JSON.stringify(name)}: Troupe serves only ${JETSTREAM_CONSUMER_PENDING} (docs/autoscaling.md)`);
  if ((metric?.selector?.matchExpressions ?? []).length > 0) return new Error(`${JETSTREAM_CONSUMER_PENDING} takes metric.selector.matchLabels {stream, consumer}, not matchExpressions`);
  const labels = metric?.selector?.matchLabels ?? {};
  const stream = labels.stream ?? "";
  const consumer = labels.consumer ?? "";
  for (const [label, value] of [["stream", stream], ["consumer", consumer]] as const) {
    if (value === "") return new Error(`${JETSTREAM_CONSUMER_PENDING} needs metric.selector.matchLabels.${label} (the ${label === "stream" ? "JetStream stream" : "durable consumer"}'s name)`);
    if (!JETSTREAM_NAME.test(value)) return new Error(`${JETSTREAM_CONSUMER_PENDING}: ${label} ${JSON.stringify(value)} is not a valid JetStream name`);
  }
  const extra = Object.keys(labels).filter((label) => label !== "stream" && label !== "consumer");
  if (extra.length > 0) return new Error(`${JETSTREAM_CONSUMER_PENDING}: unknown matchLabels ${extra.join(", ")} (only stream and consumer)`);
  return { stream, consumer };
}

/** The lag a consumer's info reports: undelivered plus delivered-but-unacknowledged messages. */
export function consumerLag(info: Pick<ConsumerInfo, "num_pending" | "num_ack_pending">): number {
  return (info.num_pending ?? 0) + (info.num_ack_pending ?? 0);
}

/** Reads consumer info through one connection ($JS.API.CONSUMER.INFO.<stream>.<consumer>). */
export class JetStreamLagSource {
  readonly #nc: NatsConnection;
  #jsm: Promise<JetStreamManager> | undefined;

  constructor(nc: NatsConnection) {
    this.#nc = nc;
  }

  async externalMetric(metric: ExternalMetricIdentifier | null | undefined): Promise<number> {
    const ref = consumerRefOf(metric);
    if (ref instanceof Error) throw ref;
    // checkAPI false: no $JS.API.INFO call, so the role needs only CONSUMER.INFO.
    this.#jsm ??= jetstreamManager(this.#nc, { checkAPI: false });
    try {
      return consumerLag(await (await this.#jsm).consumers.info(ref.stream, ref.consumer));
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      throw new Error(`unable to read JetStream consumer ${ref.stream}/${ref.consumer}: ${text}`);
    }
  }
}
