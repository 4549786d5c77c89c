// Kubernetes' addPod/updatePod/deletePod bookkeeping, shared by the controllers that create pods
// with expectations (ReplicaSet, DaemonSet, Job): a pod seen, or seen leaving, settles an
// expectation of the owner of `ownerKind` that controls it.
import type { Informer } from "../../runtime/store/informer.ts";
import { controllerRefOf, type OwnableObject } from "./ownership.ts";
import type { Expectations } from "./replicaset/expectations.ts";
import type { PodObject } from "./resources.ts";

/** The "namespace/name" key of the `ownerKind` object controlling `object`, if one does. */
export function controllerKeyOf(object: OwnableObject, ownerKind: string): string | undefined {
  const reference = controllerRefOf(object);
  if (reference?.kind !== ownerKind || !reference.name) return undefined;
  return `${object.metadata?.namespace ?? ""}/${reference.name}`;
}

export function observeOwnedPods(pods: Informer<PodObject>, expectations: Expectations, ownerKind: string): void {
  const deleted = (pod: PodObject) => {
    const key = controllerKeyOf(pod, ownerKind);
    if (key) expectations.deletionObserved(key, pod.metadata?.uid ?? "");
  };
  pods.addHandlers({
    onAdd: (pod) => {
      const key = controllerKeyOf(pod, ownerKind);
      if (!key) return;
      // A pod already being deleted when first seen (after a restart) counts as a deletion.
      if (pod.metadata?.deletionTimestamp) deleted(pod);
      else expectations.creationObserved(key);
    },
    onUpdate: (previous, pod) => {
      if (pod.metadata?.deletionTimestamp && !previous.metadata?.deletionTimestamp) deleted(pod);
    },
    onDelete: deleted,
  });
}
