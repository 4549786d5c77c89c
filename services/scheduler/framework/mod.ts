// The scheduling framework's public surface: pure decisions the scheduler service drives.
export type { Filter, FilterStatus, HostPort, Node, NodeInfo, Pod, PodRequest, Resources, Scorer } from "./types.ts";
export { MAX_NODE_SCORE } from "./types.ts";
export { assume, buildNodeInfos, forget, isTerminated, newNodeInfo } from "./node-info.ts";
export { podRequestOf } from "./pod-request.ts";
export { podRequests } from "./requests.ts";
export { FILTERS, filterNode, schedulePod } from "./schedule.ts";
export type { Scheduled, ScheduleResult, Unschedulable } from "./schedule.ts";
export { DEFAULT_SCORE_WEIGHTS, numFeasibleNodesToFind, resolveScheduleOptions } from "./schedule-options.ts";
export type { ResolvedScheduleOptions, ScheduleOptions, ScoreWeights } from "./schedule-options.ts";
export { NO_NODES_MESSAGE, unschedulableMessage } from "./fit-error.ts";
export { BOUND_TO_MISSING_VOLUME, podVolumesOf, UNBOUND_IMMEDIATE_CLAIMS, VOLUME_NODE_AFFINITY_CONFLICT, volumeBinding } from "./volume-binding.ts";
export type { PodVolumes, VolumeLister } from "./volume-binding.ts";
