// The scheduling framework's contract: what the decision functions read (NodeInfo, PodRequest)
// and what they return (FilterStatus, raw and normalised scores). Everything here is plain data,
// so filters and scores are pure functions tested without NATS.
import type { troupe } from "../../../proto/gen/troupe.js";

export type Pod = troupe.v1.Pod.$Properties;
export type Node = troupe.v1.Node.$Properties;
export type Taint = troupe.v1.Taint.$Properties;
export type Toleration = troupe.v1.Toleration.$Properties;

/** Amounts the scheduler accounts for: millicores, bytes and a pod count. */
export interface Resources {
  milliCpu: number;
  memoryBytes: number;
  pods: number;
}

/** Host ports in use on a node: `${protocol}/${port}` → host IP → how many pods hold it. */
export type UsedPorts = Map<string, Map<string, number>>;

/** The scheduler's view of one node: the node and what the pods bound to it already take. */
export interface NodeInfo {
  readonly name: string;
  node: Node;
  /** Pods bound (or assumed) to the node that have not terminated. */
  readonly pods: Pod[];
  /** Sum of the pods' effective requests; `pods` is their count. */
  readonly requested: Resources;
  /**
   * As `requested`, but a container without a cpu or memory request counts as 100m / 200Mi, as in
   * kube-scheduler, so scoring still spreads pods that request nothing.
   */
  readonly nonZeroRequested: Resources;
  readonly allocatable: Resources;
  readonly usedPorts: UsedPorts;
  /** Controller ownerReference uid → number of the node's pods that controller owns (spreading). */
  readonly controllerPods: Map<string, number>;
  /** The node's pods with pod affinity or anti-affinity terms (kube-scheduler's PodsWithAffinity). */
  readonly podsWithAffinity: Pod[];
  /** The node's pods with required anti-affinity terms (PodsWithRequiredAntiAffinity): symmetry. */
  readonly podsWithRequiredAntiAffinity: Pod[];
  /** namespace, label key and value → the node's pods with that label (label-index.ts). */
  readonly labelCounts: Map<string, number>;
  /** The same, for its pods being deleted (spreading does not count them). */
  readonly terminatingLabelCounts: Map<string, number>;
  /** The set's pods per controller and zone, when the NodeInfo belongs to one (zone-index.ts). */
  zoneIndex?: import("./zone-index.ts").ZoneIndex;
  /** The same pods' terms, interned, with how many of the node's pods carry each: what decisions read. */
  readonly affinityTerms: NodeAffinityTerms;
}

/** Per kind of term: term → number of the node's pods with it. */
export interface NodeAffinityTerms {
  readonly requiredAffinity: Map<import("./affinity-terms.ts").AffinityTerm, number>;
  readonly requiredAntiAffinity: Map<import("./affinity-terms.ts").AffinityTerm, number>;
  readonly preferredAffinity: Map<import("./affinity-terms.ts").AffinityTerm, number>;
  readonly preferredAntiAffinity: Map<import("./affinity-terms.ts").AffinityTerm, number>;
}

/** A namespace's labels, for namespaceSelector; undefined for a namespace the scheduler does not know. */
export type NamespaceLabels = (namespace: string) => Readonly<Record<string, string>> | undefined;

/**
 * One decision's state (kube-scheduler's CycleState): what PreFilter and PreScore computed over
 * all nodes once, so Filter and Score stay O(1) or O(terms) per node.
 */
export interface CycleState {
  namespaceLabels: NamespaceLabels;
  interPodAffinity?: import("./inter-pod-affinity.ts").InterPodAffinityFilterState;
  interPodAffinityScore?: import("./inter-pod-affinity.ts").TopologyScores;
  podTopologySpread?: import("./pod-topology-spread.ts").SpreadFilterState;
  podTopologySpreadScore?: import("./pod-topology-spread.ts").SpreadScoreState;
}

/** A host port a pod asks for, with Kubernetes' defaults applied (TCP, 0.0.0.0). */
export interface HostPort {
  readonly protocol: string;
  readonly hostIP: string;
  readonly port: number;
}

/** Whether a node's labels and name satisfy a compiled node selector or term. */
export type NodeMatcher = (node: Node) => boolean;

export interface WeightedNodeMatcher {
  readonly weight: number;
  readonly matches: NodeMatcher;
}

/** What scheduling needs from a pod, computed once per pod rather than once per node. */
export interface PodRequest {
  readonly pod: Pod;
  /** Effective requests (init containers' maximum vs. the containers' sum); `pods` is 1. */
  readonly requests: Resources;
  readonly nonZeroRequests: Resources;
  /** spec.nodeName when the pod names its node, else "". */
  readonly nodeName: string;
  readonly tolerations: readonly Toleration[];
  /** spec.nodeSelector and required node affinity together; null when the pod has neither. */
  readonly requiredNodeMatch: NodeMatcher | null;
  readonly preferredNodeTerms: readonly WeightedNodeMatcher[];
  readonly hostPorts: readonly HostPort[];
  /** uid of the controlling ownerReference, or "" for a bare pod. */
  readonly controllerUid: string;
  /** Node constraints of the pod's volumes (VolumeBinding's PreFilter); absent without claims. */
  readonly volumeNodeMatchers?: readonly NodeMatcher[];
  /** The pod's topology spread constraints, compiled (explicit, or the system defaults). */
  readonly spread: import("./spread-constraints.ts").CompiledSpread;
  /** Set by schedulePod for the decision in progress; absent outside one (plugins then pass). */
  readonly cycle?: CycleState;
}

export type FilterStatus = { readonly feasible: true } | { readonly feasible: false; readonly reasons: readonly string[] };

/** A filter plugin: can this pod run on this node? Failures carry Kubernetes' reason texts. */
export type Filter = (pod: PodRequest, nodeInfo: NodeInfo) => FilterStatus;

/**
 * A score plugin, in kube-scheduler's two steps: a raw score per feasible node, then one pass that
 * maps the raw scores of all scored nodes into 0..100 (so a per-node call never scans all nodes).
 */
export interface Scorer {
  readonly name: string;
  /** False when the plugin cannot tell nodes apart for this pod (it is then skipped). */
  applies(pod: PodRequest): boolean;
  score(pod: PodRequest, nodeInfo: NodeInfo): number;
  /**
   * kube-scheduler's PreScore: runs once per decision over the feasible nodes (and all nodes),
   * filling `pod.cycle`; false skips the plugin for this pod.
   */
  preScore?(pod: PodRequest, feasible: readonly NodeInfo[], count: number, allNodes: readonly NodeInfo[]): boolean;
  /** Rewrites `scores[0..count)` in place into 0..100; absent when raw scores already are. */
  normalize?(scores: Float64Array, count: number): void;
}

export const MAX_NODE_SCORE = 100;
