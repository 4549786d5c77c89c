// Everything scheduling reads from a pod, computed once per pod so the per-node loop only compares.
import { hostPortsOf } from "./host-ports.ts";
import { compileNodeSelectorMap, compileNodeSelectorTerm, compileNodeSelectorTerms } from "./node-selector.ts";
import { podRequests } from "./requests.ts";
import { spreadConstraintsOf } from "./spread-constraints.ts";
import type { NodeMatcher, Pod, PodRequest, WeightedNodeMatcher } from "./types.ts";

function requiredNodeMatchOf(pod: Pod): NodeMatcher | null {
  const selector = pod.spec?.nodeSelector ?? {};
  const required = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  const matchers: NodeMatcher[] = [];
  if (Object.keys(selector).length > 0) matchers.push(compileNodeSelectorMap(selector));
  if (required) matchers.push(compileNodeSelectorTerms(required.nodeSelectorTerms ?? []));
  if (matchers.length === 0) return null;
  if (matchers.length === 1) return matchers[0];
  const [bySelector, byAffinity] = matchers;
  return (node) => bySelector(node) && byAffinity(node);
}

// Terms of weight 0 never change a score, as in kube-scheduler.
function preferredNodeTermsOf(pod: Pod): WeightedNodeMatcher[] {
  const preferred = pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  return preferred.filter((term) => (term.weight ?? 0) !== 0).map((term) => ({ weight: term.weight ?? 0, matches: compileNodeSelectorTerm(term.preference) }));
}

/** uid of the pod's controlling ownerReference, or "" for a bare pod. */
export function controllerUidOf(pod: Pod): string {
  for (const owner of pod.metadata?.ownerReferences ?? []) if (owner.controller && owner.uid) return owner.uid;
  return "";
}

/** Precomputes a pod's requests, tolerations, node matchers, host ports and controller. */
export function podRequestOf(pod: Pod): PodRequest {
  const controllerUid = controllerUidOf(pod);
  return {
    pod,
    requests: podRequests(pod),
    nonZeroRequests: podRequests(pod, true),
    nodeName: pod.spec?.nodeName ?? "",
    tolerations: pod.spec?.tolerations ?? [],
    requiredNodeMatch: requiredNodeMatchOf(pod),
    preferredNodeTerms: preferredNodeTermsOf(pod),
    hostPorts: hostPortsOf(pod),
    controllerUid,
    spread: spreadConstraintsOf(pod, controllerUid),
  };
}
