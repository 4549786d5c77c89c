// A pod's topology spread constraints compiled once per pod (PodTopologySpread's PreFilter input):
// the explicit ones with matchLabelKeys merged into the selector, or, for a pod that has none and
// a controller, Kubernetes' system defaults (hostname maxSkew 3, zone maxSkew 5, ScheduleAnyway).
import type { LabelSelector } from "../../../runtime/selectors/label-selector.ts";
import { mergedSelector } from "./affinity-terms.ts";
import { indexKeyOf } from "./label-index.ts";
import type { Pod } from "./types.ts";

export const LABEL_HOSTNAME = "kubernetes.io/hostname";
export const LABEL_ZONE = "topology.kubernetes.io/zone";
export const LABEL_REGION = "topology.kubernetes.io/region";

export interface SpreadConstraint {
  readonly maxSkew: number;
  readonly topologyKey: string;
  /** DoNotSchedule (a filter) rather than ScheduleAnyway (a score). */
  readonly hard: boolean;
  /** 0 when unset. */
  readonly minDomains: number;
  /** Pods counted: a label selector, or (system defaults) the pods of the same controller. */
  readonly selector: LabelSelector | null;
  readonly controllerUid: string;
  /** nodeAffinityPolicy Honor (the default): only nodes the pod's node affinity allows count. */
  readonly honorNodeAffinity: boolean;
  /** nodeTaintsPolicy Honor (default Ignore): nodes with taints the pod does not tolerate do not count. */
  readonly honorNodeTaints: boolean;
  /** Whether the incoming pod itself is one the constraint counts (selfMatchNum). */
  readonly selfMatch: boolean;
  /** Set when the selector is one label: its key in NodeInfo.labelCounts (pod's namespace). */
  readonly indexKey: string | null;
}

/** Kubernetes' system default constraints, applied when a pod has none of its own. */
export const SYSTEM_DEFAULT_CONSTRAINTS = Object.freeze([
  Object.freeze({ topologyKey: LABEL_HOSTNAME, maxSkew: 3 }),
  Object.freeze({ topologyKey: LABEL_ZONE, maxSkew: 5 }),
]);

export interface CompiledSpread {
  readonly constraints: readonly SpreadConstraint[];
  /** The constraints are the system defaults (nodes lacking a key are then still scored). */
  readonly systemDefaulted: boolean;
}

const NONE: CompiledSpread = Object.freeze({ constraints: [], systemDefaulted: false });

export function spreadConstraintsOf(pod: Pod, controllerUid: string): CompiledSpread {
  const explicit = pod.spec?.topologySpreadConstraints ?? [];
  const labels = pod.metadata?.labels ?? {};
  if (explicit.length > 0) {
    return {
      systemDefaulted: false,
      constraints: explicit.map((constraint) => {
        const selector = mergedSelector(constraint.labelSelector, labels, constraint.matchLabelKeys ?? []);
        return {
          maxSkew: constraint.maxSkew ?? 1,
          topologyKey: constraint.topologyKey ?? "",
          hard: constraint.whenUnsatisfiable !== "ScheduleAnyway",
          minDomains: constraint.minDomains ?? 0,
          selector,
          controllerUid: "",
          honorNodeAffinity: constraint.nodeAffinityPolicy !== "Ignore",
          honorNodeTaints: constraint.nodeTaintsPolicy === "Honor",
          selfMatch: selector.matches(labels),
          indexKey: indexKeyOf(selector, pod.metadata?.namespace ?? ""),
        };
      }),
    };
  }
  if (controllerUid === "") return NONE;
  return {
    systemDefaulted: true,
    constraints: SYSTEM_DEFAULT_CONSTRAINTS.map(({ topologyKey, maxSkew }) => ({
      maxSkew,
      topologyKey,
      hard: false,
      minDomains: 0,
      selector: null,
      controllerUid,
      honorNodeAffinity: true,
      honorNodeTaints: false,
      selfMatch: true,
      indexKey: null,
    })),
  };
}
