// Spreading of a controller's pods across nodes (kube-scheduler's SelectorSpread, keyed by the
// controlling ownerReference instead of the owners' selectors): the raw score is how many pods of
// the same controller a node already runs, normalised so the fewest scores 100 and the most 0.
// Zones are not weighed in. Bare pods are not spread (every node would score the same).
import type { NodeInfo, PodRequest, Scorer } from "../types.ts";
import { normalizeScores } from "./normalize.ts";

export function controllerPodsOnNode(pod: PodRequest, nodeInfo: NodeInfo): number {
  return nodeInfo.controllerPods.get(pod.controllerUid) ?? 0;
}

export const selectorSpread: Scorer = {
  name: "SelectorSpread",
  applies: (pod) => pod.controllerUid !== "",
  score: controllerPodsOnNode,
  normalize: (scores, count) => normalizeScores(scores, count, true),
};
