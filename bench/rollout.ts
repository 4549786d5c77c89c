// A rolling update of N replicas of examples/hello (default 100; `--replicas N` or
// BENCH_REPLICAS) on a 3-node cluster (every role its own process, the process driver, a node
// proxy per node), behind its LoadBalancer Service, while a client sends requests as fast as it
// can over new and keep-alive connections: wall time from the template change until every pod
// runs it and the load balancer answers only from it, the fewest Ready pods seen during it
// (maxUnavailable 25% allows N - N/4), failed requests (goal 0) and connections the proxies sent
// to a pod that had stopped listening. Baseline, in the same run: the same rollout on a cluster
// whose kubelets have the termination hold off (TROUPE_KUBELET_TERMINATION_HOLD=off).
// Endpoint updates are not delayed here (batch period 0, the default).
import { parseArgs } from "node:util";
import { startWorkloadCluster } from "../test/helpers/workload-cluster.ts";
import { deployHello, helloDeployment, underLoad, type UnderLoadResult } from "../test/helpers/rollout-under-load.ts";
import { report } from "./stats.ts";
import { waitForReadyNodes } from "./support/ready-nodes.ts";

const { values } = parseArgs({ options: { replicas: { type: "string" } } });
const replicas = Number(values.replicas ?? process.env.BENCH_REPLICAS ?? 100);
if (!Number.isInteger(replicas) || replicas < 1) {
  console.error(`rollout benchmark: --replicas must be a whole number >= 1, not "${values.replicas ?? process.env.BENCH_REPLICAS}"`);
  process.exit(1);
}
const timeoutMs = 120_000 + replicas * 3000;

async function rollout(hold: boolean): Promise<UnderLoadResult> {
  const cluster = await startWorkloadCluster({ nodes: 3, proxies: true, kubeletEnv: { TROUPE_KUBELET_TERMINATION_HOLD: hold ? "on" : "off" } });
  try {
    await waitForReadyNodes(cluster.json, 3);
    await deployHello(cluster, replicas, "v1", timeoutMs);
    const result = await underLoad(cluster, await helloDeployment(replicas, "v2"), replicas, "v2", timeoutMs);
    console.error(`hold ${hold ? "on" : "off"}: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await cluster.stop();
  }
}

const figures = (result: UnderLoadResult) => ({
  wallMs: result.wallMs,
  minReady: result.minReady,
  requests: result.load.ok + result.load.failed,
  failedRequests: result.load.failed,
  errors: result.load.errors,
  refusedConnects: result.refused,
  holds: result.holds,
  holdsTimedOut: result.holdsTimedOut,
  holdMeanMs: result.holdMeanMs,
});

const withHold = await rollout(true);
const withoutHold = await rollout(false);
await report("rollout", {
  nodes: 3,
  replicas,
  maxUnavailable: Math.floor(replicas / 4),
  aimMinReady: replicas - Math.floor(replicas / 4),
  aimFailedRequests: 0,
  hold: figures(withHold),
  baselineHoldOff: figures(withoutHold),
});
