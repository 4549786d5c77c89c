// Carries out decideClaim for one PersistentVolumeClaim through the API: protection finalizer,
// the bind (PV claimRef first, then the claim's volumeName and annotations, then its status, as
// Kubernetes orders it so that a crash in between is finished by the next reconcile), Lost, and
// the provisioner annotation with an event for a claim that waits.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { Reconciler, ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { ClaimPhases, StorageAnnotations, StorageFinalizers } from "../../../runtime/volumes/well-known.ts";
import type { NodeObject, PodObject } from "../resources.ts";
import { decideClaim, type ClaimEvent } from "./claim-decision.ts";
import { podUsesClaim } from "./pod-claims.ts";
import type { ClaimObject, StorageClassObject, VolumeObject } from "./types.ts";
import type { VolumeBindingMetrics } from "./volume-binding-metrics.ts";

export interface ClaimReconcilerDeps {
  claims: Informer<ClaimObject>;
  volumes: Informer<VolumeObject>;
  classes: Informer<StorageClassObject>;
  pods: Informer<PodObject>;
  nodes: Informer<NodeObject>;
  client: TypedApiClient;
  recorder: EventRecorder;
  logger: Logger;
  metrics: VolumeBindingMetrics;
}

export class ClaimReconciler implements Reconciler {
  readonly #deps: ClaimReconcilerDeps;
  /** The last event recorded per claim uid, so a claim that keeps waiting is not told again each resync. */
  readonly #told = new Map<string, string>();

  constructor(deps: ClaimReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile({ namespace, name }: ReconcileRequest): Promise<void> {
    const { claims, volumes, classes, pods, nodes, client } = this.#deps;
    const claim = claims.get(namespace, name);
    if (!claim) return;
    const selectedNode = claim.metadata?.annotations?.[StorageAnnotations.selectedNode];
    const node = selectedNode ? nodes.get(undefined, selectedNode) : undefined;
    const action = decideClaim({
      claim,
      volumes: volumes.list(),
      classes: new Map(classes.list().map((storageClass) => [storageClass.metadata?.name ?? "", storageClass])),
      inUse: pods.list((pod) => podUsesClaim(pod, namespace, name)).length > 0,
      selectedNodeLabels: node ? { ...node.metadata?.labels } : undefined,
    });
    const uid = claim.metadata?.uid ?? "";
    switch (action.kind) {
      case "none":
        return;
      case "addFinalizer":
        await client.update<ClaimObject>({ ...claim, metadata: { ...claim.metadata, finalizers: [...(claim.metadata?.finalizers ?? []), StorageFinalizers.claimProtection] } });
        return;
      case "removeFinalizer":
        this.#told.delete(uid);
        await client.update<ClaimObject>({ ...claim, metadata: { ...claim.metadata, finalizers: (claim.metadata?.finalizers ?? []).filter((finalizer) => finalizer !== StorageFinalizers.claimProtection) } });
        return;
      case "bind":
        try {
          await this.#bind(claim, action.volume);
          this.#deps.metrics.binds.inc({ outcome: "ok" });
        } catch (error) {
          this.#deps.metrics.binds.inc({ outcome: "error" });
          throw error;
        }
        return;
      case "lost":
        if (claim.status?.phase !== ClaimPhases.lost) {
          await client.updateStatus<ClaimObject>({ ...claim, status: { ...claim.status, phase: ClaimPhases.lost } });
          this.#deps.metrics.phases.inc({ kind: "PersistentVolumeClaim", phase: ClaimPhases.lost });
          await this.#tell(claim, { type: "Warning", reason: "ClaimLost", message: action.message });
        }
        return;
      case "pending": {
        let current = claim;
        const annotations = current.metadata?.annotations ?? {};
        if (action.provisioner && annotations[StorageAnnotations.storageProvisioner] !== action.provisioner) {
          current = await client.update<ClaimObject>({
            ...current,
            metadata: { ...current.metadata, annotations: { ...annotations, [StorageAnnotations.storageProvisioner]: action.provisioner, [StorageAnnotations.betaStorageProvisioner]: action.provisioner } },
          });
        }
        if (current.status?.phase !== ClaimPhases.pending) {
          await client.updateStatus<ClaimObject>({ ...current, status: { ...current.status, phase: ClaimPhases.pending } });
          this.#deps.metrics.phases.inc({ kind: "PersistentVolumeClaim", phase: ClaimPhases.pending });
        }
        if (action.event) await this.#tell(current, action.event);
      }
    }
  }

  async #bind(claim: ClaimObject, volume: VolumeObject): Promise<void> {
    const { client, logger } = this.#deps;
    const meta = claim.metadata ?? {};
    const ref = volume.spec?.claimRef;
    if (!ref?.uid || ref.uid !== meta.uid) {
      // Pointing the volume at the claim first: the revision check makes two claims racing for one volume safe.
      await client.update<VolumeObject>({
        ...volume,
        metadata: { ...volume.metadata, annotations: { ...volume.metadata?.annotations, ...(ref?.name ? {} : { [StorageAnnotations.boundByController]: "yes" }) } },
        spec: { ...volume.spec, claimRef: { kind: "PersistentVolumeClaim", apiVersion: "v1", namespace: meta.namespace ?? "", name: meta.name ?? "", uid: meta.uid ?? "", resourceVersion: meta.resourceVersion ?? "" } },
      });
    }
    let current = claim;
    const volumeName = volume.metadata?.name ?? "";
    const annotations = meta.annotations ?? {};
    const byController = !claim.spec?.volumeName;
    if (current.spec?.volumeName !== volumeName || annotations[StorageAnnotations.bindCompleted] !== "yes") {
      current = await client.update<ClaimObject>({
        ...current,
        metadata: { ...meta, annotations: { ...annotations, [StorageAnnotations.bindCompleted]: "yes", ...(byController ? { [StorageAnnotations.boundByController]: "yes" } : {}) } },
        spec: { ...current.spec, volumeName },
      });
    }
    await client.updateStatus<ClaimObject>({
      ...current,
      status: { ...current.status, phase: ClaimPhases.bound, capacity: { ...volume.spec?.capacity }, accessModes: [...(volume.spec?.accessModes ?? [])] },
    });
    this.#deps.metrics.phases.inc({ kind: "PersistentVolumeClaim", phase: ClaimPhases.bound });
    this.#told.delete(meta.uid ?? "");
    logger.info("claim bound", { claim: `${meta.namespace ?? ""}/${meta.name ?? ""}`, volume: volumeName });
  }

  async #tell(claim: ClaimObject, event: ClaimEvent): Promise<void> {
    const uid = claim.metadata?.uid ?? "";
    const said = `${event.reason}\n${event.message}`;
    if (this.#told.get(uid) === said) return;
    this.#told.set(uid, said);
    await this.#deps.recorder.record(claim, event.type, event.reason, event.message);
  }
}
