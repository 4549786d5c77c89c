// The scale-up decision, as the Kubernetes cluster autoscaler makes it (pure: state in, plan out).
// Of the pods the scheduler marked Unschedulable, those that now fit on an existing node are left
// to the scheduler, and those that fit on nodes already asked for (upcoming) wait for them. The
// rest are bin-packed (first fit, the scheduler's own filters) onto new nodes made from each
// group's template, within the group's max; the group that helps the most pods with the fewest
// nodes is chosen. A pod no group can take gets Kubernetes' NotTriggerScaleUp reasons.
import { assume, buildNodeInfos, newNodeInfo } from "../../scheduler/framework/node-info.ts";
import { podRequestOf } from "../../scheduler/framework/pod-request.ts";
import { filterNode } from "../../scheduler/framework/schedule.ts";
import type { Node, NodeInfo, Pod, PodRequest } from "../../scheduler/framework/types.ts";
import type { NodeGroup } from "./node-group-config.ts";
import { templateNode } from "./template-node.ts";

export const MAX_SIZE_REACHED_REASON = "max node group size reached";

export interface GroupState {
  group: NodeGroup;
  /** Nodes of the group the provider reports (registered or not). */
  size: number;
  /** Of them, those asked for and not Ready yet. */
  upcoming: number;
}

export interface ScaleUpInput {
  /** Pods the scheduler reported Unschedulable (PodScheduled False, reason Unschedulable). */
  pending: readonly Pod[];
  /** Ready nodes and the pods bound to them. */
  nodes: readonly Node[];
  pods: readonly Pod[];
  groups: readonly GroupState[];
}

export interface ScaleUpIncrease {
  group: string;
  delta: number;
  /** The group's size before and after. */
  from: number;
  to: number;
  maxSize: number;
  /** The pods the new nodes are for. */
  pods: Pod[];
}

export interface NoScaleUp {
  pod: Pod;
  /** "pod didn't trigger scale-up: 1 node(s) didn't match Pod's node affinity/selector" */
  message: string;
}

export interface ScaleUpPlan {
  increase?: ScaleUpIncrease;
  /** Pods that fit on a Ready node now: the scheduler will place them. */
  schedulable: Pod[];
  /** Pods that fit on nodes asked for earlier and not Ready yet. */
  waitingForUpcoming: Pod[];
  noScaleUp: NoScaleUp[];
}

/** First fit of `pod` onto `infos`; assumes it on the node it fits and returns true. */
function placeFirstFit(request: PodRequest, infos: NodeInfo[]): boolean {
  for (const info of infos) {
    if (filterNode(request, info).feasible) {
      assume(info, request.pod);
      return true;
    }
  }
  return false;
}

interface Packing {
  state: GroupState;
  nodes: number;
  pods: Pod[];
}

/** How many new nodes of `state`'s group the pods need (within its room), and which pods they take. */
function pack(state: GroupState, requests: readonly PodRequest[]): Packing {
  const room = Math.max(0, state.group.maxSize - state.size);
  const infos: NodeInfo[] = [];
  const pods: Pod[] = [];
  for (const request of requests) {
    if (placeFirstFit(request, infos)) {
      pods.push(request.pod);
      continue;
    }
    if (infos.length >= room) continue;
    const info = newNodeInfo(templateNode(state.group, `template-${state.group.name}-${infos.length}`));
    if (!filterNode(request, info).feasible) continue;
    assume(info, request.pod);
    infos.push(info);
    pods.push(request.pod);
  }
  return { state, nodes: infos.length, pods };
}

/** Why no group takes `request`: one reason per group, counted as the CA's message counts them. */
function noScaleUpMessage(request: PodRequest, groups: readonly GroupState[]): string {
  const reasons = new Map<string, number>();
  for (const state of groups) {
    const status = filterNode(request, newNodeInfo(templateNode(state.group)));
    // A pod an empty template node takes was left out for want of room in the group.
    const reason = status.feasible ? MAX_SIZE_REACHED_REASON : status.reasons[0];
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const text = [...reasons].map(([reason, count]) => `${count} ${reason}`).sort().join(", ");
  return `pod didn't trigger scale-up: ${text || "no node groups"}`;
}

export function planScaleUp(input: ScaleUpInput): ScaleUpPlan {
  const plan: ScaleUpPlan = { schedulable: [], waitingForUpcoming: [], noScaleUp: [] };
  const existing = buildNodeInfos(input.nodes, input.pods);
  const upcoming = input.groups.flatMap((state) => Array.from({ length: state.upcoming }, (_, i) => newNodeInfo(templateNode(state.group, `upcoming-${state.group.name}-${i}`))));
  let remaining: PodRequest[] = [];
  for (const pod of input.pending) {
    const request = podRequestOf(pod);
    if (placeFirstFit(request, existing)) plan.schedulable.push(pod);
    else if (placeFirstFit(request, upcoming)) plan.waitingForUpcoming.push(pod);
    else remaining.push(request);
  }
  if (remaining.length === 0) return plan;
  const packings = input.groups.map((state) => pack(state, remaining)).filter((packing) => packing.nodes > 0);
  packings.sort((a, b) => b.pods.length - a.pods.length || a.nodes - b.nodes);
  const best = packings[0];
  if (best) {
    const { state } = best;
    plan.increase = { group: state.group.name, delta: best.nodes, from: state.size, to: state.size + best.nodes, maxSize: state.group.maxSize, pods: best.pods };
    const helped = new Set(best.pods);
    remaining = remaining.filter((request) => !helped.has(request.pod));
  }
  // A pod another group could take waits for the next pass; one no group takes is told why.
  const helpable = new Set(packings.flatMap((packing) => packing.pods));
  for (const request of remaining) {
    if (!helpable.has(request.pod)) plan.noScaleUp.push({ pod: request.pod, message: noScaleUpMessage(request, input.groups) });
  }
  return plan;
}
