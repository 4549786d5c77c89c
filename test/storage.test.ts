// PersistentVolumes end to end on a real cluster (nats-server, API, controller manager, scheduler
// and two kubelets with the fake driver): the local-path provisioner makes a claim's volume on
// the node the scheduler picked, later pods follow the volume, reclaim Delete removes the
// directory and Retain keeps it, static volumes bind by class, size and access mode, a claim for
// a missing class waits with Kubernetes' event, and pvc-protection holds a claim in use.
import test from "ava";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { defaultStorageClass } from "../cli/cluster/default-storage-class.ts";
import type { KubeObject } from "../runtime/api-client.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

interface ClaimJson extends KubeObject {
  spec?: { storageClassName?: string; volumeName?: string };
  status?: { phase?: string; capacity?: Record<string, string>; accessModes?: string[] };
}
interface VolumeJson extends KubeObject {
  spec?: { hostPath?: { path?: string }; claimRef?: { name?: string; uid?: string }; capacity?: Record<string, string>; nodeAffinity?: { required?: { nodeSelectorTerms?: { matchExpressions?: { values?: string[] }[] }[] } } };
  status?: { phase?: string };
}
interface PodJson extends KubeObject {
  spec?: { nodeName?: string };
  status?: { phase?: string; conditions?: { type?: string; status?: string; message?: string }[] };
}

const NS = "default";
let cluster: WorkloadCluster;

test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 2, env: { TROUPE_DRIVER: "fake" } });
  await cluster.json.create(defaultStorageClass());
});
test.after.always(async () => {
  await cluster?.stop();
});

function claim(name: string, storage: string, extra: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: { name, namespace: NS }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage } }, ...extra } };
}

function pod(name: string, claimName: string): KubeObject {
  return {
    apiVersion: "v1", kind: "Pod", metadata: { name, namespace: NS },
    spec: { terminationGracePeriodSeconds: 0, containers: [{ name: "c", image: "hello:plain-text", volumeMounts: [{ name: "data", mountPath: "/data" }] }], volumes: [{ name: "data", persistentVolumeClaim: { claimName } }] },
  };
}

const getClaim = (name: string) => cluster.json.get("persistentvolumeclaims", name, { namespace: NS }) as Promise<ClaimJson>;
const getVolume = (name: string) => cluster.json.get("persistentvolumes", name) as Promise<VolumeJson>;
const getPod = (name: string) => cluster.json.get("pods", name, { namespace: NS }) as Promise<PodJson>;
const missing = (read: () => Promise<unknown>) => read().then(() => false, (error: { reason?: string }) => error.reason === "NotFound");

async function gone(what: string, read: () => Promise<unknown>): Promise<void> {
  await eventually(() => missing(read), (isGone) => isGone, what, 45_000);
}

async function runningPod(name: string): Promise<PodJson> {
  return eventually(() => getPod(name), (current) => current.status?.phase === "Running" && Boolean(current.spec?.nodeName), `pod ${name} Running`, 45_000);
}

async function unschedulableMessage(name: string): Promise<string> {
  const scheduled = (current: PodJson) => current.status?.conditions?.find((condition) => condition.type === "PodScheduled" && condition.status === "False");
  const current = await eventually(() => getPod(name), (found) => Boolean(scheduled(found)), `pod ${name} unschedulable`, 30_000);
  return scheduled(current)?.message ?? "";
}

async function boundClaim(name: string): Promise<ClaimJson> {
  return eventually(() => getClaim(name), (current) => current.status?.phase === "Bound", `claim ${name} Bound`, 45_000);
}

test.serial("a pod's claim of class standard gets a volume on the pod's node; later pods follow it and none can go elsewhere; Delete removes the directory", async (t) => {
  const created = await cluster.json.create(claim("data", "1Gi")) as ClaimJson;
  t.is(created.spec?.storageClassName, "standard", "the default class is filled in at admission");
  t.true((created.metadata?.finalizers ?? []).includes("kubernetes.io/pvc-protection"));
  await cluster.json.create(pod("first", "data"));
  const bound = await boundClaim("data");
  t.deepEqual(bound.status?.capacity, { storage: "1Gi" });
  t.deepEqual(bound.status?.accessModes, ["ReadWriteOnce"]);
  t.is(bound.metadata?.annotations?.["pv.kubernetes.io/bind-completed"], "yes");
  const first = await runningPod("first");
  const node = first.spec?.nodeName ?? "";
  t.is(bound.metadata?.annotations?.["volume.kubernetes.io/selected-node"], node);
  const volume = await eventually(() => getVolume(bound.spec?.volumeName ?? ""), (current) => current.status?.phase === "Bound", "volume Bound", 30_000);
  t.is(volume.metadata?.name, `pvc-${bound.metadata?.uid ?? ""}`);
  t.is(volume.metadata?.annotations?.["pv.kubernetes.io/provisioned-by"], "troupe.io/local-path");
  t.deepEqual(volume.spec?.nodeAffinity?.required?.nodeSelectorTerms?.[0]?.matchExpressions?.[0]?.values, [node]);
  const path = volume.spec?.hostPath?.path ?? "";
  t.is(path, join(cluster.kubeletDir, node, "volumes", `pvc-${bound.metadata?.uid ?? ""}`));
  t.true(existsSync(path), "the directory exists on the pod's node");

  // Asked onto the other node, a pod of the claim cannot go: the volume's node affinity says no.
  const other = node === "node-1" ? "node-2" : "node-1";
  await cluster.json.create({ ...pod("elsewhere", "data"), spec: { ...(pod("elsewhere", "data").spec as object), nodeSelector: { "kubernetes.io/hostname": other } } });
  t.is(await unschedulableMessage("elsewhere"), "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had volume node affinity conflict.");
  await cluster.json.delete("pods", "elsewhere", { namespace: NS });
  await cluster.json.delete("pods", "first", { namespace: NS });
  await gone("pod first deleted", () => getPod("first"));
  for (const name of ["second", "third"]) {
    await cluster.json.create(pod(name, "data"));
    t.is((await runningPod(name)).spec?.nodeName, node, `${name} runs where the volume is`);
  }
  await cluster.json.delete("pods", "second", { namespace: NS });
  await cluster.json.delete("pods", "third", { namespace: NS });
  await cluster.json.delete("persistentvolumeclaims", "data", { namespace: NS });
  await gone("claim data deleted", () => getClaim("data"));
  await gone("its volume deleted", () => getVolume(volume.metadata?.name ?? ""));
  t.false(existsSync(path), "reclaim policy Delete leaves no directory");
});

test.serial("two pods of one new claim created together land on the same node", async (t) => {
  await cluster.json.create(claim("shared", "64Mi"));
  await Promise.all(["pair-a", "pair-b"].map((name) => cluster.json.create(pod(name, "shared"))));
  const [a, b] = [await runningPod("pair-a"), await runningPod("pair-b")];
  t.is(a.spec?.nodeName, b.spec?.nodeName);
  t.is((await boundClaim("shared")).metadata?.annotations?.["volume.kubernetes.io/selected-node"], a.spec?.nodeName);
  await cluster.json.delete("pods", "pair-a", { namespace: NS });
  await cluster.json.delete("pods", "pair-b", { namespace: NS });
});

test.serial("reclaim policy Retain keeps the directory and the volume, Released", async (t) => {
  await cluster.json.create({ ...defaultStorageClass(), metadata: { name: "keep" }, reclaimPolicy: "Retain" });
  await cluster.json.create(claim("kept", "64Mi", { storageClassName: "keep" }));
  await cluster.json.create(pod("keeper", "kept"));
  const bound = await boundClaim("kept");
  await runningPod("keeper");
  await cluster.json.delete("pods", "keeper", { namespace: NS });
  await cluster.json.delete("persistentvolumeclaims", "kept", { namespace: NS });
  await gone("claim kept deleted", () => getClaim("kept"));
  const volume = await eventually(() => getVolume(bound.spec?.volumeName ?? ""), (current) => current.status?.phase === "Released", "volume Released", 30_000);
  t.true(existsSync(volume.spec?.hostPath?.path ?? "/nonexistent"));
});

test.serial("a static volume binds by class, size and access mode: the smallest that fits", async (t) => {
  const volume = (name: string, storage: string, accessModes: string[], storageClassName = "manual"): KubeObject => ({
    apiVersion: "v1", kind: "PersistentVolume", metadata: { name },
    spec: { capacity: { storage }, accessModes, storageClassName, persistentVolumeReclaimPolicy: "Retain", hostPath: { path: `/tmp/troupe-static-${name}` } },
  });
  for (const pv of [volume("small", "500Mi", ["ReadWriteOnce"]), volume("right", "2Gi", ["ReadWriteOnce", "ReadOnlyMany"]), volume("big", "5Gi", ["ReadWriteOnce"]), volume("readonly", "1Gi", ["ReadOnlyMany"]), volume("other", "1Gi", ["ReadWriteOnce"], "slow")]) {
    await cluster.json.create(pv);
  }
  await eventually(() => getVolume("big"), (current) => current.status?.phase === "Available", "static volumes Available", 30_000);
  await cluster.json.create(claim("static", "1Gi", { storageClassName: "manual" }));
  const bound = await boundClaim("static");
  t.is(bound.spec?.volumeName, "right");
  t.deepEqual(bound.status?.capacity, { storage: "2Gi" });
  t.deepEqual(bound.status?.accessModes, ["ReadWriteOnce", "ReadOnlyMany"]);
  const right = await eventually(() => getVolume("right"), (current) => current.status?.phase === "Bound", "volume right Bound", 30_000);
  t.is(right.spec?.claimRef?.name, "static");
  t.is(right.spec?.claimRef?.uid, bound.metadata?.uid);
  t.is(right.metadata?.annotations?.["pv.kubernetes.io/bound-by-controller"], "yes");
  t.true((right.metadata?.finalizers ?? []).includes("kubernetes.io/pv-protection"));
});

test.serial("a claim for a StorageClass that does not exist stays Pending with a ProvisioningFailed warning; its pod, like one of a missing claim, is unschedulable with Kubernetes' message", async (t) => {
  await cluster.json.create(claim("orphan", "1Gi", { storageClassName: "nope" }));
  const events = await eventually(
    async () => (await cluster.json.list("events", { namespace: NS })).items as (KubeObject & { involvedObject?: { name?: string }; reason?: string; type?: string; message?: string })[],
    (items) => items.some((event) => event.involvedObject?.name === "orphan" && event.reason === "ProvisioningFailed"),
    "a ProvisioningFailed event",
    30_000,
  );
  const event = events.find((item) => item.involvedObject?.name === "orphan" && item.reason === "ProvisioningFailed");
  t.is(event?.type, "Warning");
  t.is(event?.message, 'storageclass.storage.k8s.io "nope" not found');
  t.is((await getClaim("orphan")).status?.phase, "Pending");
  await cluster.json.create(pod("needs-orphan", "orphan"));
  t.is(await unschedulableMessage("needs-orphan"), "0/2 nodes are available: pod has unbound immediate PersistentVolumeClaims.");
  await cluster.json.create(pod("needs-absent", "absent"));
  t.is(await unschedulableMessage("needs-absent"), '0/2 nodes are available: persistentvolumeclaim "absent" not found.');
  await cluster.json.delete("pods", "needs-orphan", { namespace: NS });
  await cluster.json.delete("pods", "needs-absent", { namespace: NS });
});

test.serial("pvc-protection keeps a claim in use Terminating until its pod is gone", async (t) => {
  await cluster.json.create(claim("guarded", "64Mi"));
  await cluster.json.create(pod("user", "guarded"));
  await boundClaim("guarded");
  await runningPod("user");
  await cluster.json.delete("persistentvolumeclaims", "guarded", { namespace: NS });
  const terminating = await getClaim("guarded");
  t.truthy(terminating.metadata?.deletionTimestamp);
  t.true((terminating.metadata?.finalizers ?? []).includes("kubernetes.io/pvc-protection"));
  t.is((await runningPod("user")).status?.phase, "Running");
  t.false(await missing(() => getClaim("guarded")), "the claim stays while its pod runs");
  await cluster.json.delete("pods", "user", { namespace: NS });
  await gone("claim guarded removed once its pod is gone", () => getClaim("guarded"));
});
