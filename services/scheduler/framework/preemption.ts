// Preemption, as kube-scheduler's DefaultPreemption decides it (without PDBs): for a pod no node
// fits, find the node where evicting pods of lower priority makes it fit, evicting as few and as
// unimportant pods as possible. Per candidate node every lower-priority pod is removed, the pod
// must then fit, and the removed pods are given back highest priority first while it still fits
// (the reprieve); what is left are the victims. Pure: the NodeInfos are only read.
// Checked with the per-node filters (resources, ports, taints, affinity to nodes); the
// multi-zone filters' counts are not recomputed without the victims.
import { assume, forget, newNodeInfo } from "./node-info.ts";
import { podRequestOf } from "./pod-request.ts";
import { filterNode } from "./schedule.ts";
import type { NodeInfo, Pod } from "./types.ts";

export const PREEMPT_NEVER = "Never";

export interface Preemption {
  nodeName: string;
  /** The pods to evict, lowest priority first. */
  victims: Pod[];
}

export function priorityOf(pod: Pod): number {
  return pod.spec?.priority ?? 0;
}

function victimsOn(nodeInfo: NodeInfo, pod: Pod, priority: number): Pod[] | undefined {
  const lower = nodeInfo.pods.filter((candidate) => priorityOf(candidate) < priority && !candidate.metadata?.deletionTimestamp);
  if (lower.length === 0) return undefined;
  const trial = newNodeInfo(nodeInfo.node);
  for (const kept of nodeInfo.pods) if (!lower.includes(kept)) assume(trial, kept);
  const request = podRequestOf(pod);
  if (!filterNode(request, trial).feasible) return undefined;
  const victims: Pod[] = [];
  // Reprieve the most important first; whoever no longer fits is a victim.
  for (const candidate of [...lower].sort((a, b) => priorityOf(b) - priorityOf(a))) {
    assume(trial, candidate);
    if (!filterNode(request, trial).feasible) {
      forget(trial, candidate);
      victims.push(candidate);
    }
  }
  return victims.sort((a, b) => priorityOf(a) - priorityOf(b));
}

/**
 * Whether the pod may preempt now: not with preemptionPolicy Never, and not while lower-priority
 * pods it already made leave its nominated node are still terminating (kube-scheduler's
 * PodEligibleToPreemptOthers).
 */
export function mayPreempt(pod: Pod, nodeInfos: readonly NodeInfo[]): boolean {
  if (pod.spec?.preemptionPolicy === PREEMPT_NEVER) return false;
  const nominated = pod.status?.nominatedNodeName;
  if (!nominated) return true;
  const node = nodeInfos.find((info) => info.name === nominated);
  return !node?.pods.some((other) => other.metadata?.deletionTimestamp && priorityOf(other) < priorityOf(pod));
}

/** The node and victims, or undefined when evicting lower-priority pods would not make it fit anywhere. */
export function findPreemption(pod: Pod, nodeInfos: readonly NodeInfo[]): Preemption | undefined {
  if (!mayPreempt(pod, nodeInfos)) return undefined;
  const priority = priorityOf(pod);
  let best: Preemption | undefined;
  let bestKey: [number, number, number] | undefined;
  for (const nodeInfo of nodeInfos) {
    const victims = victimsOn(nodeInfo, pod, priority);
    if (!victims || victims.length === 0) continue;
    // kube-scheduler's order: the lowest highest-victim priority, then the fewest victims, then the lowest sum.
    const key: [number, number, number] = [Math.max(...victims.map(priorityOf)), victims.length, victims.reduce((sum, victim) => sum + priorityOf(victim), 0)];
    if (!bestKey || key[0] < bestKey[0] || (key[0] === bestKey[0] && (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))) {
      best = { nodeName: nodeInfo.name, victims };
      bestKey = key;
    }
  }
  return best;
}
