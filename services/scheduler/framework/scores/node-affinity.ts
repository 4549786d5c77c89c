// NodeAffinity (score): the sum of the weights of the pod's preferred terms a node matches,
// normalised so the best-matching node scores 100.
import type { NodeInfo, PodRequest, Scorer } from "../types.ts";
import { normalizeScores } from "./normalize.ts";

export function preferredAffinityWeight(pod: PodRequest, nodeInfo: NodeInfo): number {
  let total = 0;
  for (const term of pod.preferredNodeTerms) if (term.matches(nodeInfo.node)) total += term.weight;
  return total;
}

export const preferredNodeAffinity: Scorer = {
  name: "NodeAffinity",
  applies: (pod) => pod.preferredNodeTerms.length > 0,
  score: preferredAffinityWeight,
  normalize: (scores, count) => normalizeScores(scores, count, false),
};
