import test from "ava";
import type { KubeObject } from "../../runtime/api-client.ts";
import { describeRefusals, describeWarnings, planDrain, type DrainFlags } from "./drain-filter.ts";

const NONE: DrainFlags = { ignoreDaemonSets: false, deleteEmptyDirData: false, force: false };

function pod(name: string, options: { owner?: string; emptyDir?: boolean; phase?: string; mirror?: boolean } = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: "default",
      ownerReferences: options.owner ? [{ apiVersion: "apps/v1", kind: options.owner, name: "o", uid: "u", controller: true }] : undefined,
      annotations: options.mirror ? { "kubernetes.io/config.mirror": "x" } : undefined,
    },
    spec: { volumes: options.emptyDir ? [{ name: "scratch", emptyDir: {} }] : [] },
    status: { phase: options.phase ?? "Running" },
  };
}

const names = (pods: KubeObject[]) => pods.map((p) => p.metadata?.name);

test("drain evicts pods of a ReplicaSet and refuses nothing", (t) => {
  const plan = planDrain([pod("a", { owner: "ReplicaSet" }), pod("b", { owner: "StatefulSet" })], NONE);
  t.deepEqual(names(plan.evict), ["a", "b"]);
  t.deepEqual(plan.errors, {});
});

test("drain refuses DaemonSet, emptyDir and unmanaged pods with kubectl's texts", (t) => {
  const plan = planDrain([pod("d", { owner: "DaemonSet" }), pod("e", { owner: "ReplicaSet", emptyDir: true }), pod("u")], NONE);
  t.deepEqual(plan.evict, []);
  t.is(
    describeRefusals(plan.errors),
    "cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): default/d, " +
      "cannot delete Pods with local storage (use --delete-emptydir-data to override): default/e, " +
      "cannot delete Pods that declare no controller (use --force to override): default/u",
  );
});

test("the flags turn each refusal into a warning; DaemonSet pods are skipped, the others evicted", (t) => {
  const plan = planDrain([pod("d", { owner: "DaemonSet" }), pod("e", { owner: "ReplicaSet", emptyDir: true }), pod("u", { emptyDir: true })], { ignoreDaemonSets: true, deleteEmptyDirData: true, force: true });
  t.deepEqual(names(plan.evict), ["e", "u"]);
  t.deepEqual(names(plan.skipped), ["d"]);
  t.deepEqual(plan.errors, {});
  t.deepEqual(describeWarnings(plan.warnings), [
    "ignoring DaemonSet-managed Pods: default/d",
    "deleting Pods with local storage: default/e, default/u",
    "deleting Pods that declare no controller: default/u",
  ]);
});

test("an unmanaged pod with emptyDir needs both --force and --delete-emptydir-data", (t) => {
  const plan = planDrain([pod("u", { emptyDir: true })], { ...NONE, force: true });
  t.deepEqual(plan.evict, []);
  t.deepEqual(plan.errors, { localStorage: ["default/u"] });
});

test("mirror pods are skipped and finished pods deleted whatever their owner or volumes", (t) => {
  const plan = planDrain([pod("m", { mirror: true }), pod("f", { phase: "Succeeded", emptyDir: true }), pod("g", { phase: "Failed", owner: "DaemonSet" })], NONE);
  t.deepEqual(names(plan.skipped), ["m"]);
  t.deepEqual(names(plan.evict), ["f", "g"]);
  t.deepEqual(plan.errors, {});
});
