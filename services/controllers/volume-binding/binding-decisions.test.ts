import test from "ava";
import { StorageAnnotations, StorageFinalizers } from "../../../runtime/volumes/well-known.ts";
import { decideClaim } from "./claim-decision.ts";
import type { ClaimObject, StorageClassObject, VolumeObject } from "./types.ts";
import { decideVolume } from "./volume-decision.ts";
import { findMatchingVolume, mismatch } from "./volume-match.ts";

function pv(name: string, storage: string, extra: Partial<NonNullable<VolumeObject["spec"]>> = {}, labels: Record<string, string> = {}): VolumeObject {
  return {
    apiVersion: "v1", kind: "PersistentVolume",
    metadata: { name, labels, finalizers: [StorageFinalizers.volumeProtection] },
    spec: { capacity: { storage }, accessModes: ["ReadWriteOnce"], storageClassName: "manual", persistentVolumeReclaimPolicy: "Retain", ...extra },
    status: { phase: "Available" },
  };
}

function pvc(name: string, storage: string, extra: Partial<NonNullable<ClaimObject["spec"]>> = {}, annotations: Record<string, string> = {}): ClaimObject {
  return {
    apiVersion: "v1", kind: "PersistentVolumeClaim",
    metadata: { name, namespace: "default", uid: `uid-${name}`, finalizers: [StorageFinalizers.claimProtection], annotations },
    spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage } }, storageClassName: "manual", ...extra },
    status: { phase: "Pending" },
  };
}

const classes = (...list: StorageClassObject[]) => new Map(list.map((item) => [item.metadata?.name ?? "", item]));
const standard: StorageClassObject = { apiVersion: "storage.k8s.io/v1", kind: "StorageClass", metadata: { name: "standard" }, provisioner: "troupe.io/local-path", volumeBindingMode: "WaitForFirstConsumer" };

const matchCases: { title: string; volume: VolumeObject; claim: ClaimObject; why: string }[] = [
  { title: "fits", volume: pv("a", "1Gi"), claim: pvc("c", "1Gi"), why: "" },
  { title: "other class", volume: pv("a", "1Gi", { storageClassName: "fast" }), claim: pvc("c", "1Gi"), why: "storageClassName differs" },
  { title: "too small", volume: pv("a", "500Mi"), claim: pvc("c", "1Gi"), why: "capacity too small" },
  { title: "missing access mode", volume: pv("a", "1Gi"), claim: pvc("c", "1Gi", { accessModes: ["ReadWriteMany"] }), why: "access modes not offered" },
  { title: "access mode superset", volume: pv("a", "1Gi", { accessModes: ["ReadWriteOnce", "ReadOnlyMany"] }), claim: pvc("c", "1Gi", { accessModes: ["ReadOnlyMany"] }), why: "" },
  { title: "selector", volume: pv("a", "1Gi", {}, { tier: "slow" }), claim: pvc("c", "1Gi", { selector: { matchLabels: { tier: "fast" } } }), why: "selector does not match" },
  { title: "bound elsewhere", volume: pv("a", "1Gi", { claimRef: { namespace: "default", name: "other", uid: "x" } }), claim: pvc("c", "1Gi"), why: "bound to another claim" },
  { title: "volumeMode", volume: pv("a", "1Gi", { volumeMode: "Block" }), claim: pvc("c", "1Gi"), why: "volumeMode differs" },
];

for (const { title, volume, claim, why } of matchCases) {
  test(`a static volume matches a claim or says why: ${title}`, (t) => {
    t.is(mismatch(volume, claim), why);
  });
}

test("of the volumes that fit, the smallest wins, and a volume pre-bound to the claim wins over all", (t) => {
  const volumes = [pv("big", "10Gi"), pv("small", "2Gi"), pv("tiny", "1Gi", { accessModes: ["ReadOnlyMany"] })];
  t.is(findMatchingVolume(pvc("c", "1Gi"), volumes)?.metadata?.name, "small");
  const preBound = pv("pre", "10Gi", { claimRef: { namespace: "default", name: "c" } });
  t.is(findMatchingVolume(pvc("c", "1Gi"), [...volumes, preBound])?.metadata?.name, "pre");
  t.is(findMatchingVolume(pvc("c", "1Gi", { volumeName: "big" }), volumes)?.metadata?.name, "big");
});

test("a claim gets its protection finalizer first, and loses it only when no pod uses it", (t) => {
  const bare = pvc("c", "1Gi");
  bare.metadata!.finalizers = [];
  t.is(decideClaim({ claim: bare, volumes: [], classes: classes(), inUse: false }).kind, "addFinalizer");
  const deleting = pvc("c", "1Gi");
  deleting.metadata!.deletionTimestamp = "2026-12-02T09:00:00Z";
  t.is(decideClaim({ claim: deleting, volumes: [], classes: classes(), inUse: true }).kind, "none");
  t.is(decideClaim({ claim: deleting, volumes: [], classes: classes(), inUse: false }).kind, "removeFinalizer");
});

test("a claim binds to a fitting static volume; a claim for a missing class waits with Kubernetes' warning", (t) => {
  const bind = decideClaim({ claim: pvc("c", "1Gi"), volumes: [pv("a", "1Gi")], classes: classes(), inUse: false });
  t.is(bind.kind, "bind");
  const missing = decideClaim({ claim: pvc("c", "1Gi", { storageClassName: "nope" }), volumes: [], classes: classes(), inUse: false });
  t.deepEqual(missing, { kind: "pending", event: { type: "Warning", reason: "ProvisioningFailed", message: 'storageclass.storage.k8s.io "nope" not found' } });
});

test("a WaitForFirstConsumer claim waits for its node, then asks the class's provisioner", (t) => {
  const waiting = decideClaim({ claim: pvc("c", "1Gi", { storageClassName: "standard" }), volumes: [], classes: classes(standard), inUse: false });
  t.like(waiting, { kind: "pending", event: { reason: "WaitForFirstConsumer" } });
  const selected = decideClaim({ claim: pvc("c", "1Gi", { storageClassName: "standard" }, { [StorageAnnotations.selectedNode]: "node-1" }), volumes: [], classes: classes(standard), inUse: false });
  t.like(selected, { kind: "pending", provisioner: "troupe.io/local-path", event: { reason: "ExternalProvisioning" } });
  const provisioned = pv("pvc-uid-c", "1Gi", { storageClassName: "standard", claimRef: { namespace: "default", name: "c", uid: "uid-c" } });
  t.like(decideClaim({ claim: pvc("c", "1Gi", { storageClassName: "standard" }), volumes: [provisioned], classes: classes(standard), inUse: false }), { kind: "bind" });
});

test("a bound claim whose volume is gone is Lost", (t) => {
  const claim = pvc("c", "1Gi", { volumeName: "a" });
  claim.status = { phase: "Bound" };
  t.is(decideClaim({ claim, volumes: [], classes: classes(), inUse: false }).kind, "lost");
});

const volumeCases: { title: string; volume: VolumeObject; claim?: ClaimObject; phase: string }[] = [
  { title: "no claimRef is Available", volume: pv("a", "1Gi", {}), phase: "Available" },
  { title: "its claim pointing back is Bound", volume: { ...pv("a", "1Gi", { claimRef: { namespace: "default", name: "c", uid: "uid-c" } }), status: { phase: "Available" } }, claim: pvc("c", "1Gi", { volumeName: "a" }), phase: "Bound" },
  { title: "Retain with its claim gone is Released", volume: pv("a", "1Gi", { claimRef: { namespace: "default", name: "c", uid: "uid-c" } }), phase: "Released" },
  { title: "Delete of the local-path provisioner is Released (the node deletes it)", volume: { ...pv("a", "1Gi", { persistentVolumeReclaimPolicy: "Delete", claimRef: { namespace: "default", name: "c", uid: "uid-c" } }), metadata: { name: "a", finalizers: [StorageFinalizers.volumeProtection], annotations: { [StorageAnnotations.provisionedBy]: "troupe.io/local-path" } } }, phase: "Released" },
  { title: "Delete with no deleter is Failed", volume: pv("a", "1Gi", { persistentVolumeReclaimPolicy: "Delete", claimRef: { namespace: "default", name: "c", uid: "uid-c" } }), phase: "Failed" },
];

for (const { title, volume, claim, phase } of volumeCases) {
  test(`a volume's phase: ${title}`, (t) => {
    const current = { ...volume, status: { phase: "Pending" } };
    t.like(decideVolume(current, claim), { kind: "phase", phase });
  });
}

test("pv-protection holds a Bound volume being deleted and lets a Released one go", (t) => {
  const bound = { ...pv("a", "1Gi"), status: { phase: "Bound" } };
  bound.metadata = { ...bound.metadata, deletionTimestamp: "2026-12-02T09:00:00Z" };
  t.is(decideVolume(bound, undefined).kind, "none");
  t.is(decideVolume({ ...bound, status: { phase: "Released" } }, undefined).kind, "removeFinalizer");
});
