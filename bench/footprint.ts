// Idle memory of a local cluster: `troupe up -d` in a fresh TROUPE_HOME, the examples applied,
// BENCH_IDLE_SECONDS (default 10) of idling, then the RSS of each of its processes (median of 5
// samples 1 s apart). The cluster is nats-server plus the services (API, scheduler, controller
// manager, a kubelet per node: 3 by default); the control plane of issue 2 is nats-server and the
// API. The supervisor, `troupe up`'s own process, is reported apart. Baselines, in the same run
// and idle for as long: a bare nats-server with JetStream, and a bare Node process on the same
// binary (the floor under any Node service). The cluster is started and stopped once before, so
// that Node's compile cache holds every module.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { startNatsServer } from "../runtime/nats-server.ts";
import { report, round } from "./stats.ts";
import { LocalCluster } from "./support/local-cluster.ts";
import { medianRssMb, sharedAwareMemory, type SharedAwareMemory } from "./support/process-memory.ts";

const idleMs = Number(process.env.BENCH_IDLE_SECONDS ?? 10) * 1000;

// A first start fills Node's compile cache (SERVICE_NODE_ENV) for sources changed since the last
// one; it is the steady state, every later start, that is measured.
const warmUp = await LocalCluster.create();
try {
  await warmUp.up();
  await warmUp.waitForReadyServices();
} finally {
  await warmUp.destroy();
}

const cluster = await LocalCluster.create();
let clusterRss: Record<string, number>;
let supervisorRssMb: number;
let apiShared: SharedAwareMemory;
let clusterPssMb: number;
try {
  await cluster.up();
  await cluster.apply(join(import.meta.dirname, "..", "examples"));
  await sleep(idleMs);
  const context = await cluster.context();
  const { supervisor, ...services } = await medianRssMb({
    supervisor: context.pid,
    ...Object.fromEntries(context.services.map((service) => [service.name, service.pid])),
  });
  clusterRss = services;
  supervisorRssMb = supervisor;
  const api = context.services.find((service) => service.name === "api");
  if (!api) throw new Error("the cluster has no api service");
  apiShared = await sharedAwareMemory(api.pid);
  // RSS counts the Node binary once per process; PSS divides shared pages among their users.
  const shared = await Promise.all(context.services.map((service) => sharedAwareMemory(service.pid)));
  clusterPssMb = round(shared.reduce((total, memory) => total + memory.pssMb, 0), 1);
} finally {
  await cluster.destroy();
}

const server = await startNatsServer();
const node = spawn(process.execPath, ["-e", "setTimeout(() => {}, 1e9)"], { stdio: "ignore" });
let bare: Record<string, number>;
try {
  await sleep(idleMs);
  bare = await medianRssMb({ natsServer: server.pid, node: node.pid ?? 0 });
} finally {
  const exited = new Promise((resolve) => node.once("exit", resolve));
  node.kill("SIGKILL");
  await exited;
  await server.destroy();
}

const sum = (values: number[]) => round(values.reduce((total, mb) => total + mb, 0), 1);
await report("footprint", {
  natsServerRssMb: clusterRss["nats-server"],
  apiRssMb: clusterRss.api,
  // The issue-2 control plane, against targetMb.
  controlPlaneRssMb: sum([clusterRss["nats-server"], clusterRss.api]),
  // Every service the cluster runs, so a new one is counted without touching this file.
  clusterRssMb: sum(Object.values(clusterRss)),
  rssMbByService: clusterRss,
  clusterPssMb,
  supervisorRssMb,
  // RSS counts the Node binary's pages, which every Node process of the cluster shares.
  apiPssMb: apiShared.pssMb,
  apiUssMb: apiShared.ussMb,
  bareNatsServerRssMb: bare.natsServer,
  bareNodeRssMb: bare.node,
  targetMb: 120,
  clusterTargetMb: 400,
});
