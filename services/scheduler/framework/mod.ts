// The scheduling framework's public surface: pure decisions the scheduler service drives.
export type { CycleState, Filter, FilterStatus, HostPort, NamespaceLabels, Node, NodeInfo, Pod, PodRequest, Resources, Scorer } from "./types.ts";
export { MAX_NODE_SCORE } from "./types.ts";
export { assume, buildNodeInfos, forget, isTerminated, newNodeInfo } from "./node-info.ts";
export { podRequestOf } from "./pod-request.ts";
export { podRequests } from "./requests.ts";
export { FILTERS, filterNode, schedulePod } from "./schedule.ts";
export type { Scheduled, ScheduleResult, Unschedulable } from "./schedule.ts";
export { DEFAULT_SCORE_WEIGHTS, numFeasibleNodesToFind, resolveScheduleOptions } from "./schedule-options.ts";
export type { ResolvedScheduleOptions, ScheduleOptions, SchedulePlugins, ScoreWeights } from "./schedule-options.ts";
export { DEFAULT_PLUGINS } from "./schedule-options.ts";
export { ERR_AFFINITY, ERR_ANTI_AFFINITY, ERR_EXISTING_ANTI_AFFINITY, interPodAffinity, interPodAffinityPreFilter, interPodAffinityScorer } from "./inter-pod-affinity.ts";
export { ERR_CONSTRAINTS_NOT_MATCH, ERR_NODE_LABEL_NOT_MATCH, podTopologySpread, podTopologySpreadPreFilter, podTopologySpreadScorer } from "./pod-topology-spread.ts";
export { sharedZoneIndex, ZoneIndex } from "./zone-index.ts";
export { LABEL_HOSTNAME, LABEL_REGION, LABEL_ZONE, SYSTEM_DEFAULT_CONSTRAINTS } from "./spread-constraints.ts";
export { NO_NODES_MESSAGE, unschedulableMessage } from "./fit-error.ts";
export { BOUND_TO_MISSING_VOLUME, podVolumesOf, UNBOUND_IMMEDIATE_CLAIMS, VOLUME_NODE_AFFINITY_CONFLICT, volumeBinding } from "./volume-binding.ts";
export type { PodVolumes, VolumeLister } from "./volume-binding.ts";
