// The cluster autoscaler's reaction: a pod that fits on no node, until a new node is Ready and
// the pod Running there, with the parts (detect: created -> the autoscaler asks the provider;
// provider: the ask -> the kubelet started; node Ready; scheduled; running). The API, scheduler and
// controller manager run as their own processes; one fake-driver kubelet is the fixed node
// "base" (2 cpu); the node group "hollow" (4 cpu nodes) is served by a hollow-node provider in this
// process (runtime/node-groups: each node a fake-driver kubelet process). Baseline, same run: the
// same pod, small enough for "base", from created to Running. BENCH_ROUNDS rounds (default 5),
// each waiting for the node's removal (unneeded time 1 s) before the next. BENCH_DRIVER=process
// runs every kubelet with the process driver (the pods' `sleep` really runs), results in
// bench/results/cluster-autoscaler-process.json.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "@nats-io/transport-node";
import { waitForApi } from "../cli/cluster/wait-for-api.ts";
import { JsonApiClient, type KubeObject } from "../runtime/api-client.ts";
import { findResource, type ResourceInfo } from "../runtime/codec/resources.ts";
import { startNatsServer } from "../runtime/nats-server.ts";
import { LocalNodeGroupProvider } from "../runtime/node-groups/local-node-group-provider.ts";
import { serveNodeGroupProvider } from "../runtime/node-groups/nats-node-group-provider.ts";
import { Informer } from "../runtime/store/informer.ts";
import { KvStore } from "../runtime/store/kv-store.ts";
import { ObjectRepository, type ApiObject } from "../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../runtime/subjects.ts";
import type { NodeGroup } from "../services/controllers/cluster-autoscaler/node-group-config.ts";
import { kubeletNodeLauncher } from "../test/helpers/kubelet-node-launcher.ts";
import { percentile, report, round, summarize } from "./stats.ts";
import { startBenchService, type BenchService } from "./support/service-process.ts";

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
/** fake (hollow nodes, default) or process (real kubelets running `sleep`, as under `troupe up`). */
const driver = process.env.BENCH_DRIVER === "process" ? "process" : "fake";
const TIMEOUT_MS = 120_000;
const GROUP: NodeGroup = { name: "hollow", minSize: 0, maxSize: 2, template: { cpu: "4", memory: "8Gi", pods: 110, labels: {}, taints: [] } };

interface Seen { at: number; object: ApiObject }

/** The first time each predicate held, per object name, on this process's clock. */
class Timeline {
  readonly #waiters = new Set<() => void>();
  readonly objects = new Map<string, ApiObject>();
  observe(object: ApiObject): void {
    this.objects.set(object.metadata?.name ?? "", object);
    for (const wake of this.#waiters) wake();
  }
  forget(object: ApiObject): void {
    this.objects.delete(object.metadata?.name ?? "");
    for (const wake of this.#waiters) wake();
  }
  when(test: (objects: Map<string, ApiObject>) => boolean, what: string): Promise<Seen> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!test(this.objects)) return;
        this.#waiters.delete(check);
        clearTimeout(timer);
        resolve({ at: performance.now(), object: {} as ApiObject });
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`timed out waiting for ${what}`));
      }, TIMEOUT_MS);
      this.#waiters.add(check);
      check();
    });
  }
}

async function follow(repo: ObjectRepository, plural: string, timeline: Timeline): Promise<() => void> {
  const informer = new Informer<ApiObject>({ repo, info: findResource(plural) as ResourceInfo });
  informer.addHandlers({ onAdd: (object) => timeline.observe(object), onUpdate: (_previous, object) => timeline.observe(object), onDelete: (object) => timeline.forget(object) });
  await informer.start();
  return () => informer.stop();
}

type Conditioned = { status?: { phase?: string; conditions?: { type?: string; status?: string; reason?: string }[] }; spec?: { nodeName?: string } };
const condition = (object: ApiObject | undefined, type: string) => ((object as Conditioned | undefined)?.status?.conditions ?? []).find((c) => c.type === type);
const isReadyNode = (node: ApiObject | undefined) => condition(node, "Ready")?.status === "True";
const isRunning = (pod: ApiObject | undefined) => (pod as Conditioned | undefined)?.status?.phase === "Running";

function pod(name: string, cpu: string): KubeObject {
  return {
    apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default" },
    spec: { terminationGracePeriodSeconds: 0, containers: [{ name: "c", image: "host", command: ["sleep", "3600"], resources: { requests: { cpu, memory: "64Mi" } } }] },
  };
}

const server = await startNatsServer();
const dir = await mkdtemp(join(tmpdir(), "troupe-bench-ca-"));
const services: BenchService[] = [];
const started = new Set<() => Promise<void>>();
try {
  const configFile = join(dir, "cluster-autoscaler.json");
  await writeFile(configFile, JSON.stringify({ nodeGroups: [GROUP], scaleDownUnneededTime: "1s", scaleDownDelayAfterAdd: "0s" }));
  services.push(await startBenchService("services/api/main.ts", server.url));
  await waitForApi({ natsUrl: server.url, timeoutMs: 60_000, abort: new Promise<never>(() => {}) });
  services.push(await startBenchService("services/scheduler/main.ts", server.url));
  services.push(await startBenchService("services/controllers/main.ts", server.url, { TROUPE_CLUSTER_AUTOSCALER_CONFIG: configFile }));
  services.push(await startBenchService("services/kubelet/main.ts", server.url, { TROUPE_DRIVER: driver, TROUPE_NODE_NAME: "base", TROUPE_POD_CIDR: "127.128.250.0/24", TROUPE_KUBELET_DIR: dir, TROUPE_NODE_CPU: "2", TROUPE_NODE_MEMORY: "4Gi" }));
  const nc = await connect({ servers: server.url });
  const client = new JsonApiClient(nc, { timeoutMs: 30_000 });
  const repo = new ObjectRepository(await KvStore.open(nc, { bucket: STATE_BUCKET }));
  const pods = new Timeline();
  const nodes = new Timeline();
  const stops = [await follow(repo, "pods", pods), await follow(repo, "nodes", nodes)];
  let providerAskedAt = 0;
  let providerDoneAt = 0;
  const launch = kubeletNodeLauncher({ natsUrl: server.url, kubeletDir: dir, groups: [GROUP], driver, started });
  const provider = new LocalNodeGroupProvider({
    groups: [GROUP], maxIndex: 10,
    launcher: async (node) => {
      providerAskedAt = performance.now();
      const launched = await launch(node);
      providerDoneAt = performance.now();
      return launched;
    },
  });
  const serving = await serveNodeGroupProvider(nc, [GROUP.name], provider);
  await nodes.when((all) => isReadyNode(all.get("base")), "base Ready");

  const baseline: number[] = [];
  const parts = { detect: [] as number[], provider: [] as number[], nodeReady: [] as number[], scheduled: [] as number[], running: [] as number[], total: [] as number[] };
  for (let round_ = 1; round_ <= rounds; round_++) {
    const small = `small-${round_}`;
    const smallAt = performance.now();
    await client.create(pod(small, "500m"));
    baseline.push((await pods.when((all) => isRunning(all.get(small)), `${small} Running`)).at - smallAt);
    await client.delete("pods", small, { namespace: "default" });

    const big = `big-${round_}`;
    const createdAt = performance.now();
    await client.create(pod(big, "3"));
    const unschedulable = await pods.when((all) => condition(all.get(big), "PodScheduled")?.reason === "Unschedulable", `${big} Unschedulable`);
    const ready = await nodes.when((all) => [...all.values()].some((node) => node.metadata?.name !== "base" && isReadyNode(node)), "a new node Ready");
    const bound = await pods.when((all) => Boolean((all.get(big) as Conditioned | undefined)?.spec?.nodeName), `${big} bound`);
    const running = await pods.when((all) => isRunning(all.get(big)), `${big} Running`);
    parts.detect.push(providerAskedAt - createdAt);
    parts.provider.push(providerDoneAt - providerAskedAt);
    parts.nodeReady.push(ready.at - providerDoneAt);
    parts.scheduled.push(bound.at - ready.at);
    parts.running.push(running.at - bound.at);
    parts.total.push(running.at - createdAt);
    console.error(`round ${round_}: ${round((running.at - createdAt) / 1000, 2)} s (unschedulable after ${round((unschedulable.at - createdAt) / 1000, 2)} s); baseline ${round(baseline.at(-1) ?? 0, 0)} ms`);
    await client.delete("pods", big, { namespace: "default" });
    await nodes.when((all) => all.size === 1, "the added node removed");
  }
  serving.stop();
  for (const stop of stops) stop();
  await nc.close();
  const ms = (samples: number[]) => summarize(samples.map((value) => round(value, 0)));
  await report(driver === "fake" ? "cluster-autoscaler" : "cluster-autoscaler-process", {
    rounds,
    driver,
    pendingToRunningSeconds: round(percentile(parts.total, 50) / 1000, 2),
    parts: { detect: ms(parts.detect), provider: ms(parts.provider), nodeReady: ms(parts.nodeReady), scheduled: ms(parts.scheduled), running: ms(parts.running) },
    total: ms(parts.total),
    baselineExistingNodeMs: ms(baseline),
    targetSeconds: 5,
  });
} finally {
  await Promise.all([...started].map((stop) => stop()));
  for (const service of services.reverse()) await service.stop();
  await server.destroy();
  await rm(dir, { recursive: true, force: true });
}
