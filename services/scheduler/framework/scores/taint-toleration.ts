// TaintToleration (score): PreferNoSchedule taints the pod does not tolerate make a node less
// attractive; the count is normalised in reverse, so an untainted node scores 100.
import { tolerated } from "../toleration.ts";
import type { NodeInfo, PodRequest, Scorer } from "../types.ts";
import { TaintEffects } from "../well-known.ts";
import { normalizeScores } from "./normalize.ts";

export function intolerablePreferNoScheduleTaints(pod: PodRequest, nodeInfo: NodeInfo): number {
  let count = 0;
  for (const taint of nodeInfo.node.spec?.taints ?? []) {
    if (taint.effect !== TaintEffects.preferNoSchedule) continue;
    // A toleration counts only when its effect is PreferNoSchedule or empty (toleratesTaint checks).
    if (!tolerated(pod.tolerations, taint)) count++;
  }
  return count;
}

export const taintToleration: Scorer = {
  name: "TaintToleration",
  applies: () => true,
  score: intolerablePreferNoScheduleTaints,
  normalize: (scores, count) => normalizeScores(scores, count, true),
};
