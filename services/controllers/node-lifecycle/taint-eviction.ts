// Which pods a node's NoExecute taints evict, and when (Kubernetes' taint eviction manager, made
// level-based: deadlines count from each taint's timeAdded, so a restarted controller agrees).
import type { troupe } from "../../../proto/gen/troupe.js";
import { isActive } from "../replicaset/pod-state.ts";
import type { Pod } from "../replicaset/types.ts";
import { toleratesTaint } from "../../scheduler/framework/toleration.ts";
import type { Taint } from "./node-updates.ts";
import { resolveNodeLifecycleOptions, type NodeLifecycleOptions } from "./options.ts";
import { NOT_READY_TAINT_KEY, TaintEffects, UNREACHABLE_TAINT_KEY } from "./well-known.ts";

type Toleration = troupe.v1.Toleration.$Properties;

export interface EvictionPlan {
  /** Pods whose time on the node is up, in the order given. */
  evict: Pod[];
  /** When the next tolerating pod's time is up, in ms from now; undefined when none will be. */
  recheckAfterMs: number | undefined;
}

const DEFAULT_TOLERATED = new Set<string>([NOT_READY_TAINT_KEY, UNREACHABLE_TAINT_KEY]);

/**
 * Seconds the pod may stay despite the taint: Infinity when a toleration has no
 * tolerationSeconds. As in Kubernetes the first matching toleration counts, and a pod with none
 * for not-ready/unreachable gets the default one the DefaultTolerationSeconds admission adds.
 */
function toleratedSeconds(tolerations: readonly Toleration[], taint: Taint, defaultSeconds: number): number {
  const toleration = tolerations.find((candidate) => toleratesTaint(candidate, taint));
  if (!toleration) return DEFAULT_TOLERATED.has(taint.key ?? "") ? defaultSeconds : 0;
  const seconds = toleration.tolerationSeconds;
  if (seconds === undefined || seconds === null) return Number.POSITIVE_INFINITY;
  return Math.max(0, seconds);
}

/**
 * `taints` are the node's; `pods` those bound to it. A taint without a readable timeAdded counts
 * from now: the node lifecycle controller always writes one, and evicting early is worse.
 */
export function podsToEvict(taints: readonly Taint[], pods: readonly Pod[], now: Date, options: NodeLifecycleOptions = {}): EvictionPlan {
  const { defaultTolerationSeconds } = resolveNodeLifecycleOptions(options);
  const noExecute = taints.filter((taint) => taint.effect === TaintEffects.noExecute);
  const plan: EvictionPlan = { evict: [], recheckAfterMs: undefined };
  if (noExecute.length === 0) return plan;
  for (const pod of pods) {
    if (!isActive(pod)) continue;
    let evictAt = Number.POSITIVE_INFINITY;
    for (const taint of noExecute) {
      const added = Date.parse(taint.timeAdded ?? "");
      const since = Number.isFinite(added) ? added : now.getTime();
      evictAt = Math.min(evictAt, since + toleratedSeconds(pod.spec?.tolerations ?? [], taint, defaultTolerationSeconds) * 1000);
    }
    if (evictAt <= now.getTime()) plan.evict.push(pod);
    else if (Number.isFinite(evictAt)) plan.recheckAfterMs = Math.min(plan.recheckAfterMs ?? Number.POSITIVE_INFINITY, evictAt - now.getTime());
  }
  return plan;
}
