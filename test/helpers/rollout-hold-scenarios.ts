// The two changes of the termination-hold tests (issue 10, point 2), run by
// test/e2e-rollout-hold.test.ts with the hold and test/e2e-rollout-no-hold.test.ts without:
// a rolling update of 3 hello replicas to a new template, and a scale-down from 6 to 2, each
// under load through the LoadBalancer Service. The clusters delay endpoint updates by 1 s
// (the controller manager's --endpoint-updates-batch-period), so there is always a window in
// which the proxies still route to a pod that is terminating: with the hold the pod keeps
// serving through it; without, the pod has stopped listening and every proxy that picks it is
// refused (retried on another endpoint by the proxy, but a connection sent to a stopped pod).
import { startWorkloadCluster, type WorkloadCluster } from "./workload-cluster.ts";
import { deployHello, helloDeployment, underLoad, type UnderLoadResult } from "./rollout-under-load.ts";

export const ENDPOINT_BATCH_PERIOD_MS = 1000;

export function startHoldCluster(hold: boolean): Promise<WorkloadCluster> {
  return startWorkloadCluster({
    nodes: 3,
    proxies: true,
    env: { TROUPE_ENDPOINT_UPDATES_BATCH_PERIOD_MS: String(ENDPOINT_BATCH_PERIOD_MS) },
    // A loaded machine can put the proxies' informers seconds behind: a bound well above the
    // batch period, so a hold ends by confirmation (what is tested), not by its bound.
    kubeletEnv: hold ? { TROUPE_KUBELET_TERMINATION_HOLD: "on", TROUPE_KUBELET_TERMINATION_HOLD_TIMEOUT_MS: "12000" } : { TROUPE_KUBELET_TERMINATION_HOLD: "off" },
  });
}

/** 3 replicas greeting "v1" rolled to "v2" (maxSurge 1, maxUnavailable 0: 25% of 3). */
export async function rollingUpdate(cluster: WorkloadCluster): Promise<UnderLoadResult> {
  await deployHello(cluster, 3, "v1");
  return underLoad(cluster, await helloDeployment(3, "v2"), 3, "v2");
}

/** 6 replicas greeting "v2" scaled to 2. */
export async function scaleDown(cluster: WorkloadCluster): Promise<UnderLoadResult> {
  await deployHello(cluster, 6, "v2");
  return underLoad(cluster, await helloDeployment(2, "v2"), 2, "v2");
}

export const summary = (result: UnderLoadResult) =>
  `${result.load.ok} ok, ${result.load.failed} failed ${JSON.stringify(result.load.errors)}, ${result.load.newConnections} on new and ${result.load.keepAlive} on keep-alive connections (${result.load.retriedOnReusedConnection} sent again after a reset of a reused connection), min Ready ${result.minReady} over ${result.readySamples} samples, ${result.refused} connects refused by a stopped pod, ${result.holds} holds (${result.holdsTimedOut} timed out, mean ${result.holdMeanMs} ms), ${result.wallMs} ms`;
