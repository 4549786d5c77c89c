// A DaemonSet's pods by the node they are for, and which of a node's pods are old and new.
import { targetNodeName } from "./daemon-pod.ts";
import type { Pod } from "./types.ts";
import { CONTROLLER_REVISION_HASH_LABEL } from "./well-known.ts";

export function podsByNode(pods: readonly Pod[]): Map<string, Pod[]> {
  const byNode = new Map<string, Pod[]>();
  for (const pod of pods) {
    const node = targetNodeName(pod) ?? "";
    byNode.set(node, [...(byNode.get(node) ?? []), pod]);
  }
  for (const list of byNode.values()) list.sort(byCreation);
  return byNode;
}

/** Oldest first; ties by name, so every reconcile picks the same pod. */
export function byCreation(a: Pod, b: Pod): number {
  const at = Date.parse(a.metadata?.creationTimestamp ?? "") || 0;
  const bt = Date.parse(b.metadata?.creationTimestamp ?? "") || 0;
  return at - bt || (a.metadata?.name ?? "").localeCompare(b.metadata?.name ?? "");
}

export function isUpdated(pod: Pod, hash: string): boolean {
  return pod.metadata?.labels?.[CONTROLLER_REVISION_HASH_LABEL] === hash;
}

export function isDeleting(pod: Pod): boolean {
  return Boolean(pod.metadata?.deletionTimestamp);
}

export interface UpdatedPodsOnNode {
  newPod?: Pod;
  oldPod?: Pod;
  /** More than one old or new pod: the manage step cleans the node up first. */
  ambiguous: boolean;
}

/** Kubernetes' findUpdatedPodsOnNode, over the node's live pods. */
export function updatedPodsOnNode(pods: readonly Pod[], hash: string): UpdatedPodsOnNode {
  const result: UpdatedPodsOnNode = { ambiguous: false };
  for (const pod of pods) {
    if (isDeleting(pod)) continue;
    if (isUpdated(pod, hash)) {
      if (result.newPod) result.ambiguous = true;
      result.newPod = pod;
    } else {
      if (result.oldPod) result.ambiguous = true;
      result.oldPod = pod;
    }
  }
  return result;
}
