// One scheduling decision, as kube-scheduler's scheduling cycle makes it: run the filters on the
// nodes (from a rotating start, stopping once enough feasible nodes are found), score those nodes,
// and pick the best; or explain, with Kubernetes' aggregated message, why no node fits.
// Pure: the NodeInfos are only read; the caller `assume`s the decision before the next pod.
import { FEASIBLE } from "./filter-status.ts";
import { NO_NODES_MESSAGE, unschedulableMessage } from "./fit-error.ts";
import { nodeAffinity } from "./filters/node-affinity.ts";
import { nodeName } from "./filters/node-name.ts";
import { nodePorts } from "./filters/node-ports.ts";
import { nodeReady } from "./filters/node-ready.ts";
import { nodeResourcesFit } from "./filters/node-resources-fit.ts";
import { nodeUnschedulable } from "./filters/node-unschedulable.ts";
import { taintToleration } from "./filters/taint-toleration.ts";
import { interPodAffinity, interPodAffinityPreFilter, interPodAffinityScorer } from "./inter-pod-affinity.ts";
import { podRequestOf } from "./pod-request.ts";
import { podTopologySpread, podTopologySpreadPreFilter, podTopologySpreadScorer } from "./pod-topology-spread.ts";
import { numFeasibleNodesToFind, resolveScheduleOptions, type ScheduleOptions, type SchedulePlugins, type ScoreWeights } from "./schedule-options.ts";
import { leastAllocated } from "./scores/least-allocated.ts";
import { preferredNodeAffinity } from "./scores/node-affinity.ts";
import { selectorSpread } from "./scores/selector-spread.ts";
import { taintToleration as preferNoScheduleTaints } from "./scores/taint-toleration.ts";
import type { CycleState, Filter, FilterStatus, NamespaceLabels, NodeInfo, Pod, PodRequest, Scorer } from "./types.ts";
import { volumeBinding } from "./volume-binding.ts";

/**
 * Kubernetes' filter order, with NodeReady after TaintToleration so a not-ready node's taint is
 * the reason reported, as in a cluster whose node lifecycle controller taints such nodes.
 * PodTopologySpread and InterPodAffinity pass a pod whose PreFilter found nothing to check.
 */
export const FILTERS: readonly Filter[] = [nodeUnschedulable, nodeName, taintToleration, nodeReady, nodeAffinity, nodePorts, nodeResourcesFit, volumeBinding, podTopologySpread, interPodAffinity];

type WeightedScorer = readonly [Scorer, keyof ScoreWeights];
const BASE_SCORERS: readonly WeightedScorer[] = [
  [leastAllocated, "leastAllocated"],
  [preferredNodeAffinity, "nodeAffinity"],
  [preferNoScheduleTaints, "taintToleration"],
];
const SCORERS_BY_PLUGINS = new Map<string, readonly WeightedScorer[]>();

function scorersFor(plugins: SchedulePlugins): readonly WeightedScorer[] {
  const key = `${plugins.interPodAffinity}/${plugins.podTopologySpread}`;
  let scorers = SCORERS_BY_PLUGINS.get(key);
  if (!scorers) {
    scorers = [
      ...BASE_SCORERS,
      plugins.podTopologySpread ? ([podTopologySpreadScorer, "podTopologySpread"] as const) : ([selectorSpread, "selectorSpread"] as const),
      ...(plugins.interPodAffinity ? [[interPodAffinityScorer, "interPodAffinity"] as const] : []),
    ];
    SCORERS_BY_PLUGINS.set(key, scorers);
  }
  return scorers;
}

const NO_NAMESPACE_LABELS: NamespaceLabels = () => undefined;
const NO_SPREAD = Object.freeze({ constraints: [], systemDefaulted: false });

export interface Scheduled {
  unschedulable: false;
  nodeName: string;
  /** The chosen node's weighted total. */
  score: number;
  /** Weighted totals by node name: the chosen node's, or every scored node's with `recordScores`. */
  scores: Record<string, number>;
  feasibleNodes: number;
  /** Where the next decision's search should start (kube-scheduler's nextStartNodeIndex). */
  nextStartIndex: number;
}

export interface Unschedulable {
  unschedulable: true;
  /** e.g. "0/3 nodes are available: 3 Insufficient cpu." */
  message: string;
  /** Reason → number of nodes that gave it. */
  reasons: Record<string, number>;
  nextStartIndex: number;
}

export type ScheduleResult = Scheduled | Unschedulable;

/** Runs the filters in order; the first failure is the node's status, as in kube-scheduler. */
export function filterNode(pod: PodRequest, nodeInfo: NodeInfo): FilterStatus {
  for (const filter of FILTERS) {
    const status = filter(pod, nodeInfo);
    if (!status.feasible) return status;
  }
  return FEASIBLE;
}

// Scratch space reused across decisions so the per-node loops allocate nothing. Decisions are
// synchronous, so no two ever share it.
const feasible: NodeInfo[] = [];
let raw = new Float64Array(1024);
let totals = new Float64Array(1024);

function scoreFeasible(pod: PodRequest, count: number, weights: ScoreWeights, scorers: readonly WeightedScorer[], allNodes: readonly NodeInfo[]): void {
  if (raw.length < count) {
    raw = new Float64Array(count * 2);
    totals = new Float64Array(count * 2);
  }
  totals.fill(0, 0, count);
  for (const [scorer, key] of scorers) {
    const weight = weights[key];
    if (weight === 0 || !scorer.applies(pod)) continue;
    if (scorer.preScore && !scorer.preScore(pod, feasible, count, allNodes)) continue;
    for (let i = 0; i < count; i++) raw[i] = scorer.score(pod, feasible[i]);
    scorer.normalize?.(raw, count);
    for (let i = 0; i < count; i++) totals[i] += weight * raw[i];
  }
}

// Among the nodes with the top score, the tieBreak-th (in search order) wins: deterministic, and
// a growing counter spreads equal nodes the way kube-scheduler's random pick does.
function selectHost(count: number, tieBreak: number): number {
  let best = Number.NEGATIVE_INFINITY;
  let ties = 0;
  for (let i = 0; i < count; i++) {
    if (totals[i] > best) {
      best = totals[i];
      ties = 1;
    } else if (totals[i] === best) ties++;
  }
  let wanted = tieBreak % ties;
  for (let i = 0; i < count; i++) {
    if (totals[i] === best && wanted-- === 0) return i;
  }
  return 0;
}

/** Chooses a node for `pod` among `nodeInfos`, or says why none fits. */
export function schedulePod(pod: Pod, nodeInfos: readonly NodeInfo[], options?: ScheduleOptions): ScheduleResult {
  const { weights, percentageOfNodesToScore, startIndex, tieBreak, recordScores, plugins } = resolveScheduleOptions(options);
  const nodeCount = nodeInfos.length;
  if (nodeCount === 0) return { unschedulable: true, message: NO_NODES_MESSAGE, reasons: {}, nextStartIndex: 0 };
  const volumes = options?.volumes;
  // VolumeBinding's PreFilter: a pod whose claims cannot be placed fails on every node at once.
  if (volumes && !volumes.schedulable) {
    return { unschedulable: true, message: `0/${nodeCount} nodes are available: ${volumes.reason}.`, reasons: { [volumes.reason]: nodeCount }, nextStartIndex: startIndex % nodeCount };
  }
  const podRequest = podRequestOf(pod);
  const cycle: CycleState = { namespaceLabels: options?.namespaceLabels ?? NO_NAMESPACE_LABELS };
  const request: PodRequest = {
    ...podRequest,
    ...(volumes && volumes.nodeMatchers.length > 0 ? { volumeNodeMatchers: volumes.nodeMatchers } : {}),
    spread: plugins.podTopologySpread ? podRequest.spread : NO_SPREAD,
    cycle,
  };
  // PreFilters: what the per-node filters read, counted once over all nodes.
  if (plugins.podTopologySpread) cycle.podTopologySpread = podTopologySpreadPreFilter(request, nodeInfos);
  if (plugins.interPodAffinity) cycle.interPodAffinity = interPodAffinityPreFilter(request, nodeInfos, cycle.namespaceLabels);
  const wanted = numFeasibleNodesToFind(nodeCount, percentageOfNodesToScore);
  const start = startIndex % nodeCount;
  const reasons = new Map<string, number>();
  feasible.length = 0;
  let processed = 0;
  while (processed < nodeCount && feasible.length < wanted) {
    const nodeInfo = nodeInfos[(start + processed) % nodeCount];
    processed++;
    const status = filterNode(request, nodeInfo);
    if (status.feasible) feasible.push(nodeInfo);
    else for (const reason of status.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const nextStartIndex = (start + processed) % nodeCount;
  const count = feasible.length;
  if (count === 0) {
    const counted = Object.fromEntries(reasons);
    return { unschedulable: true, message: unschedulableMessage(nodeCount, counted), reasons: counted, nextStartIndex };
  }
  scoreFeasible(request, count, weights, scorersFor(plugins), nodeInfos);
  const chosen = selectHost(count, tieBreak);
  const nodeName = feasible[chosen].name;
  const scores: Record<string, number> = {};
  if (recordScores) for (let i = 0; i < count; i++) scores[feasible[i].name] = totals[i];
  else scores[nodeName] = totals[chosen];
  const result: Scheduled = { unschedulable: false, nodeName, score: totals[chosen], scores, feasibleNodes: count, nextStartIndex };
  feasible.length = 0;
  return result;
}
