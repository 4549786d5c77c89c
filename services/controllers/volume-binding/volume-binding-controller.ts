// Wiring of the PV controller (Kubernetes' persistentvolume-binder plus pvc- and pv-protection):
// one controller for claims, one for volumes. A claim wakes on its volume, on the pods that name
// it (protection), on new or freed volumes and classes (a waiting claim may now bind), and on
// nodes (a selected node's labels decide static volume affinity); a volume wakes on its claim.
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import { ClaimPhases } from "../../../runtime/volumes/well-known.ts";
import { NODES, PODS, type NodeObject, type PodObject } from "../resources.ts";
import { ClaimReconciler, type ClaimReconcilerDeps } from "./claim-reconciler.ts";
import { podClaimNames } from "./pod-claims.ts";
import { PERSISTENT_VOLUME_CLAIMS, PERSISTENT_VOLUMES, STORAGE_CLASSES, type ClaimObject, type StorageClassObject, type VolumeObject } from "./types.ts";
import { VolumeReconciler, type VolumeReconcilerDeps } from "./volume-reconciler.ts";

export const CLAIM_BINDER_CONTROLLER = "persistentvolumeclaim-binder";
export const VOLUME_BINDER_CONTROLLER = "persistentvolume-binder";

export type VolumeBindingControllerDeps = Omit<ClaimReconcilerDeps, "claims" | "volumes" | "classes" | "pods" | "nodes"> & Pick<VolumeReconcilerDeps, "recorder" | "metrics">;

export function buildVolumeBindingControllers(factory: SharedInformerFactory, deps: VolumeBindingControllerDeps, options: ControllerOptions): Controller[] {
  const claims = factory.informer<ClaimObject>(PERSISTENT_VOLUME_CLAIMS);
  const volumes = factory.informer<VolumeObject>(PERSISTENT_VOLUMES);
  const classes = factory.informer<StorageClassObject>(STORAGE_CLASSES);
  const pods = factory.informer<PodObject>(PODS);
  const nodes = factory.informer<NodeObject>(NODES);
  const waiting = (): ReconcileRequest[] => claims.list((claim) => claim.status?.phase !== ClaimPhases.bound || Boolean(claim.metadata?.deletionTimestamp)).map(claimRequest);
  const claimController = new ControllerBuilder(CLAIM_BINDER_CONTROLLER)
    .for(PERSISTENT_VOLUME_CLAIMS)
    .watches(PERSISTENT_VOLUMES, (object) => {
      const ref = (object as VolumeObject).spec?.claimRef;
      return [...(ref?.name ? [{ namespace: ref.namespace ?? "", name: ref.name }] : []), ...waiting()];
    })
    .watches(PODS, (object) => podClaimNames(object as PodObject).map((name) => ({ namespace: object.metadata?.namespace ?? "", name })))
    .watches(STORAGE_CLASSES, waiting)
    .watches(NODES, () => claims.list((claim) => claim.status?.phase !== ClaimPhases.bound).map(claimRequest))
    .withReconciler(new ClaimReconciler({ ...deps, claims, volumes, classes, pods, nodes }))
    .withOptions(options)
    .build(factory);
  const volumeController = new ControllerBuilder(VOLUME_BINDER_CONTROLLER)
    .for(PERSISTENT_VOLUMES)
    .watches(PERSISTENT_VOLUME_CLAIMS, (object) => volumes.list((volume) => {
      const ref = volume.spec?.claimRef;
      return ref?.name === object.metadata?.name && (ref?.namespace ?? "") === (object.metadata?.namespace ?? "");
    }).map((volume) => ({ namespace: "", name: volume.metadata?.name ?? "" })))
    .withReconciler(new VolumeReconciler({ claims, volumes, client: deps.client, recorder: deps.recorder, metrics: deps.metrics }))
    .withOptions(options)
    .build(factory);
  return [claimController, volumeController];
}

function claimRequest(object: ApiObject): ReconcileRequest {
  return { namespace: object.metadata?.namespace ?? "", name: object.metadata?.name ?? "" };
}
