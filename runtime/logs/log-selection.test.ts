import test from "ava";
import { parseLabelSelector } from "../selectors/label-selector.ts";
import type { LogPodRecord } from "./log-pod-record.ts";
import { logPodRecord, parseLogPodRecord } from "./log-pod-record.ts";
import { defaultContainer, logTargets, selectLogPods } from "./log-selection.ts";

const record = (name: string, uid: string, labels: Record<string, string>, extra: Partial<LogPodRecord> = {}): LogPodRecord => ({
  namespace: "default", name, uid, node: "node-1", labels, containers: ["app"], initContainers: [], startedAt: "2026-12-04T10:00:00.000Z", ...extra,
});
const selection = (text: string, namespace: string | undefined = "default") => ({ namespace, selector: parseLabelSelector(text) });
const everywhere = (text: string) => ({ namespace: undefined, selector: parseLabelSelector(text) });

test("live pods and the records of deleted pods are selected by labels, each pod once", (t) => {
  const live = [record("hello-a", "u1", { app: "hello" }), record("hello-b", "u2", { app: "hello" }), record("web-x", "u3", { app: "web" })];
  const stored = [record("hello-a", "u1", { app: "hello" }), record("hello-old", "u0", { app: "hello" }, { deletedAt: "2026-12-04T11:00:00.000Z" }), record("web-old", "u9", { app: "web" })];
  const pods = selectLogPods(live, stored, selection("app=hello"));
  t.deepEqual(pods.map((pod) => [pod.name, pod.deletedAt !== undefined]), [["hello-a", false], ["hello-b", false], ["hello-old", true]]);
});

test("a record the API no longer lists counts as deleted even when its kubelet never marked it", (t) => {
  const pods = selectLogPods([], [record("hello-a", "u1", { app: "hello" })], selection("app=hello"));
  t.is(pods.length, 1);
  t.not(pods[0].deletedAt, undefined);
  t.true(logTargets(pods)[0].deleted);
});

test("a live pod is judged by its current labels, not by its stored record's", (t) => {
  const live = [record("hello-a", "u1", { app: "other" })];
  const stored = [record("hello-a", "u1", { app: "hello" })];
  t.deepEqual(selectLogPods(live, stored, selection("app=hello")), []);
});

test("the namespace limits the selection unless every namespace is asked for", (t) => {
  const stored = [record("a", "u1", { app: "hello" }), record("b", "u2", { app: "hello" }, { namespace: "shop" })];
  t.deepEqual(selectLogPods([], stored, selection("app=hello")).map((pod) => pod.name), ["a"]);
  t.deepEqual(selectLogPods([], stored, everywhere("app=hello")).map((pod) => pod.name), ["a", "b"]);
  t.is(selectLogPods([], stored, everywhere("")).length, 2);
});

test("targets: the default container, the one named, or all with init containers first", (t) => {
  const pod = record("p", "u1", {}, { containers: ["app", "sidecar"], initContainers: ["setup"] });
  t.deepEqual(logTargets([pod]).map((target) => target.container), ["app"]);
  t.deepEqual(logTargets([{ ...pod, defaultContainer: "sidecar" }]).map((target) => target.container), ["sidecar"]);
  t.is(defaultContainer({ ...pod, defaultContainer: "gone" }), "app");
  t.deepEqual(logTargets([pod], { container: "sidecar" }).map((target) => target.container), ["sidecar"]);
  t.deepEqual(logTargets([pod], { container: "missing" }), []);
  t.deepEqual(logTargets([pod], { allContainers: true }).map((target) => target.container), ["setup", "app", "sidecar"]);
});

test("a pod's record holds what selection needs, and junk in the bucket is not a record", (t) => {
  const pod = {
    metadata: { namespace: "shop", name: "web-1", uid: "u7", labels: { app: "web" }, annotations: { "kubectl.kubernetes.io/default-container": "app" } },
    spec: { nodeName: "node-2", containers: [{ name: "app" }], initContainers: [{ name: "init" }] },
  };
  const now = new Date("2026-12-04T12:00:00Z");
  const started = logPodRecord(pod, now);
  t.deepEqual(started, { namespace: "shop", name: "web-1", uid: "u7", node: "node-2", labels: { app: "web" }, containers: ["app"], initContainers: ["init"], defaultContainer: "app", startedAt: "2026-12-04T12:00:00.000Z" });
  t.is(logPodRecord(pod, now, true).deletedAt, "2026-12-04T12:00:00.000Z");
  t.deepEqual(parseLogPodRecord(JSON.parse(JSON.stringify(started))), started);
  t.is(parseLogPodRecord({ name: "x" }), undefined);
  t.is(parseLogPodRecord("text"), undefined);
});
