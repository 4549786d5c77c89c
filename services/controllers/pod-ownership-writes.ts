// The writes of adoption and release that every pod-owning controller makes (ReplicaSet,
// StatefulSet, DaemonSet): a pod gone meanwhile is skipped; any other failure (a conflict: the
// pod changed) is thrown, so the owner's reconcile runs again on fresh state rather than act on
// a pod it may not own.
import type { TypedApiClient } from "../../runtime/api-client/typed-api-client.ts";
import { isNotFound } from "./errors.ts";
import type { ControllersMetrics, OwningController } from "./metrics.ts";
import { withControllerReference, withoutOwnerReference, type OwnableObject } from "./ownership.ts";
import type { PodObject } from "./resources.ts";

export interface OwnershipWriter {
  readonly client: TypedApiClient;
  readonly metrics: ControllersMetrics;
  readonly controller: OwningController;
}

/** Puts `owner`'s controller reference on each orphan; returns the pods as written. */
export async function adoptPods(writer: OwnershipWriter, orphans: readonly PodObject[], owner: OwnableObject): Promise<PodObject[]> {
  const adopted = await Promise.all(orphans.map(async (pod) => {
    try {
      const updated = await writer.client.update<PodObject>(withControllerReference(pod, owner));
      writer.metrics.ownershipChanges.inc({ controller: writer.controller, change: "adopted" });
      return updated;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }));
  return adopted.filter((pod) => pod !== undefined);
}

/** Takes the owner's reference (by uid) off each pod that no longer matches its selector. */
export async function releasePods(writer: OwnershipWriter, pods: readonly PodObject[], ownerUid: string): Promise<void> {
  await Promise.all(pods.map(async (pod) => {
    try {
      await writer.client.update<PodObject>(withoutOwnerReference(pod, ownerUid));
      writer.metrics.ownershipChanges.inc({ controller: writer.controller, change: "released" });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }));
}
