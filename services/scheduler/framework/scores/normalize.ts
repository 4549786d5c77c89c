// kube-scheduler's DefaultNormalizeScore: scale raw scores so the highest becomes 100; `reverse`
// turns "more is worse" counts into scores (no count anywhere: every node scores 100).
import { MAX_NODE_SCORE } from "../types.ts";

export function normalizeScores(scores: Float64Array, count: number, reverse: boolean): void {
  let max = 0;
  for (let i = 0; i < count; i++) if (scores[i] > max) max = scores[i];
  if (max === 0) {
    if (reverse) scores.fill(MAX_NODE_SCORE, 0, count);
    return;
  }
  for (let i = 0; i < count; i++) {
    const scaled = Math.floor((MAX_NODE_SCORE * scores[i]) / max);
    scores[i] = reverse ? MAX_NODE_SCORE - scaled : scaled;
  }
}
