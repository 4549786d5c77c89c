// The local-path provisioner (k3s' local-path-provisioner, as `troupe.io/local-path`), hosted by
// the kubelet process because the directory must live on the node that owns it. Two controllers
// over the kubelet's informers:
// - provision: a claim of a class served by this provisioner, unbound, with the scheduler's
//   selected-node naming one of this process's nodes, gets `<node root>/volumes/pvc-<uid>` and a
//   PV `pvc-<uid>` (capacity = request, the claim's access modes, the class's reclaim policy,
//   hostPath = the directory, node affinity kubernetes.io/hostname In [node], claimRef with uid,
//   pv.kubernetes.io/provisioned-by). The PV controller then binds the claim to it.
// - delete: a Released PV of this provisioner with reclaim policy Delete whose node is ours: the
//   directory is removed, then the PV is deleted.
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { Reconciler, ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { HOSTNAME_LABEL, LOCAL_PATH_PROVISIONER, ReclaimPolicies, StorageAnnotations, VolumePhases } from "../../../runtime/volumes/well-known.ts";
import type { troupe } from "../../../proto/gen/troupe.js";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ProvisionerMetrics } from "./provisioner-metrics.ts";

type ClaimObject = troupe.v1.PersistentVolumeClaim.$Properties & ApiObject;
type VolumeObject = troupe.v1.PersistentVolume.$Properties & ApiObject;
type StorageClassObject = troupe.v1.StorageClass.$Properties & ApiObject;

const CLAIMS = findResource("persistentvolumeclaims") as ResourceInfo;
const VOLUMES = findResource("persistentvolumes") as ResourceInfo;
const CLASSES = findResource("storageclasses") as ResourceInfo;

export interface LocalPathProvisionerDeps {
  client: TypedApiClient;
  /** This process's nodes: name → the kubelet's root (state) directory. */
  nodes: ReadonlyMap<string, string>;
  recorder: EventRecorder;
  logger: Logger;
  metrics: ProvisionerMetrics;
}

/** Where a claim's volume lives on its node. */
export function volumeDirectory(rootDir: string, claimUid: string): string {
  return join(rootDir, "volumes", `pvc-${claimUid}`);
}

/** The PV the provisioner makes for `claim` on `node`, in `directory`. */
export function provisionedVolume(claim: ClaimObject, storageClass: StorageClassObject, node: string, directory: string): VolumeObject {
  const meta = claim.metadata ?? {};
  return {
    apiVersion: "v1",
    kind: "PersistentVolume",
    metadata: { name: `pvc-${meta.uid ?? ""}`, annotations: { [StorageAnnotations.provisionedBy]: LOCAL_PATH_PROVISIONER }, labels: {} },
    spec: {
      capacity: { storage: claim.spec?.resources?.requests?.storage ?? "0" },
      accessModes: [...(claim.spec?.accessModes ?? [])],
      persistentVolumeReclaimPolicy: storageClass.reclaimPolicy || ReclaimPolicies.delete,
      storageClassName: storageClass.metadata?.name ?? "",
      volumeMode: claim.spec?.volumeMode || "Filesystem",
      hostPath: { path: directory, type: "DirectoryOrCreate" },
      nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: HOSTNAME_LABEL, operator: "In", values: [node] }] }] } },
      claimRef: { kind: "PersistentVolumeClaim", apiVersion: "v1", namespace: meta.namespace ?? "", name: meta.name ?? "", uid: meta.uid ?? "", resourceVersion: meta.resourceVersion ?? "" },
    },
    status: { phase: VolumePhases.pending },
  };
}

/** The node a PV of ours is pinned to (its hostname affinity), or "". */
export function volumeNode(volume: VolumeObject): string {
  for (const term of volume.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? []) {
    for (const expression of term.matchExpressions ?? []) if (expression.key === HOSTNAME_LABEL && expression.operator === "In") return expression.values?.[0] ?? "";
  }
  return "";
}

type ProvisionDeps = LocalPathProvisionerDeps & { claims: Informer<ClaimObject>; volumes: Informer<VolumeObject>; classes: Informer<StorageClassObject> };

class ProvisionReconciler implements Reconciler {
  readonly #deps: ProvisionDeps;

  constructor(deps: ProvisionDeps) {
    this.#deps = deps;
  }

  async reconcile({ namespace, name }: ReconcileRequest): Promise<void> {
    const { claims, volumes, classes, nodes, client, recorder, logger, metrics } = this.#deps;
    const claim = claims.get(namespace, name);
    if (!claim || claim.metadata?.deletionTimestamp || claim.spec?.volumeName) return;
    const node = claim.metadata?.annotations?.[StorageAnnotations.selectedNode] ?? "";
    const rootDir = nodes.get(node);
    if (!rootDir) return;
    const storageClass = classes.get(undefined, claim.spec?.storageClassName ?? "");
    if (!storageClass || storageClass.provisioner !== LOCAL_PATH_PROVISIONER) return;
    const uid = claim.metadata?.uid ?? "";
    if (volumes.get(undefined, `pvc-${uid}`)) return;
    const directory = volumeDirectory(rootDir, uid);
    await recorder.record(claim, "Normal", "Provisioning", `External provisioner is provisioning volume for claim "${namespace}/${name}"`);
    try {
      await mkdir(directory, { recursive: true, mode: 0o777 });
      await client.create<VolumeObject>(provisionedVolume(claim, storageClass, node, directory));
    } catch (error) {
      if (error instanceof ApiError && error.reason === "AlreadyExists") return;
      metrics.operations.inc({ operation: "provision", outcome: "error" });
      await recorder.record(claim, "Warning", "ProvisioningFailed", `failed to provision volume with StorageClass "${storageClass.metadata?.name ?? ""}": ${(error as Error).message}`);
      throw error;
    }
    metrics.operations.inc({ operation: "provision", outcome: "ok" });
    await recorder.record(claim, "Normal", "ProvisioningSucceeded", `Successfully provisioned volume pvc-${uid}`);
    logger.info("volume provisioned", { claim: `${namespace}/${name}`, node, path: directory });
  }
}

class DeleteReconciler implements Reconciler {
  readonly #deps: LocalPathProvisionerDeps & { volumes: Informer<VolumeObject> };

  constructor(deps: LocalPathProvisionerDeps & { volumes: Informer<VolumeObject> }) {
    this.#deps = deps;
  }

  async reconcile({ name }: ReconcileRequest): Promise<void> {
    const { volumes, nodes, client, logger, metrics } = this.#deps;
    const volume = volumes.get(undefined, name);
    if (!volume || volume.metadata?.annotations?.[StorageAnnotations.provisionedBy] !== LOCAL_PATH_PROVISIONER) return;
    if (volume.status?.phase !== VolumePhases.released || volume.spec?.persistentVolumeReclaimPolicy !== ReclaimPolicies.delete) return;
    const rootDir = nodes.get(volumeNode(volume));
    const path = volume.spec?.hostPath?.path ?? "";
    if (!rootDir || !path.startsWith(join(rootDir, "volumes") + "/")) return;
    try {
      await rm(path, { recursive: true, force: true });
      if (!volume.metadata?.deletionTimestamp) {
        await client.delete("persistentvolumes", undefined, name).catch((error: unknown) => {
          if (!(error instanceof ApiError && error.reason === "NotFound")) throw error;
        });
      }
    } catch (error) {
      metrics.operations.inc({ operation: "delete", outcome: "error" });
      throw error;
    }
    metrics.operations.inc({ operation: "delete", outcome: "ok" });
    logger.info("volume deleted", { volume: name, path });
  }
}

export function buildLocalPathProvisioner(factory: SharedInformerFactory, deps: LocalPathProvisionerDeps, options: ControllerOptions): Controller[] {
  const claims = factory.informer<ClaimObject>(CLAIMS);
  const volumes = factory.informer<VolumeObject>(VOLUMES);
  const classes = factory.informer<StorageClassObject>(CLASSES);
  const provision = new ControllerBuilder("local-path-provisioner")
    .for(CLAIMS)
    .watches(CLASSES, () => claims.list((claim) => !claim.spec?.volumeName).map((claim) => ({ namespace: claim.metadata?.namespace ?? "", name: claim.metadata?.name ?? "" })))
    .withReconciler(new ProvisionReconciler({ ...deps, claims, volumes, classes }))
    .withOptions(options)
    .build(factory);
  const remove = new ControllerBuilder("local-path-deleter")
    .for(VOLUMES)
    .withReconciler(new DeleteReconciler({ ...deps, volumes }))
    .withOptions(options)
    .build(factory);
  return [provision, remove];
}
