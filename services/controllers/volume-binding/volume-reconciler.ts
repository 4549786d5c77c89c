// Carries out decideVolume for one PersistentVolume: the pv-protection finalizer and the phase
// (Available, Bound, Released, Failed). A Released volume of reclaim policy Delete made by the
// local-path provisioner is deleted by that node's provisioner, which owns its directory.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { Reconciler, ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { StorageFinalizers, VolumePhases } from "../../../runtime/volumes/well-known.ts";
import { decideVolume } from "./volume-decision.ts";
import type { ClaimObject, VolumeObject } from "./types.ts";
import type { VolumeBindingMetrics } from "./volume-binding-metrics.ts";

export interface VolumeReconcilerDeps {
  claims: Informer<ClaimObject>;
  volumes: Informer<VolumeObject>;
  client: TypedApiClient;
  recorder: EventRecorder;
  metrics: VolumeBindingMetrics;
}

export class VolumeReconciler implements Reconciler {
  readonly #deps: VolumeReconcilerDeps;

  constructor(deps: VolumeReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile({ name }: ReconcileRequest): Promise<void> {
    const { claims, volumes, client, recorder } = this.#deps;
    const volume = volumes.get(undefined, name);
    if (!volume) return;
    const ref = volume.spec?.claimRef;
    const claim = ref?.name ? claims.get(ref.namespace ?? "", ref.name) : undefined;
    const action = decideVolume(volume, claim);
    const finalizers = volume.metadata?.finalizers ?? [];
    switch (action.kind) {
      case "none":
        return;
      case "addFinalizer":
        await client.update<VolumeObject>({ ...volume, metadata: { ...volume.metadata, finalizers: [...finalizers, StorageFinalizers.volumeProtection] } });
        return;
      case "removeFinalizer":
        await client.update<VolumeObject>({ ...volume, metadata: { ...volume.metadata, finalizers: finalizers.filter((finalizer) => finalizer !== StorageFinalizers.volumeProtection) } });
        return;
      case "phase":
        await client.updateStatus<VolumeObject>({
          ...volume,
          status: { ...volume.status, phase: action.phase, reason: action.reason ?? "", message: action.message ?? "", lastPhaseTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, "Z") },
        });
        this.#deps.metrics.phases.inc({ kind: "PersistentVolume", phase: action.phase });
        if (action.phase === VolumePhases.failed && action.reason) await recorder.record(volume, "Warning", action.reason, action.message ?? "");
    }
  }
}
