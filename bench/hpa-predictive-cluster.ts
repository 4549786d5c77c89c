// Predictive vs reactive HPA end to end, both in one run on one secured cluster (the real
// controller manager, HPA sync 1 s): two Deployments, each with an HPA on the same JetStream
// consumer's lag (AverageValue 10 messages per replica), one of them predictive (season = the
// day, lead 8 s). The bench plays a compressed day on the lag (60 s by default: night 10% of the
// peak of 80 messages, a morning ramp to 80%, a lunch step to 100%, the afternoon at 70%, an
// evening fall; each second the lag is set by publishing or acknowledging messages) for several
// days. Pods become Ready 5 s after they start (a readiness probe's initialDelaySeconds: the
// startup delay that makes scaling ahead worth it). Each second, per Deployment: its Ready pods
// against the lag. Figures over the days after the first: replica-seconds short
// (sum of max(0, ceil(lag / 10) - ready)), messages above the target (sum of max(0, lag - 10 x
// ready)), replica-seconds spent (pods existing, Ready or not).
import { AckPolicy, jetstream, jetstreamManager } from "@nats-io/jetstream";
import type { KubeObject } from "../runtime/api-client.ts";
import { startSecureCluster } from "../test/helpers/secure-cluster.ts";
import { report, round } from "./stats.ts";

const DAY_S = Number(process.env.BENCH_DAY_S ?? 60);
const DAYS = Number(process.env.BENCH_DAYS ?? 4);
const PEAK = 80;
const PER_REPLICA = 10;
const READY_DELAY_S = 5;
const LEAD_S = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function dailyShape(p: number): number {
  const ramp = (from: number, to: number, start: number, end: number) => from + ((to - from) * (p - start)) / (end - start);
  if (p < 0.25) return 0.1;
  if (p < 0.4) return ramp(0.1, 0.8, 0.25, 0.4);
  if (p < 0.5) return 0.8;
  if (p < 0.56) return 1;
  if (p < 0.75) return 0.7;
  if (p < 0.9) return ramp(0.7, 0.1, 0.75, 0.9);
  return 0.1;
}

const IDLE = "setInterval(() => {}, 1 << 30)";
const deployment = (name: string): KubeObject => ({
  apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace: "default" },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: {
        terminationGracePeriodSeconds: 1,
        containers: [{ name: "main", image: "host", command: [process.execPath, "-e", IDLE], readinessProbe: { exec: { command: ["true"] }, initialDelaySeconds: READY_DELAY_S, periodSeconds: 1 } }],
      },
    },
  },
});
const hpa = (name: string, annotations: Record<string, string>): KubeObject => ({
  apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name, namespace: "default", annotations },
  spec: {
    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name }, minReplicas: 1, maxReplicas: 10,
    metrics: [{ type: "External", external: { metric: { name: "jetstream_consumer_pending", selector: { matchLabels: { stream: "DAY", consumer: "workers" } } }, target: { type: "AverageValue", averageValue: String(PER_REPLICA) } } }],
    behavior: { scaleUp: { stabilizationWindowSeconds: 0, policies: [{ type: "Pods", value: 10, periodSeconds: 1 }] }, scaleDown: { stabilizationWindowSeconds: 5 } },
  },
});

interface Tally { replicaSecondsShort: number; messagesAboveTarget: number; replicaSeconds: number }
const emptyTally = (): Tally => ({ replicaSecondsShort: 0, messagesAboveTarget: 0, replicaSeconds: 0 });

const cluster = await startSecureCluster({ nodes: 1, env: { TROUPE_HPA_SYNC_PERIOD: "1s" } });
try {
  const jsm = await jetstreamManager(cluster.nc);
  await jsm.streams.add({ name: "DAY", subjects: ["day.>"] });
  await jsm.consumers.add("DAY", { durable_name: "workers", ack_policy: AckPolicy.Explicit });
  const js = jetstream(cluster.nc);
  const consumer = await js.consumers.get("DAY", "workers");
  let lag = 0;
  /** Publish or take and acknowledge messages until `target` are pending. */
  const setLag = async (target: number) => {
    while (lag < target) {
      await js.publish(`day.${lag}`, "job");
      lag++;
    }
    while (lag > target) {
      const batch = await consumer.fetch({ max_messages: lag - target, expires: 1000 });
      for await (const message of batch) {
        await message.ackAck();
        lag--;
      }
    }
  };
  for (const name of ["reactive", "predictive"]) await cluster.json.create(deployment(name));
  await cluster.json.create(hpa("reactive", {}));
  await cluster.json.create(hpa("predictive", { "autoscaling.troupe.io/predictive": "true", "autoscaling.troupe.io/predictive-season": `${DAY_S}s`, "autoscaling.troupe.io/predictive-lead": `${LEAD_S}s` }));
  const podsOf = async (name: string) => {
    const pods = (await cluster.json.list("pods", { namespace: "default", labelSelector: `app=${name}` })).items as { metadata?: { deletionTimestamp?: string }; status?: { phase?: string; conditions?: { type?: string; status?: string }[] } }[];
    const live = pods.filter((pod) => !pod.metadata?.deletionTimestamp && pod.status?.phase !== "Failed" && pod.status?.phase !== "Succeeded");
    return { existing: live.length, ready: live.filter((pod) => pod.status?.conditions?.some((condition) => condition.type === "Ready" && condition.status === "True")).length };
  };
  const tallies = { reactive: emptyTally(), predictive: emptyTally() };
  let late = 0;
  const start = Date.now();
  for (let second = 0; second < DAYS * DAY_S; second++) {
    await sleep(start + second * 1000 - Date.now());
    if (Date.now() - (start + second * 1000) > 500) late++;
    const target = Math.round(PEAK * dailyShape((second % DAY_S) / DAY_S));
    await setLag(target);
    if (second < DAY_S) continue;
    const needed = Math.ceil(lag / PER_REPLICA);
    for (const name of ["reactive", "predictive"] as const) {
      const pods = await podsOf(name);
      tallies[name].replicaSecondsShort += Math.max(0, needed - pods.ready);
      tallies[name].messagesAboveTarget += Math.max(0, lag - PER_REPLICA * pods.ready);
      tallies[name].replicaSeconds += pods.existing;
    }
  }
  const events = (await cluster.json.list("events", { namespace: "default" })).items as { reason?: string; involvedObject?: { name?: string } }[];
  const change = (key: keyof Tally) => round(((tallies.predictive[key] - tallies.reactive[key]) / Math.max(1, tallies.reactive[key])) * 100, 1);
  await report("hpa-predictive-cluster", {
    model: { daySeconds: DAY_S, days: DAYS, peakMessages: PEAK, perReplica: PER_REPLICA, podReadyDelaySeconds: READY_DELAY_S, leadSeconds: LEAD_S, syncSeconds: 1 },
    reactiveAfterDay1: tallies.reactive,
    predictiveAfterDay1: tallies.predictive,
    predictiveVsReactiveAfterDay1Percent: { replicaSecondsShort: change("replicaSecondsShort"), messagesAboveTarget: change("messagesAboveTarget"), replicaSeconds: change("replicaSeconds") },
    predictiveScaleUpEvents: events.filter((event) => event.involvedObject?.name === "predictive" && event.reason === "PredictiveScaleUp").length,
    ticksLateOver500ms: late,
  });
} finally {
  await cluster.stop();
}
