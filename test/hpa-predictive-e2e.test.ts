// Predictive scaling end to end on a secured cluster run as `troupe up` runs it (controller manager
// on its own credentials, HPA sync 1 s): the test plays a short repeating pattern on a JetStream
// consumer's lag (0 for 16 s, then 40 messages for 8 s; a 24 s "season", each season started at
// its planned instant so the pattern does not drift) watched by two HPAs, one reactive, one with
// `autoscaling.troupe.io/predictive: "true"` (season 24s, lead 6s). From the second season on, the
// predictive one raises its Deployment's replicas while the lag is still 0, before the test
// publishes; the reactive one stays at 1 until the messages are there. Asserted with slack: in some
// season after the first, the predictive replicas went from 1 to more before the publish, while
// the reactive ones were at 1 (up to four seasons are tried); plus
// the PredictiveScaling condition, the PredictiveScaleUp event and the history ConfigMap (which
// the controller manager's RBAC must allow). No timing figure is asserted.
import test from "ava";
import { AckPolicy, jetstream, jetstreamManager } from "@nats-io/jetstream";
import type { KubeObject } from "../runtime/api-client.ts";
import { startSecureCluster, type SecureCluster } from "./helpers/secure-cluster.ts";
import { eventually } from "./helpers/workload-cluster.ts";

let cluster: SecureCluster;
test.before(async () => {
  cluster = await startSecureCluster({ nodes: 1, env: { TROUPE_HPA_SYNC_PERIOD: "1s" } });
  const jsm = await jetstreamManager(cluster.nc);
  await jsm.streams.add({ name: "WAVES", subjects: ["waves.>"] });
  await jsm.consumers.add("WAVES", { durable_name: "workers", ack_policy: AckPolicy.Explicit });
});
test.after.always(async () => {
  await cluster?.stop();
});

const SEASON_MS = 24_000;
const LOW_MS = 16_000;
const PEAK_MESSAGES = 40;
const SEASONS = 4;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

const IDLE = "setInterval(() => {}, 1 << 30)";
const deployment = (name: string): KubeObject => ({
  apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace: "default" },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { terminationGracePeriodSeconds: 1, containers: [{ name: "main", image: "host", command: [process.execPath, "-e", IDLE] }] } },
  },
});
const hpa = (name: string, annotations: Record<string, string>): KubeObject => ({
  apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name, namespace: "default", annotations },
  spec: {
    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name }, minReplicas: 1, maxReplicas: 4,
    metrics: [{ type: "External", external: { metric: { name: "jetstream_consumer_pending", selector: { matchLabels: { stream: "WAVES", consumer: "workers" } } }, target: { type: "AverageValue", averageValue: "10" } } }],
    behavior: { scaleUp: { stabilizationWindowSeconds: 0, policies: [{ type: "Pods", value: 10, periodSeconds: 1 }] }, scaleDown: { stabilizationWindowSeconds: 2 } },
  },
});

type Condition = { type: string; status: string; reason: string; message: string };
const conditionOf = async (name: string, type: string) => ((await cluster.json.get("horizontalpodautoscalers", name, { namespace: "default" })).status as { conditions?: Condition[] } | undefined)?.conditions?.find((entry) => entry.type === type);
const replicasOf = async (name: string) => ((await cluster.json.getScale("deployments", name, { namespace: "default" })).spec as { replicas: number }).replicas;

async function publish(count: number): Promise<void> {
  const js = jetstream(cluster.nc);
  for (let index = 0; index < count; index++) await js.publish(`waves.${index}`, `job ${index}`);
}

/** Takes and acknowledges `count` messages: the lag goes back to 0. */
async function drain(count: number): Promise<void> {
  const consumer = await jetstream(cluster.nc).consumers.get("WAVES", "workers");
  let drained = 0;
  while (drained < count) {
    const batch = await consumer.fetch({ max_messages: count - drained, expires: 2000 });
    for await (const message of batch) {
      await message.ackAck();
      drained++;
    }
  }
}

interface Season {
  /** When the test started publishing the peak (the metric rose no earlier). */
  publishedAt: number;
  /** When the predictive replicas were seen above 1 during the low phase, after having been 1 in it. */
  predictiveRoseAt?: number;
  /** The reactive replicas at that moment. */
  reactiveThen?: number;
}

test("a predictive HPA raises replicas before a recurring peak that the reactive HPA only follows", async (t) => {
  t.timeout(300_000, "up to four 24 s seasons on a busy machine");
  const annotations = { "autoscaling.troupe.io/predictive": "true", "autoscaling.troupe.io/predictive-season": "24s", "autoscaling.troupe.io/predictive-lead": "6s" };
  await cluster.json.create(deployment("reactive"));
  await cluster.json.create(deployment("predictive"));
  await cluster.json.create(hpa("reactive", {}));
  await cluster.json.create(hpa("predictive", annotations));
  const learning = await eventually(() => conditionOf("predictive", "PredictiveScaling"), (condition) => condition?.reason === "InsufficientHistory", "PredictiveScaling False InsufficientHistory while learning", 30_000);
  t.is(learning?.status, "False");

  const seasons: Season[] = [];
  const start = Date.now();
  for (let index = 0; index < SEASONS; index++) {
    const seasonStart = start + index * SEASON_MS;
    // Back at 1 after the last peak (its scale-down window), then above 1 again: a rise in this low phase.
    let sawOne = false;
    const season: Season = { publishedAt: 0 };
    // The low phase: watch both Deployments until the planned publish instant.
    while (Date.now() < seasonStart + LOW_MS) {
      const [predictive, reactive] = await Promise.all([replicasOf("predictive"), replicasOf("reactive")]);
      if (predictive === 1) sawOne = true;
      if (sawOne && predictive > 1 && season.predictiveRoseAt === undefined) {
        season.predictiveRoseAt = Date.now();
        season.reactiveThen = reactive;
      }
      await sleep(250);
    }
    season.publishedAt = Date.now();
    await publish(PEAK_MESSAGES);
    await sleep(seasonStart + SEASON_MS - Date.now());
    await drain(PEAK_MESSAGES);
    seasons.push(season);
    t.log(`season ${index + 1}: predictive rose ${season.predictiveRoseAt === undefined ? "not" : `${season.publishedAt - season.predictiveRoseAt} ms`} before the publish (reactive then: ${season.reactiveThen ?? "-"})`);
    if (index >= 1 && season.predictiveRoseAt !== undefined) break;
  }
  t.false(seasons[0]?.predictiveRoseAt !== undefined, "the first season has nothing to forecast from");
  const ahead = seasons.slice(1).find((season) => season.predictiveRoseAt !== undefined && season.predictiveRoseAt < season.publishedAt);
  t.truthy(ahead, JSON.stringify(seasons));
  t.is(ahead?.reactiveThen, 1, "when the predictive HPA rose, the reactive one was at 1: the lag was still 0");

  const events = (await cluster.json.list("events", { namespace: "default" })).items as { reason?: string; message?: string; involvedObject?: { name?: string } }[];
  const raised = events.filter((event) => event.involvedObject?.name === "predictive" && event.reason === "PredictiveScaleUp");
  t.true(raised.length > 0, JSON.stringify(events.map((event) => `${event.reason}: ${event.message}`)));
  t.regex(raised[0]?.message ?? "", /ahead of the load; forecast over the next 6s: external metric jetstream_consumer_pending/);
  t.false(events.some((event) => event.involvedObject?.name === "reactive" && event.reason === "PredictiveScaleUp"));
  t.false(events.some((event) => event.reason === "FailedSavePredictiveHistory"), "the controller manager may write the history ConfigMap");
  const saved = await cluster.json.get("configmaps", "predictive-predictive-history", { namespace: "default" });
  t.truthy((saved.data as Record<string, string> | undefined)?.["history.json"]);
  t.is(await conditionOf("reactive", "PredictiveScaling"), undefined);
  t.deepEqual(await cluster.violations(), []);
});
