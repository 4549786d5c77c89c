import test from "ava";
import type { KubeObject } from "../../../runtime/api-client.ts";
import { RESOURCES } from "../../../runtime/codec/resources.ts";
import { kubectlView } from "../../../test/helpers/kubectl-table.ts";
import { columnDefinitions, toTable } from "./mod.ts";

const now = new Date("2026-12-02T12:00:00Z");
const created = "2026-12-02T11:50:00Z";

function view(object: KubeObject, wide = false): string[][] {
  return kubectlView(toTable([object], { kind: object.kind, now }), { wide });
}

test("nodes show STATUS ROLES AGE VERSION, and addresses and runtime with -o wide, without the CLI's allocatable columns", (t) => {
  const node: KubeObject = {
    apiVersion: "v1", kind: "Node", metadata: { name: "node-1", creationTimestamp: "2026-11-30T12:00:00Z", labels: { "node-role.kubernetes.io/worker": "", "node-role.kubernetes.io/control-plane": "" } },
    spec: { unschedulable: true },
    status: {
      conditions: [{ type: "Ready", status: "Unknown" }],
      addresses: [{ type: "InternalIP", address: "127.0.0.1" }, { type: "Hostname", address: "node-1" }],
      allocatable: { cpu: "2" },
      nodeInfo: { kubeletVersion: "v1.32.0-troupe", osImage: "Debian GNU/Linux 12", kernelVersion: "6.1.0", containerRuntimeVersion: "troupe://process" },
    },
  };
  t.deepEqual(view(node), [["NAME", "STATUS", "ROLES", "AGE", "VERSION"], ["node-1", "NotReady,SchedulingDisabled", "control-plane,worker", "2d", "v1.32.0-troupe"]]);
  t.deepEqual(view(node, true), [
    ["NAME", "STATUS", "ROLES", "AGE", "VERSION", "INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"],
    ["node-1", "NotReady,SchedulingDisabled", "control-plane,worker", "2d", "v1.32.0-troupe", "127.0.0.1", "<none>", "Debian GNU/Linux 12", "6.1.0", "troupe://process"],
  ]);
  t.is(view({ ...node, status: {} })[1][1], "Unknown,SchedulingDisabled");
});

test("events show LAST SEEN TYPE REASON OBJECT MESSAGE, the rest with -o wide", (t) => {
  const event: KubeObject = {
    apiVersion: "v1", kind: "Event", metadata: { name: "web-1.17f3", namespace: "default", creationTimestamp: "2026-12-02T11:00:00Z" },
    type: "Warning", reason: "BackOff", message: "Back-off restarting failed container\n", count: 7,
    involvedObject: { kind: "Pod", name: "web-1", fieldPath: "spec.containers{web}" },
    source: { component: "kubelet", host: "node-1" },
    firstTimestamp: "2026-12-02T11:00:00Z", lastTimestamp: "2026-12-02T11:59:30Z",
  };
  t.deepEqual(view(event), [["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"], ["30s", "Warning", "BackOff", "pod/web-1", "Back-off restarting failed container"]]);
  t.deepEqual(view(event, true), [
    ["LAST SEEN", "TYPE", "REASON", "OBJECT", "SUBOBJECT", "SOURCE", "MESSAGE", "FIRST SEEN", "COUNT", "NAME"],
    ["30s", "Warning", "BackOff", "pod/web-1", "spec.containers{web}", "kubelet, node-1", "Back-off restarting failed container", "60m", "7", "web-1.17f3"],
  ]);
  // The NAME column is the one kubectl prefixes with the kind, though it is only shown wide.
  t.deepEqual(toTable([event], { kind: "Event", now }).columnDefinitions.filter((column) => column.format === "name").map((column) => [column.name, column.priority]), [["Name", 1]]);
  const series: KubeObject = { ...event, series: { count: 12, lastObservedTime: "2026-12-02T11:59:50Z" }, involvedObject: { kind: "Node" } };
  t.deepEqual(view(series, true)[1].slice(0, 4), ["10s", "Warning", "BackOff", "node"]);
  t.is(view(series, true)[1][8], "12");
});

test("configmaps count DATA over data and binaryData; secrets show TYPE and DATA", (t) => {
  const configMap: KubeObject = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "settings", creationTimestamp: created }, data: { a: "1", b: "2" }, binaryData: { c: "AA==" } };
  t.deepEqual(view(configMap), [["NAME", "DATA", "AGE"], ["settings", "3", "10m"]]);
  t.is(toTable([configMap], { kind: "ConfigMap", now }).rows[0].cells[1], 3);
  const secret: KubeObject = { apiVersion: "v1", kind: "Secret", metadata: { name: "tls", creationTimestamp: created }, type: "kubernetes.io/tls", data: { "tls.crt": "", "tls.key": "" } };
  t.deepEqual(view(secret), [["NAME", "TYPE", "DATA", "AGE"], ["tls", "kubernetes.io/tls", "2", "10m"]]);
});

test("namespaces show their STATUS", (t) => {
  const namespace: KubeObject = { apiVersion: "v1", kind: "Namespace", metadata: { name: "shop", creationTimestamp: created }, status: { phase: "Terminating" } };
  t.deepEqual(view(namespace), [["NAME", "STATUS", "AGE"], ["shop", "Terminating", "10m"]]);
});

test("claims, volumes and storage classes show kubectl's columns, VOLUMEMODE with -o wide", (t) => {
  const claim: KubeObject = {
    apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: { name: "data", namespace: "default", creationTimestamp: created },
    spec: { storageClassName: "standard", volumeName: "pvc-1", volumeMode: "Filesystem" }, status: { phase: "Bound", capacity: { storage: "1Gi" }, accessModes: ["ReadWriteOnce"] },
  };
  t.deepEqual(view(claim, true), [
    ["NAME", "STATUS", "VOLUME", "CAPACITY", "ACCESS MODES", "STORAGECLASS", "VOLUMEATTRIBUTESCLASS", "AGE", "VOLUMEMODE"],
    ["data", "Bound", "pvc-1", "1Gi", "RWO", "standard", "<unset>", "10m", "Filesystem"],
  ]);
  // Until it is bound, a claim shows neither capacity nor access modes.
  t.deepEqual(view({ ...claim, spec: { storageClassName: "standard" }, status: { phase: "Pending" } })[1], ["data", "Pending", "", "", "", "standard", "<unset>", "10m"]);
  const volume: KubeObject = {
    apiVersion: "v1", kind: "PersistentVolume", metadata: { name: "pvc-1", creationTimestamp: created, deletionTimestamp: "2026-12-02T11:59:00Z" },
    spec: { capacity: { storage: "1Gi" }, accessModes: ["ReadWriteOnce", "ReadOnlyMany"], persistentVolumeReclaimPolicy: "Delete", storageClassName: "standard", claimRef: { namespace: "default", name: "data" } },
    status: { phase: "Bound" },
  };
  t.deepEqual(view(volume), [
    ["NAME", "CAPACITY", "ACCESS MODES", "RECLAIM POLICY", "STATUS", "CLAIM", "STORAGECLASS", "VOLUMEATTRIBUTESCLASS", "REASON", "AGE"],
    ["pvc-1", "1Gi", "RWO,ROX", "Delete", "Terminating", "default/data", "standard", "<unset>", "", "10m"],
  ]);
  const storageClass: KubeObject = {
    apiVersion: "storage.k8s.io/v1", kind: "StorageClass", metadata: { name: "standard", creationTimestamp: created, annotations: { "storageclass.kubernetes.io/is-default-class": "true" } },
    provisioner: "troupe.io/local-path", reclaimPolicy: "Delete", volumeBindingMode: "WaitForFirstConsumer",
  };
  t.deepEqual(view(storageClass), [["NAME", "PROVISIONER", "RECLAIMPOLICY", "VOLUMEBINDINGMODE", "ALLOWVOLUMEEXPANSION", "AGE"], ["standard (default)", "troupe.io/local-path", "Delete", "WaitForFirstConsumer", "false", "10m"]]);
  t.is(toTable([storageClass], { kind: "StorageClass", now }).rows[0].cells[4], false);
});

test("quotas show NAME AGE REQUEST LIMIT, leases their HOLDER", (t) => {
  const quota: KubeObject = {
    apiVersion: "v1", kind: "ResourceQuota", metadata: { name: "compute", creationTimestamp: created },
    status: { hard: { pods: "2", "requests.cpu": "1", "limits.cpu": "2" }, used: { pods: "1", "requests.cpu": "100m" } },
  };
  t.deepEqual(view(quota), [["NAME", "AGE", "REQUEST", "LIMIT"], ["compute", "10m", "pods: 1/2, requests.cpu: 100m/1", "limits.cpu: 0/2"]]);
  const lease: KubeObject = { apiVersion: "coordination.k8s.io/v1", kind: "Lease", metadata: { name: "troupe-scheduler", creationTimestamp: created }, spec: { holderIdentity: "scheduler-a" } };
  t.deepEqual(view(lease), [["NAME", "HOLDER", "AGE"], ["troupe-scheduler", "scheduler-a", "10m"]]);
});

test("disruption budgets show MIN AVAILABLE, MAX UNAVAILABLE (N/A when unset) and ALLOWED DISRUPTIONS", (t) => {
  const counted: KubeObject = { apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "web", creationTimestamp: created }, spec: { minAvailable: 2 }, status: { disruptionsAllowed: 1 } };
  t.deepEqual(view(counted), [["NAME", "MIN AVAILABLE", "MAX UNAVAILABLE", "ALLOWED DISRUPTIONS", "AGE"], ["web", "2", "N/A", "1", "10m"]]);
  const percent: KubeObject = { apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "db", creationTimestamp: created }, spec: { maxUnavailable: "25%" } };
  t.deepEqual(view(percent)[1], ["db", "N/A", "25%", "0", "10m"]);
});

test("kinds without a printer get Kubernetes' default table: NAME and CREATED AT as an RFC 3339 date", (t) => {
  const range: KubeObject = { apiVersion: "v1", kind: "LimitRange", metadata: { name: "defaults", creationTimestamp: "2026-12-02T11:50:00.000Z" } };
  const table = toTable([range], { kind: "LimitRange", now });
  t.deepEqual(table.columnDefinitions.map(({ name, type, format }) => [name, type, format]), [["Name", "string", "name"], ["Created At", "date", ""]]);
  t.deepEqual(kubectlView(table), [["NAME", "CREATED AT"], ["defaults", "2026-12-02T11:50:00Z"]]);
  t.deepEqual(columnDefinitions("Widget"), columnDefinitions("LimitRange"));
});

test("every kind Troupe serves has a NAME column and one cell per column definition", (t) => {
  for (const info of RESOURCES) {
    const object: KubeObject = { apiVersion: info.apiVersion, kind: info.kind, metadata: { name: "x", creationTimestamp: created } };
    const table = toTable([object], { kind: info.kind, now });
    t.true(table.columnDefinitions.some((column) => column.format === "name" && column.type === "string"), info.kind);
    t.is(table.rows[0].cells.length, table.columnDefinitions.length, info.kind);
    t.true(table.columnDefinitions.every((column) => column.priority === 0 || column.priority === 1), info.kind);
  }
});
