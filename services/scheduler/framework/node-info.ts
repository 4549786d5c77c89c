// NodeInfo bookkeeping, the scheduler cache's part that decisions read: build the view of every
// node from the nodes and pods, then `assume` each decision at once (before the bind is written)
// so the next pod of a burst sees it, and `forget` it if the bind fails.
import { affinityTermsOf, type PodAffinityTerms } from "./affinity-terms.ts";

const TERM_KINDS = ["requiredAffinity", "requiredAntiAffinity", "preferredAffinity", "preferredAntiAffinity"] as const;
import { hostPortsOf, updateUsedPorts } from "./host-ports.ts";
import { indexLabels } from "./label-index.ts";
import { controllerUidOf } from "./pod-request.ts";
import { bytesOf, milliCpuOf, podRequests } from "./requests.ts";
import type { Node, NodeInfo, Pod, Resources } from "./types.ts";
import { DEFAULT_MAX_PODS, PodPhases, ResourceNames } from "./well-known.ts";
import { ZoneIndex } from "./zone-index.ts";

/** Succeeded and Failed pods hold no resources on their node. */
export function isTerminated(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase === PodPhases.succeeded || phase === PodPhases.failed;
}

// Allocatable is what the kubelet offers to pods; a node that reports only capacity offers that.
function allocatableOf(node: Node): Resources {
  const allocatable = node.status?.allocatable ?? {};
  const capacity = node.status?.capacity ?? {};
  const amount = (name: string): string | undefined => allocatable[name] ?? capacity[name];
  const cpu = amount(ResourceNames.cpu);
  const memory = amount(ResourceNames.memory);
  const pods = amount(ResourceNames.pods);
  return {
    milliCpu: cpu !== undefined ? milliCpuOf(cpu) : 0,
    memoryBytes: memory !== undefined ? bytesOf(memory) : 0,
    pods: pods !== undefined ? Math.floor(Number(pods)) : DEFAULT_MAX_PODS,
  };
}

export function newNodeInfo(node: Node): NodeInfo {
  return {
    name: node.metadata?.name ?? "",
    node,
    pods: [],
    requested: { milliCpu: 0, memoryBytes: 0, pods: 0 },
    nonZeroRequested: { milliCpu: 0, memoryBytes: 0, pods: 0 },
    allocatable: allocatableOf(node),
    usedPorts: new Map(),
    controllerPods: new Map(),
    podsWithAffinity: [],
    podsWithRequiredAntiAffinity: [],
    labelCounts: new Map(),
    terminatingLabelCounts: new Map(),
    affinityTerms: { requiredAffinity: new Map(), requiredAntiAffinity: new Map(), preferredAffinity: new Map(), preferredAntiAffinity: new Map() },
  };
}

function add(total: Resources, amounts: Resources, sign: 1 | -1): void {
  total.milliCpu += sign * amounts.milliCpu;
  total.memoryBytes += sign * amounts.memoryBytes;
  total.pods += sign * amounts.pods;
}

function account(nodeInfo: NodeInfo, pod: Pod, sign: 1 | -1): void {
  add(nodeInfo.requested, podRequests(pod), sign);
  add(nodeInfo.nonZeroRequested, podRequests(pod, true), sign);
  updateUsedPorts(nodeInfo.usedPorts, hostPortsOf(pod), sign);
  indexLabels(nodeInfo.labelCounts, pod, sign);
  if (pod.metadata?.deletionTimestamp) indexLabels(nodeInfo.terminatingLabelCounts, pod, sign);
  const uid = controllerUidOf(pod);
  if (uid === "") return;
  const count = (nodeInfo.controllerPods.get(uid) ?? 0) + sign;
  if (count > 0) nodeInfo.controllerPods.set(uid, count);
  else nodeInfo.controllerPods.delete(uid);
  nodeInfo.zoneIndex?.add(nodeInfo, uid, sign);
}

/** Counts `pod` on the node (the scheduler cache's assume step); the NodeInfo changes in place. */
export function assume(nodeInfo: NodeInfo, pod: Pod): void {
  nodeInfo.pods.push(pod);
  account(nodeInfo, pod, 1);
  const terms = affinityTermsOf(pod);
  if (!terms.any) return;
  nodeInfo.podsWithAffinity.push(pod);
  if (terms.requiredAntiAffinity.length > 0) nodeInfo.podsWithRequiredAntiAffinity.push(pod);
  countTerms(nodeInfo, terms, 1);
}

function countTerms(nodeInfo: NodeInfo, terms: PodAffinityTerms, sign: 1 | -1): void {
  for (const kind of TERM_KINDS) {
    const counts = nodeInfo.affinityTerms[kind];
    for (const term of terms[kind]) {
      const count = (counts.get(term) ?? 0) + sign;
      if (count > 0) counts.set(term, count);
      else counts.delete(term);
    }
  }
}

function removeFrom(list: Pod[], pod: Pod): void {
  const index = list.indexOf(pod);
  if (index >= 0) list.splice(index, 1);
}

function samePod(a: Pod, b: Pod): boolean {
  if (a.metadata?.uid && b.metadata?.uid) return a.metadata.uid === b.metadata.uid;
  return a.metadata?.namespace === b.metadata?.namespace && a.metadata?.name === b.metadata?.name;
}

/** Undoes `assume` (a failed bind, or a pod that left the node); false when the pod was not there. */
export function forget(nodeInfo: NodeInfo, pod: Pod): boolean {
  const index = nodeInfo.pods.findIndex((candidate) => samePod(candidate, pod));
  if (index < 0) return false;
  const [removed] = nodeInfo.pods.splice(index, 1);
  account(nodeInfo, removed, -1);
  const terms = affinityTermsOf(removed);
  if (terms.any) {
    removeFrom(nodeInfo.podsWithAffinity, removed);
    removeFrom(nodeInfo.podsWithRequiredAntiAffinity, removed);
    countTerms(nodeInfo, terms, -1);
  }
  return true;
}

/**
 * One NodeInfo per node, sorted by name (so decisions are deterministic); a pod counts toward its
 * spec.nodeName unless it has terminated. Pods naming an unknown node are left out.
 */
export function buildNodeInfos(nodes: readonly Node[], pods: readonly Pod[]): NodeInfo[] {
  const infos = nodes.map(newNodeInfo).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const zones = new ZoneIndex();
  for (const info of infos) zones.link(info);
  const byName = new Map(infos.map((info) => [info.name, info]));
  for (const pod of pods) {
    const nodeName = pod.spec?.nodeName;
    if (!nodeName || isTerminated(pod)) continue;
    const info = byName.get(nodeName);
    if (info) assume(info, pod);
  }
  return infos;
}
