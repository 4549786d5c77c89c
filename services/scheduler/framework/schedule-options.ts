import type { NamespaceLabels } from "./types.ts";
import type { PodVolumes } from "./volume-binding.ts";
// Options of a scheduling decision, apart from the decision itself (schedule.ts).

export interface ScoreWeights {
  /** NodeResourcesFit's LeastAllocated (Kubernetes' default weight 1). */
  leastAllocated: number;
  /** Spreading a controller's pods per node, only with podTopologySpread off (weight 2, as its successor). */
  selectorSpread: number;
  /** Preferred node affinity (Kubernetes' default weight 2). */
  nodeAffinity: number;
  /** PreferNoSchedule taints (Kubernetes' default weight 3). */
  taintToleration: number;
  /** Preferred pod affinity and anti-affinity (Kubernetes' default weight 2). */
  interPodAffinity: number;
  /** ScheduleAnyway spread constraints and the system default spreading (Kubernetes' default weight 2). */
  podTopologySpread: number;
}

/**
 * The multi-zone plugins, on by default. Off, a decision is the one Troupe made before them:
 * no pod (anti-)affinity, no topology spread, and SelectorSpread scoring a controller's pods per
 * node (the benchmark's baseline).
 */
export interface SchedulePlugins {
  interPodAffinity: boolean;
  podTopologySpread: boolean;
}

export interface ScheduleOptions {
  weights?: Partial<ScoreWeights>;
  /**
   * How many feasible nodes to find before scoring, as a percentage of all nodes (kube-scheduler's
   * percentageOfNodesToScore): 100 scores every feasible node; 0, the default, is Kubernetes'
   * adaptive rule (50% minus 1% per 125 nodes, at least 5%, and never fewer than 100 nodes).
   */
  percentageOfNodesToScore?: number;
  /** Where the search for feasible nodes starts; pass the previous decision's `nextStartIndex`. */
  startIndex?: number;
  /** Chooses among equally top-scored nodes; pass a counter that grows with every decision. */
  tieBreak?: number;
  /** Return every scored node's total in `scores`, not only the chosen node's (for diagnostics). */
  recordScores?: boolean;
  /** The pod's volumes as VolumeBinding's PreFilter found them (podVolumesOf); absent: no claims. */
  volumes?: PodVolumes;
  plugins?: Partial<SchedulePlugins>;
  /** Namespaces' labels, for pod affinity terms' namespaceSelector; absent: every namespace unlabelled. */
  namespaceLabels?: NamespaceLabels;
}

export interface ResolvedScheduleOptions {
  weights: ScoreWeights;
  percentageOfNodesToScore: number;
  startIndex: number;
  tieBreak: number;
  recordScores: boolean;
  plugins: SchedulePlugins;
}

export const DEFAULT_SCORE_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({ leastAllocated: 1, selectorSpread: 2, nodeAffinity: 2, taintToleration: 3, interPodAffinity: 2, podTopologySpread: 2 });
export const DEFAULT_PLUGINS: Readonly<SchedulePlugins> = Object.freeze({ interPodAffinity: true, podTopologySpread: true });

function nonNegativeInteger(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

export function resolveScheduleOptions(options: ScheduleOptions = {}): ResolvedScheduleOptions {
  return {
    weights: options.weights ? { ...DEFAULT_SCORE_WEIGHTS, ...options.weights } : DEFAULT_SCORE_WEIGHTS,
    percentageOfNodesToScore: Math.min(100, nonNegativeInteger(options.percentageOfNodesToScore)),
    startIndex: nonNegativeInteger(options.startIndex),
    tieBreak: nonNegativeInteger(options.tieBreak),
    recordScores: options.recordScores ?? false,
    plugins: options.plugins ? { ...DEFAULT_PLUGINS, ...options.plugins } : DEFAULT_PLUGINS,
  };
}

const MIN_FEASIBLE_NODES_TO_FIND = 100;
const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

/** kube-scheduler's numFeasibleNodesToFind: enough feasible nodes for a good choice, not all. */
export function numFeasibleNodesToFind(nodeCount: number, percentageOfNodesToScore: number): number {
  if (nodeCount < MIN_FEASIBLE_NODES_TO_FIND) return nodeCount;
  let percentage = percentageOfNodesToScore;
  if (percentage === 0) percentage = Math.max(MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND, 50 - Math.floor(nodeCount / 125));
  return Math.max(MIN_FEASIBLE_NODES_TO_FIND, Math.floor((nodeCount * percentage) / 100));
}
