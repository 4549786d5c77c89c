// The cost of volumes at pod startup: a 3-node cluster (every role its own process, the process
// driver), then per round two Deployments of BENCH_REPLICAS (default 100) `sleep 3600` pods, one
// after the other: the baseline without volumes, and the same pods each mounting a configMap, a
// secret and an emptyDir volume. Each is timed from its create request until the benchmark's API
// watch shows every pod Running; figures are medians over BENCH_ROUNDS (default 3) rounds, and
// the ratio is with volumes over without, measured in the same run on the same cluster.
import type { KubeObject } from "../runtime/api-client.ts";
import { startWorkloadCluster, type WorkloadCluster } from "../test/helpers/workload-cluster.ts";
import { percentile, report, round } from "./stats.ts";
import { hostDeployment } from "./support/host-deployment.ts";
import { followPodsThroughApi, PodTimeline } from "./support/pod-timeline.ts";
import { waitForReadyNodes } from "./support/ready-nodes.ts";
import { SLEEP_COMMAND } from "./support/sleep-deployment.ts";

const replicas = Number(process.env.BENCH_REPLICAS ?? 100);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const RUNNING_TIMEOUT_MS = 120_000;

function deployment(name: string, withVolumes: boolean): KubeObject {
  const container = {
    name: "sleep",
    command: [...SLEEP_COMMAND],
    ...(withVolumes
      ? { volumeMounts: [{ name: "config", mountPath: "/etc/bench-config" }, { name: "secret", mountPath: "/etc/bench-secret" }, { name: "scratch", mountPath: "/scratch" }] }
      : {}),
  };
  const object = hostDeployment(name, replicas, container) as KubeObject & { spec: { template: { spec: Record<string, unknown> } } };
  if (withVolumes) {
    object.spec.template.spec.volumes = [
      { name: "config", configMap: { name: "bench-config" } },
      { name: "secret", secret: { secretName: "bench-secret" } },
      { name: "scratch", emptyDir: {} },
    ];
  }
  return object;
}

async function startupRound(cluster: WorkloadCluster, name: string, withVolumes: boolean): Promise<number[]> {
  const timeline = new PodTimeline();
  const stopWatch = await followPodsThroughApi(cluster.json, timeline, { namespace: "default", labelSelector: `app=${name}` });
  try {
    const createdAt = performance.now();
    await cluster.json.create(deployment(name, withVolumes));
    await timeline.when(() => timeline.runningAt.size >= replicas, `${replicas} pods of ${name} Running`, RUNNING_TIMEOUT_MS);
    const running = [...timeline.runningAt.values()].map((at) => at - createdAt);
    await cluster.json.delete("deployments", name, { namespace: "default" });
    await timeline.when(() => timeline.pods().length === 0, `the pods of ${name} gone`, RUNNING_TIMEOUT_MS);
    return running;
  } finally {
    await stopWatch();
  }
}

const cluster = await startWorkloadCluster({ nodes: 3 });
try {
  await waitForReadyNodes(cluster.json, 3);
  await cluster.json.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "bench-config", namespace: "default" }, data: { "app.conf": "mode=bench\n", "other.conf": "x=1\n" } });
  await cluster.json.create({ apiVersion: "v1", kind: "Secret", metadata: { name: "bench-secret", namespace: "default" }, stringData: { password: "bench-password" } });
  const perRound: Record<string, number>[] = [];
  for (let i = 1; i <= rounds; i++) {
    const plain = await startupRound(cluster, `plain-${i}`, false);
    const volumes = await startupRound(cluster, `volumes-${i}`, true);
    const figures = {
      withoutVolumesP50Ms: round(percentile(plain, 50), 1),
      withoutVolumesP99Ms: round(percentile(plain, 99), 1),
      withVolumesP50Ms: round(percentile(volumes, 50), 1),
      withVolumesP99Ms: round(percentile(volumes, 99), 1),
    };
    perRound.push(figures);
    console.error(`round ${i}/${rounds}: ${JSON.stringify(figures)}`);
  }
  const median = (key: string) => round(percentile(perRound.map((figures) => figures[key]), 50), 1);
  const figures = Object.fromEntries(Object.keys(perRound[0]).map((key) => [key, median(key)]));
  await report("volumes", {
    nodes: 3,
    replicas,
    rounds,
    volumesPerPod: ["configMap", "secret", "emptyDir"],
    ...figures,
    ratioP50: round(figures.withVolumesP50Ms / figures.withoutVolumesP50Ms, 2),
    ratioP99: round(figures.withVolumesP99Ms / figures.withoutVolumesP99Ms, 2),
    perRound,
  });
} finally {
  await cluster.stop();
}
