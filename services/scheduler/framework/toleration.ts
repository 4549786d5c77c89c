// Taints and tolerations with Kubernetes' matching rules (Toleration.ToleratesTaint).
import type { Taint, Toleration } from "./types.ts";
import { TolerationOperators } from "./well-known.ts";

/**
 * An empty effect tolerates every effect and an empty key every key (with Exists); Equal, or no
 * operator, also needs the values to be equal.
 */
export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  switch (toleration.operator || TolerationOperators.equal) {
    case TolerationOperators.equal:
      return (toleration.value ?? "") === (taint.value ?? "");
    case TolerationOperators.exists:
      return true;
    default:
      return false;
  }
}

export function tolerated(tolerations: readonly Toleration[], taint: Taint): boolean {
  for (const toleration of tolerations) if (toleratesTaint(toleration, taint)) return true;
  return false;
}
