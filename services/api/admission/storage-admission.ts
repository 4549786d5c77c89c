// Admission of storage objects that needs the store (Kubernetes' DefaultStorageClass and
// StorageObjectInUseProtection plugins): a claim that names no storageClassName gets the default
// class (the one annotated storageclass.kubernetes.io/is-default-class=true), and claims and
// volumes get their protection finalizers.
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import { defaultStorageClassOf, StorageFinalizers } from "../../../runtime/volumes/well-known.ts";
import type { troupe } from "../../../proto/gen/troupe.js";
import type { ApiContext } from "../api-context.ts";

const STORAGE_CLASSES = findResource("storageclasses") as ResourceInfo;

type Claim = troupe.v1.PersistentVolumeClaim.$Properties;
type StorageClass = troupe.v1.StorageClass.$Properties & ApiObject;

function addFinalizer(object: ApiObject, finalizer: string): void {
  const meta = (object.metadata ??= {});
  const finalizers = (meta.finalizers ??= []);
  if (!finalizers.includes(finalizer)) finalizers.push(finalizer);
}

export async function admitStorageOnCreate(ctx: ApiContext, info: ResourceInfo, object: ApiObject): Promise<void> {
  if (info.kind === "PersistentVolume") {
    addFinalizer(object, StorageFinalizers.volumeProtection);
    return;
  }
  if (info.kind !== "PersistentVolumeClaim") return;
  addFinalizer(object, StorageFinalizers.claimProtection);
  const spec = ((object as Claim).spec ??= {});
  // An explicit "" asks for no class (static volumes without one); only a missing field is defaulted.
  if (spec.storageClassName !== undefined && spec.storageClassName !== null) return;
  const { items } = await ctx.repo.list<StorageClass>(STORAGE_CLASSES);
  const chosen = defaultStorageClassOf(items.map((item) => item.object));
  if (chosen?.metadata?.name) spec.storageClassName = chosen.metadata.name;
}
