// Whether a node should run a DaemonSet's pod (Kubernetes' NodeShouldRunDaemonPod): the template's
// nodeName, nodeSelector and required node affinity must fit the node, and its NoSchedule and
// NoExecute taints must be tolerated by the template's tolerations plus the daemon ones. An
// untolerated NoSchedule taint keeps a new pod off but lets a running one stay; an untolerated
// NoExecute taint or a selector that stops matching removes it.
import { compileNodeSelectorMap, compileNodeSelectorTerms } from "../../scheduler/framework/node-selector.ts";
import { tolerated } from "../../scheduler/framework/toleration.ts";
import { templatePod } from "./daemon-pod.ts";
import type { DaemonSet, Node } from "./types.ts";

export interface NodeEligibility {
  /** A pod should be created on this node if it has none. */
  shouldRun: boolean;
  /** A pod already on this node may stay. */
  shouldContinueRunning: boolean;
}

const NEITHER: NodeEligibility = { shouldRun: false, shouldContinueRunning: false };

/** Compiles the DaemonSet's template once; the result answers for each node. */
export function eligibilityOf(daemonSet: DaemonSet): (node: Node) => NodeEligibility {
  const pod = templatePod(daemonSet);
  const spec = pod.spec ?? {};
  const fitsSelector = compileNodeSelectorMap(spec.nodeSelector ?? {});
  const terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  const fitsAffinity = terms ? compileNodeSelectorTerms(terms) : () => true;
  const tolerations = spec.tolerations ?? [];
  return (node) => {
    if (spec.nodeName && spec.nodeName !== node.metadata?.name) return NEITHER;
    if (!fitsSelector(node) || !fitsAffinity(node)) return NEITHER;
    let shouldRun = true;
    for (const taint of node.spec?.taints ?? []) {
      if (taint.effect !== "NoSchedule" && taint.effect !== "NoExecute") continue;
      if (tolerated(tolerations, taint)) continue;
      if (taint.effect === "NoExecute") return NEITHER;
      shouldRun = false;
    }
    return { shouldRun, shouldContinueRunning: true };
  };
}
