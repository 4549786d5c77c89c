// The scheduler's side of volume binding: informers for claims, volumes and classes behind the
// framework's VolumeLister, and the PreBind write that records the chosen node on each unbound
// WaitForFirstConsumer claim (volume.kubernetes.io/selected-node), which is what the node's
// local-path provisioner waits for. A change to any of them may make a waiting pod schedulable.
import type { TypedApiClient } from "../../runtime/api-client/typed-api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import type { Informer } from "../../runtime/store/informer.ts";
import type { ApiObject } from "../../runtime/store/object-repository.ts";
import { StorageAnnotations } from "../../runtime/volumes/well-known.ts";
import { podVolumesOf, type PodVolumes, type VolumeLister } from "./framework/mod.ts";
import type { Claim, StorageClass, Volume } from "./framework/volume-binding.ts";
import type { Pod } from "./framework/mod.ts";

export type ClaimObject = Claim & ApiObject;
export type VolumeObject = Volume & ApiObject;
export type StorageClassObject = StorageClass & ApiObject;

export interface SchedulerVolumeInformers {
  claims: Informer<ClaimObject>;
  volumes: Informer<VolumeObject>;
  classes: Informer<StorageClassObject>;
}

export class SchedulerVolumes {
  readonly #informers: SchedulerVolumeInformers;
  readonly #lister: VolumeLister;
  /**
   * Nodes chosen for claims whose selected-node write has not reached the informer yet (the
   * assume cache of kube-scheduler): a second pod of the same claim decided meanwhile goes to
   * the same node. Keyed by namespace/name but held for one claim's uid: a claim deleted and made
   * again under its name (a StatefulSet recreated) is a new claim that needs its own selection.
   */
  readonly #assumed = new Map<string, { uid: string; node: string }>();

  constructor(informers: SchedulerVolumeInformers) {
    this.#informers = informers;
    this.#lister = {
      claim: (namespace, name) => this.#claim(namespace, name),
      volume: (name) => informers.volumes.get(undefined, name),
      storageClass: (name) => informers.classes.get(undefined, name),
    };
  }

  #claim(namespace: string, name: string): ClaimObject | undefined {
    const claim = this.#informers.claims.get(namespace, name);
    const key = `${namespace}/${name}`;
    const assumed = this.#assumed.get(key);
    if (!claim || assumed === undefined) return claim;
    const node = assumed.node;
    if (assumed.uid !== (claim.metadata?.uid ?? "") || claim.spec?.volumeName || claim.metadata?.annotations?.[StorageAnnotations.selectedNode]) {
      this.#assumed.delete(key);
      return claim;
    }
    return { ...claim, metadata: { ...claim.metadata, annotations: { ...claim.metadata?.annotations, [StorageAnnotations.selectedNode]: node } } };
  }

  /** Records the decision for the pod's unbound claims before their writes land. */
  assume(namespace: string, claimNames: readonly string[], nodeName: string): void {
    for (const name of claimNames) {
      const uid = this.#informers.claims.get(namespace, name)?.metadata?.uid ?? "";
      this.#assumed.set(`${namespace}/${name}`, { uid, node: nodeName });
    }
  }

  /** Forgets the decision (the bind failed). */
  forget(namespace: string, claimNames: readonly string[]): void {
    for (const name of claimNames) this.#assumed.delete(`${namespace}/${name}`);
  }

  /** Calls `changed` on any claim, volume or class event (waiting pods go back to the active queue). */
  onChange(changed: () => void): void {
    const handlers = { onAdd: changed, onUpdate: changed, onDelete: changed };
    this.#informers.claims.addHandlers(handlers);
    this.#informers.volumes.addHandlers(handlers);
    this.#informers.classes.addHandlers(handlers);
  }

  podVolumes(pod: Pod): PodVolumes {
    return podVolumesOf(pod, this.#lister);
  }

  /** PreBind: annotate each claim with the node; a claim already selected for that node is left alone. */
  async selectNode(client: TypedApiClient, namespace: string, claimNames: readonly string[], nodeName: string): Promise<void> {
    for (const name of claimNames) {
      for (let attempt = 1; ; attempt++) {
        // A claim gone meanwhile must not read as "the pod is gone" to the caller: a plain error retries.
        const claim = await client.get<ClaimObject>("persistentvolumeclaims", namespace, name).catch((error: unknown) => {
          throw new Error(`could not read claim ${namespace}/${name}`, { cause: error });
        });
        const annotations = claim.metadata?.annotations ?? {};
        if (claim.spec?.volumeName || annotations[StorageAnnotations.selectedNode] === nodeName) break;
        try {
          await client.update<ClaimObject>({ ...claim, metadata: { ...claim.metadata, annotations: { ...annotations, [StorageAnnotations.selectedNode]: nodeName } } });
          break;
        } catch (error) {
          if (!(error instanceof ApiError && error.reason === "Conflict" && attempt < 5)) throw error;
        }
      }
    }
  }
}
