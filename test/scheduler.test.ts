// The scheduler service against a real nats-server and API: binding and spreading, explaining
// an unschedulable pod until a node fits it, leader election between two replicas, and lost
// bind races between two schedulers acting at once.
import test from "ava";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import type { Registry } from "prom-client";
import { TypedApiClient } from "../runtime/api-client.ts";
import { createLogger } from "../runtime/log.ts";
import { createMetricsRegistry } from "../runtime/metrics.ts";
import { ATTR_K8S_NAMESPACE_NAME, ATTR_K8S_NODE_NAME, ATTR_K8S_POD_NAME } from "../runtime/semconv.ts";
import { startTelemetry, type Telemetry } from "../runtime/telemetry.ts";
import { makeNode, makePod } from "../services/scheduler/framework/fixtures.ts";
import type { Pod } from "../services/scheduler/framework/mod.ts";
import { SchedulerService } from "../services/scheduler/scheduler-service.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { sampleValue } from "./helpers/metrics.ts";

interface Replica {
  service: SchedulerService;
  registry: Registry;
  nc: NatsConnection;
}

const exporter = new InMemorySpanExporter();
const quiet = createLogger("scheduler-test", {}, { level: "error" });
let telemetry: Telemetry;
let cluster: ApiTestCluster;
let client: TypedApiClient;
const replicas: Replica[] = [];

test.before(async () => {
  telemetry = await startTelemetry({ serviceName: "troupe-scheduler-test", spanProcessors: [new SimpleSpanProcessor(exporter)] });
  cluster = await startApiTestCluster();
  client = new TypedApiClient(cluster.nc);
  for (const name of ["node-a", "node-b", "node-c"]) await client.create(makeNode(name, { cpu: "2", memory: "4Gi", pods: "110" }));
});

test.after.always(async () => {
  for (const replica of replicas) {
    await replica.service.stop().catch(() => undefined);
    await replica.nc.close().catch(() => undefined);
  }
  await cluster?.stop();
  await telemetry?.shutdown();
});

async function startReplica(identity: string): Promise<Replica> {
  const nc = await connect({ servers: cluster.server.url });
  const registry = createMetricsRegistry({ service: "troupe-scheduler", defaultMetrics: false });
  // Short retries keep the tests quick; a short lease makes fail-over quick too.
  const service = await SchedulerService.start(
    { nc, registry, logger: quiet },
    { identity, podInitialBackoffMs: 100, podMaxBackoffMs: 500, lease: { leaseDurationMs: 1500, renewDeadlineMs: 1000, retryPeriodMs: 200 } },
  );
  const replica = { service, registry, nc };
  replicas.push(replica);
  await service.whenSynced();
  return replica;
}

async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function createPods(prefix: string, count: number, fixture: Parameters<typeof makePod>[1] = {}): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  await Promise.all(names.map((name) => client.create(makePod(name, { cpu: "100m", memory: "64Mi", ...fixture }))));
  return names;
}

/** Node of each named pod, once all are bound. */
async function boundNodes(names: readonly string[]): Promise<Map<string, string>> {
  return eventually(async () => {
    const pods = (await client.list<Pod>("pods", { namespace: "default" })).items;
    const nodes = new Map(pods.filter((pod) => names.includes(pod.metadata?.name ?? "")).map((pod) => [pod.metadata?.name ?? "", pod.spec?.nodeName ?? ""]));
    return names.every((name) => nodes.get(name)) ? nodes : undefined;
  }, `${names.length} pods bound`);
}

const scheduled = async (replica: Replica) => (await sampleValue(replica.registry, "troupe_scheduler_schedule_attempts_total", { result: "scheduled" })) ?? 0;

/** The scheduler counts a bind when the API's reply arrives, which may be after the pod shows bound. */
async function scheduledReaches(replica: Replica, count: number): Promise<number> {
  await eventually(async () => ((await scheduled(replica)) >= count || undefined), `${count} binds counted`, 5000).catch(() => undefined);
  return scheduled(replica);
}

test.serial("the scheduler binds pending pods and spreads one owner's pods across the nodes", async (t) => {
  const leader = await startReplica("scheduler-a");
  t.true(leader.service.ready);
  await eventually(() => leader.service.leading || undefined, "scheduler-a leading");
  exporter.reset();
  const names = await createPods("web", 6, { owner: "6f1c2a6e-0000-4000-8000-000000000001" });
  const nodes = await boundNodes(names);
  const perNode = new Map<string, number>();
  for (const node of nodes.values()) perNode.set(node, (perNode.get(node) ?? 0) + 1);
  t.deepEqual([...perNode.entries()].sort(), [["node-a", 2], ["node-b", 2], ["node-c", 2]]);

  const pod = await client.get<Pod>("pods", "default", "web-0");
  t.like(pod.status?.conditions?.find((condition) => condition.type === "PodScheduled"), { status: "True" });
  t.is(await scheduledReaches(leader, 6), 6);
  t.is(await sampleValue(leader.registry, "troupe_scheduler_pod_scheduling_sli_duration_seconds_count"), 6);
  const span = exporter.getFinishedSpans().find((candidate) => candidate.name === "schedule pod" && candidate.attributes[ATTR_K8S_POD_NAME] === "web-0");
  t.like(span?.attributes, { [ATTR_K8S_NAMESPACE_NAME]: "default", [ATTR_K8S_NODE_NAME]: nodes.get("web-0") });
});

test.serial("a pod no node fits stays pending with the reason, and is bound once a big enough node joins", async (t) => {
  const [leader] = replicas;
  await client.create(makePod("huge", { cpu: "3", memory: "1Gi" }));
  const expected = "0/3 nodes are available: 3 Insufficient cpu.";
  const condition = await eventually(async () => {
    const pod = await client.get<Pod>("pods", "default", "huge");
    return pod.status?.conditions?.find((candidate) => candidate.type === "PodScheduled" && candidate.status === "False");
  }, "PodScheduled=False on huge");
  t.like(condition, { reason: "Unschedulable", message: expected });
  const events = await eventually(async () => {
    const list = await cluster.client.list("events", { namespace: "default", fieldSelector: "involvedObject.name=huge,reason=FailedScheduling" });
    return list.items.length > 0 ? list.items : undefined;
  }, "a FailedScheduling event");
  t.like(events[0], { type: "Warning", message: expected, source: { component: "default-scheduler" } });
  t.is((await client.get<Pod>("pods", "default", "huge")).spec?.nodeName ?? "", "");
  t.is(await sampleValue(leader.registry, "troupe_scheduler_pending_pods", { queue: "unschedulable" }), 1);

  await client.create(makeNode("node-big", { cpu: "4", memory: "8Gi", pods: "110" }));
  const nodes = await boundNodes(["huge"]);
  t.is(nodes.get("huge"), "node-big");
  t.true(((await sampleValue(leader.registry, "troupe_scheduler_schedule_attempts_total", { result: "unschedulable" })) ?? 0) >= 1);
});

test.serial("of two replicas only the leader binds, and the standby takes over when the leader stops", async (t) => {
  const [leader] = replicas;
  const standby = await startReplica("scheduler-b");
  t.true(standby.service.ready, "a standby is ready too");
  t.false(standby.service.leading);
  const before = await scheduled(leader);
  await boundNodes(await createPods("first", 5));
  t.is(await scheduledReaches(leader, before + 5), before + 5);
  t.is(await scheduled(standby), 0);

  await leader.service.stop();
  await eventually(() => standby.service.leading || undefined, "scheduler-b leading", 10_000);
  await boundNodes(await createPods("second", 5));
  t.is(await scheduledReaches(standby, 5), 5);
  t.is(standby.service.elector.leader, "scheduler-b");
});

test.serial("two schedulers acting at once lose bind races without double counting a pod", async (t) => {
  const leader = replicas[1];
  const rogue = await startReplica("scheduler-c");
  // As during a hand-over where the old leader has not noticed yet: both decide every pod.
  await leader.service.scheduler.stop();
  const names = await createPods("race", 30);
  // Both informers see the new pods within milliseconds; then both schedulers start in the same
  // tick, so each sends its binds before either hears back.
  await new Promise((resolve) => setTimeout(resolve, 500));
  leader.service.scheduler.start();
  rogue.service.scheduler.start();
  t.teardown(() => rogue.service.scheduler.stop());
  const nodes = await boundNodes(names);
  const errors = async (replica: Replica) => (await sampleValue(replica.registry, "troupe_scheduler_schedule_attempts_total", { result: "error" })) ?? 0;
  // Each pod was bound by one scheduler and refused (Conflict) to the other.
  await eventually(async () => ((await scheduled(rogue)) + (await scheduled(leader)) - 5 === 30 || undefined), "30 successful binds");
  await eventually(async () => ((await errors(rogue)) + (await errors(leader)) === 30 || undefined), "30 lost bind races");
  // Both caches converge on where the pods really are, each pod counted once.
  for (const replica of [leader, rogue]) {
    const cache = replica.service.scheduler.cache;
    await eventually(() => names.every((name) => cache.nodeOf(`default/${name}`) === nodes.get(name)) || undefined, "caches converged");
    for (const info of cache.nodeInfos) {
      const keys = info.pods.map((pod) => `${pod.metadata?.namespace}/${pod.metadata?.name}`);
      t.is(new Set(keys).size, keys.length, `${info.name} counts each pod once`);
    }
  }
  t.is((await scheduled(rogue)) + (await scheduled(leader)) - 5, 30, "no pod bound twice");
});
