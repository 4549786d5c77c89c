import test from "ava";
import type { KubeObject } from "../../runtime/api-client.ts";
import { formatTable } from "../table.ts";
import { resourceTable, type TableOptions } from "./resource-table.ts";

const NOW = Date.parse("2026-12-02T12:00:00Z");
const plain: TableOptions = { wide: false, namespaceColumn: false, showLabels: false, kindPrefix: false };
const created = "2026-12-02T11:50:00Z";

function lines(object: KubeObject): string[][] {
  const built = resourceTable(object.kind, plain);
  return formatTable(built.header, [built.row(object, NOW)]).trimEnd().split("\n").map((line) => line.split(/\s{2,}/));
}

test("persistent volumes print kubectl's columns, VOLUMEATTRIBUTESCLASS unset", (t) => {
  const [header, row] = lines({
    apiVersion: "v1", kind: "PersistentVolume", metadata: { name: "pvc-1", creationTimestamp: created },
    spec: { capacity: { storage: "1Gi" }, accessModes: ["ReadWriteOnce"], persistentVolumeReclaimPolicy: "Delete", storageClassName: "standard", claimRef: { namespace: "default", name: "data" } },
    status: { phase: "Bound" },
  });
  t.deepEqual(header, ["NAME", "CAPACITY", "ACCESS MODES", "RECLAIM POLICY", "STATUS", "CLAIM", "STORAGECLASS", "VOLUMEATTRIBUTESCLASS", "REASON", "AGE"]);
  t.deepEqual(row, ["pvc-1", "1Gi", "RWO", "Delete", "Bound", "default/data", "standard", "<unset>", "10m"]);
});

test("claims print kubectl's columns, capacity and access modes from status", (t) => {
  const [header, row] = lines({
    apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: { name: "data", namespace: "default", creationTimestamp: created },
    spec: { storageClassName: "standard", volumeName: "pvc-1" },
    status: { phase: "Bound", capacity: { storage: "1Gi" }, accessModes: ["ReadWriteOnce"] },
  });
  t.deepEqual(header, ["NAME", "STATUS", "VOLUME", "CAPACITY", "ACCESS MODES", "STORAGECLASS", "VOLUMEATTRIBUTESCLASS", "AGE"]);
  t.deepEqual(row, ["data", "Bound", "pvc-1", "1Gi", "RWO", "standard", "<unset>", "10m"]);
});

test("storage classes mark the default class after its name", (t) => {
  const [header, row] = lines({
    apiVersion: "storage.k8s.io/v1", kind: "StorageClass", metadata: { name: "standard", creationTimestamp: created, annotations: { "storageclass.kubernetes.io/is-default-class": "true" } },
    provisioner: "troupe.io/local-path", reclaimPolicy: "Delete", volumeBindingMode: "WaitForFirstConsumer", allowVolumeExpansion: false,
  });
  t.deepEqual(header, ["NAME", "PROVISIONER", "RECLAIMPOLICY", "VOLUMEBINDINGMODE", "ALLOWVOLUMEEXPANSION", "AGE"]);
  t.deepEqual(row, ["standard (default)", "troupe.io/local-path", "Delete", "WaitForFirstConsumer", "false", "10m"]);
});
