// Scheduling decisions per second of the pure framework, the ceiling for the scheduler service:
// BENCH_PODS pods (default 10,000, from 100 ReplicaSets) placed one by one on BENCH_NODES
// synthetic nodes (default 1,000; a tenth tainted, zones labelled), each decision assumed before
// the next, as the scheduler cache does. No NATS, no binds. Measured with Kubernetes' adaptive
// percentageOfNodesToScore (the default) and, for comparison, scoring every feasible node; then
// with the multi-zone plugins (InterPodAffinity, PodTopologySpread) turned off, the baseline,
// and with a quarter of the ReplicaSets carrying a zone spread constraint (DoNotSchedule), a
// quarter preferred and a quarter required anti-affinity on hostname ("constrained").
// Each figure is the median over BENCH_ROUNDS rounds (default 3).
import { makeNode, makePod } from "../services/scheduler/framework/fixtures.ts";
import { assume, buildNodeInfos } from "../services/scheduler/framework/node-info.ts";
import { schedulePod } from "../services/scheduler/framework/schedule.ts";
import type { SchedulePlugins } from "../services/scheduler/framework/schedule-options.ts";
import type { Node, NodeInfo, Pod } from "../services/scheduler/framework/types.ts";
import { percentile, report, round } from "./stats.ts";

const nodeCount = Number(process.env.BENCH_NODES ?? 1000);
const podCount = Number(process.env.BENCH_PODS ?? 10_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const REPLICA_SETS = 100;

function syntheticNodes(): Node[] {
  return Array.from({ length: nodeCount }, (_, i) =>
    makeNode(`node-${String(i).padStart(5, "0")}`, {
      cpu: "32",
      memory: "128Gi",
      labels: { "topology.kubernetes.io/zone": `zone-${i % 3}` },
      taints: i % 10 === 9 ? [{ key: "dedicated", value: "batch", effect: "NoSchedule" }] : [],
    }),
  );
}

const HOSTNAME = "kubernetes.io/hostname";

// The constraints ReplicaSet `rs` gives its pods in the "constrained" workload: none for one in four.
function constraintsOf(rs: number): Partial<Parameters<typeof makePod>[1]> {
  const app = `rs-${rs}`;
  const selector = { matchLabels: { app } };
  switch (rs % 4) {
    case 0:
      return { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule", labelSelector: selector }] };
    case 1:
      return { affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { labelSelector: selector, topologyKey: HOSTNAME } }] } } };
    case 2:
      return { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: selector, topologyKey: HOSTNAME }] } } };
    default:
      return {};
  }
}

function syntheticPods(prefix: string, count: number, constrained = false): Pod[] {
  return Array.from({ length: count }, (_, i) => {
    const rs = i % REPLICA_SETS;
    return makePod(`${prefix}-${i}`, {
      cpu: `${100 + (i % 5) * 100}m`,
      memory: `${128 * (1 + (i % 4))}Mi`,
      owner: `rs-${rs}`,
      labels: { app: `rs-${rs}` },
      ...(constrained ? constraintsOf(rs) : {}),
    });
  });
}

interface Round {
  podsPerSecond: number;
  decisionUs: number[];
  unschedulable: number;
  maxPodsPerNode: number;
}

function run(pods: Pod[], percentageOfNodesToScore: number, plugins?: SchedulePlugins): Round {
  const infos = buildNodeInfos(syntheticNodes(), []);
  const byName = new Map<string, NodeInfo>(infos.map((info) => [info.name, info]));
  const decisionUs: number[] = [];
  let startIndex = 0;
  let unschedulable = 0;
  const started = performance.now();
  for (let i = 0; i < pods.length; i++) {
    const t0 = performance.now();
    const result = schedulePod(pods[i], infos, { startIndex, tieBreak: i, percentageOfNodesToScore, plugins });
    startIndex = result.nextStartIndex;
    if (result.unschedulable) unschedulable++;
    else assume(byName.get(result.nodeName) as NodeInfo, pods[i]);
    decisionUs.push((performance.now() - t0) * 1000);
  }
  const seconds = (performance.now() - started) / 1000;
  return { podsPerSecond: pods.length / seconds, decisionUs, unschedulable, maxPodsPerNode: Math.max(...infos.map((info) => info.pods.length)) };
}

function median(values: number[]): number {
  return percentile(values, 50);
}

function measure(percentageOfNodesToScore: number, plugins?: SchedulePlugins, constrained = false) {
  run(syntheticPods("warm", 2000, constrained), percentageOfNodesToScore, plugins);
  const results = Array.from({ length: rounds }, (_, r) => run(syntheticPods(`r${r}`, podCount, constrained), percentageOfNodesToScore, plugins));
  return {
    podsPerSecond: Math.round(median(results.map((result) => result.podsPerSecond))),
    decisionP50Us: round(median(results.map((result) => percentile(result.decisionUs, 50))), 1),
    decisionP99Us: round(median(results.map((result) => percentile(result.decisionUs, 99))), 1),
    unschedulable: Math.max(...results.map((result) => result.unschedulable)),
    maxPodsPerNode: Math.max(...results.map((result) => result.maxPodsPerNode)),
    perRoundPodsPerSecond: results.map((result) => Math.round(result.podsPerSecond)),
  };
}

const OFF: SchedulePlugins = { interPodAffinity: false, podTopologySpread: false };
const adaptive = measure(0);
const allNodes = measure(100);
const pluginsOff = measure(0, OFF);
const constrained = measure(0, undefined, true);

await report("scheduler-framework", {
  nodes: nodeCount,
  pods: podCount,
  rounds,
  podsPerSecond: adaptive.podsPerSecond,
  decisionP50Us: adaptive.decisionP50Us,
  decisionP99Us: adaptive.decisionP99Us,
  unschedulable: adaptive.unschedulable,
  maxPodsPerNode: adaptive.maxPodsPerNode,
  perRoundPodsPerSecond: adaptive.perRoundPodsPerSecond,
  scoringAllNodes: allNodes,
  multiZonePluginsOff: pluginsOff,
  constrained,
  targetPodsPerSecond: 1000,
});
