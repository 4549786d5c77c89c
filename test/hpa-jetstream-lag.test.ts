// The HPA's built-in External metric jetstream_consumer_pending on a secured cluster run as
// `troupe up` runs it (controller manager on its own least-privilege NATS credentials, HPA sync
// 1 s): a worker Deployment at 0 replicas scales to ceil(lag / 10) when messages pile up on a
// durable pull consumer, is capped at maxReplicas (ScalingLimited TooManyReplicas), and goes back
// to 0 once the test has consumed and acknowledged every message (scale-down window shortened to
// 2 s). An HPA naming a stream that does not exist reports FailedGetExternalMetric with the reason.
import test from "ava";
import { AckPolicy, jetstream, jetstreamManager } from "@nats-io/jetstream";
import type { KubeObject } from "../runtime/api-client.ts";
import { startSecureCluster, type SecureCluster } from "./helpers/secure-cluster.ts";
import { eventually } from "./helpers/workload-cluster.ts";

let cluster: SecureCluster;
test.before(async () => {
  cluster = await startSecureCluster({ nodes: 1, env: { TROUPE_HPA_SYNC_PERIOD: "1s" } });
  const jsm = await jetstreamManager(cluster.nc);
  await jsm.streams.add({ name: "JOBS", subjects: ["jobs.>"] });
  await jsm.consumers.add("JOBS", { durable_name: "workers", ack_policy: AckPolicy.Explicit });
});
test.after.always(async () => {
  await cluster?.stop();
});

const IDLE = "setInterval(() => {}, 1 << 30)";
const deployment = (name: string, replicas: number): KubeObject => ({
  apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace: "default" },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { terminationGracePeriodSeconds: 1, containers: [{ name: "main", image: "host", command: [process.execPath, "-e", IDLE] }] },
    },
  },
});
const hpa = (name: string, stream: string, maxReplicas: number): KubeObject => ({
  apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler",
  metadata: { name, namespace: "default", annotations: { "autoscaling.troupe.io/allow-scale-to-zero": "true" } },
  spec: {
    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name }, minReplicas: 0, maxReplicas,
    metrics: [{ type: "External", external: { metric: { name: "jetstream_consumer_pending", selector: { matchLabels: { stream, consumer: "workers" } } }, target: { type: "AverageValue", averageValue: "10" } } }],
    behavior: { scaleUp: { stabilizationWindowSeconds: 0, policies: [{ type: "Pods", value: 10, periodSeconds: 1 }] }, scaleDown: { stabilizationWindowSeconds: 2 } },
  },
});

type Condition = { type: string; status: string; reason: string; message: string };
type HpaStatus = { desiredReplicas?: number; conditions?: Condition[]; currentMetrics?: { external?: { current?: { averageValue?: string } } }[] };
const hpaStatus = (name: string) => async () => (await cluster.json.get("horizontalpodautoscalers", name, { namespace: "default" })).status as HpaStatus;
const replicas = (name: string) => async () => ((await cluster.json.getScale("deployments", name, { namespace: "default" })).spec as { replicas: number }).replicas;
const condition = (status: HpaStatus, type: string) => status.conditions?.find((entry) => entry.type === type);

async function publish(count: number): Promise<void> {
  const js = jetstream(cluster.nc);
  for (let index = 0; index < count; index++) await js.publish(`jobs.${index}`, `job ${index}`);
}

test.serial("the worker Deployment scales 0 -> ceil(lag / 10), is capped at maxReplicas, and back to 0 when drained", async (t) => {
  await cluster.json.create(deployment("worker", 0));
  await cluster.json.create(hpa("worker", "JOBS", 5));
  const idle = await eventually(hpaStatus("worker"), (status) => condition(status, "ScalingActive")?.status === "True", "the HPA reading the empty consumer", 30_000);
  t.is(await replicas("worker")(), 0, JSON.stringify(idle));

  const piled = Date.now();
  await publish(30);
  await eventually(replicas("worker"), (count) => count === 3, "0 -> 3 replicas for 30 pending messages", 30_000);
  t.log(`0 -> 3 replicas ${Date.now() - piled} ms after 30 messages were published (sync every 1 s)`);

  await publish(30);
  await eventually(replicas("worker"), (count) => count === 5, "3 -> 5 replicas (60 pending, capped)", 30_000);
  const capped = await eventually(hpaStatus("worker"), (status) => condition(status, "ScalingLimited")?.reason === "TooManyReplicas", "ScalingLimited TooManyReplicas", 30_000);
  t.like(condition(capped, "ScalingLimited"), { status: "True", reason: "TooManyReplicas" });
  t.like(condition(capped, "ScalingActive"), { status: "True", reason: "ValidMetricFound" });
  t.is(capped.desiredReplicas, 5);
  const events = (await cluster.json.list("events", { namespace: "default" })).items as { reason?: string; message?: string; involvedObject?: { name?: string } }[];
  t.true(events.some((event) => event.involvedObject?.name === "worker" && event.reason === "SuccessfulRescale" && (event.message ?? "").includes("external metric jetstream_consumer_pending")), JSON.stringify(events.map((e) => e.message)));

  // Drain: the test takes and acknowledges every message; the lag goes to 0 and, after the 2 s window, so do the workers.
  const consumer = await jetstream(cluster.nc).consumers.get("JOBS", "workers");
  let drained = 0;
  while (drained < 60) {
    const batch = await consumer.fetch({ max_messages: 60 - drained, expires: 2000 });
    for await (const message of batch) {
      await message.ackAck();
      drained++;
    }
  }
  const drainedAt = Date.now();
  await eventually(replicas("worker"), (count) => count === 0, "back to 0 replicas once drained", 60_000);
  t.log(`5 -> 0 replicas ${Date.now() - drainedAt} ms after the consumer was drained (scale-down window 2 s)`);
  t.deepEqual(await cluster.violations(), []);
});

test.serial("an HPA naming a stream that does not exist reports FailedGetExternalMetric with the reason", async (t) => {
  await cluster.json.create(deployment("lost", 1));
  await cluster.json.create(hpa("lost", "NOPE", 3));
  const status = await eventually(hpaStatus("lost"), (current) => condition(current, "ScalingActive")?.reason === "FailedGetExternalMetric", "ScalingActive False FailedGetExternalMetric", 30_000);
  const active = condition(status, "ScalingActive");
  t.is(active?.status, "False");
  t.regex(active?.message ?? "", /jetstream_consumer_pending: unable to read JetStream consumer NOPE\/workers: stream not found/);
  const events = await eventually(
    async () => (await cluster.json.list("events", { namespace: "default" })).items as { reason?: string; message?: string; involvedObject?: { name?: string } }[],
    (items) => items.some((event) => event.involvedObject?.name === "lost" && event.reason === "FailedGetExternalMetric"), "a FailedGetExternalMetric event", 30_000,
  );
  t.true(events.some((event) => event.involvedObject?.name === "lost" && (event.message ?? "").includes("NOPE")));
  t.is(await replicas("lost")(), 1);
});
