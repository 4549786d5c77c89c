// @kubernetes/client-node, the official JavaScript client, against Troupe's Kubernetes front end:
// list, create, replace with a stale resourceVersion (409), merge patch, an informer that
// relists after a 410, and log streaming from a running pod.
import { PassThrough } from "node:stream";
import test from "ava";
import * as k8s from "@kubernetes/client-node";
import { startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

/** Watches may start at most this many revisions back: a small window makes a 410 easy to cause. */
const WATCH_WINDOW = 30;

let cluster: WorkloadCluster;
let kube: KubeApiFixture;
let kc: k8s.KubeConfig;

test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 1, env: { TROUPE_WATCH_WINDOW_REVISIONS: String(WATCH_WINDOW) } });
  kube = await startKubeApiFixture(cluster.nc, { minRequestTimeoutSeconds: 1 });
  kc = new k8s.KubeConfig();
  kc.loadFromFile(kube.kubeconfig);
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

const configMap = (name: string, data: Record<string, string>): k8s.V1ConfigMap => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name }, data });

test.serial("create and list configmaps", async (t) => {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const created = await core.createNamespacedConfigMap({ namespace: "default", body: configMap("from-js", { a: "1" }) });
  t.truthy(created.metadata?.uid);
  t.truthy(created.metadata?.resourceVersion);
  const list = await core.listNamespacedConfigMap({ namespace: "default" });
  t.true(list.items.some((item) => item.metadata?.name === "from-js"));
  t.truthy(list.metadata?.resourceVersion);
});

test.serial("replace with a stale resourceVersion is a 409 Conflict", async (t) => {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const current = await core.readNamespacedConfigMap({ name: "from-js", namespace: "default" });
  await core.replaceNamespacedConfigMap({ name: "from-js", namespace: "default", body: { ...current, data: { a: "2" } } });
  const error = await t.throwsAsync(core.replaceNamespacedConfigMap({ name: "from-js", namespace: "default", body: { ...current, data: { a: "3" } } }));
  t.is((error as unknown as { code: number }).code, 409);
  t.regex(String((error as unknown as { body: string }).body), /"reason":"Conflict"/);
  t.is((await core.readNamespacedConfigMap({ name: "from-js", namespace: "default" })).data?.a, "2");
});

test.serial("merge patch changes only the fields it names", async (t) => {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const patched = await core.patchNamespacedConfigMap(
    { name: "from-js", namespace: "default", body: { data: { b: "x" } } },
    k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.MergePatch),
  );
  t.deepEqual(patched.data, { a: "2", b: "x" });
});

test.serial("an informer sees adds, updates and deletes, and relists after a 410", async (t) => {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  let lists = 0;
  const informer = k8s.makeInformer(kc, "/api/v1/namespaces/default/configmaps", () => {
    lists++;
    return core.listNamespacedConfigMap({ namespace: "default" });
  });
  const added = new Set<string>();
  const deleted = new Set<string>();
  informer.on("add", (object) => added.add(object.metadata?.name ?? ""));
  informer.on("update", (object) => added.add(object.metadata?.name ?? ""));
  informer.on("delete", (object) => deleted.add(object.metadata?.name ?? ""));
  const errors: unknown[] = [];
  informer.on("error", (error) => errors.push(error));
  await informer.start();
  try {
    await eventually(async () => added.has("from-js"), Boolean, "the informer lists the existing configmap");
    await core.createNamespacedConfigMap({ namespace: "default", body: configMap("watched", { a: "1" }) });
    await eventually(async () => added.has("watched"), Boolean, "the informer sees the new configmap");
    // Writes to another resource move the cluster's revision on without events for this watch:
    // when the front end ends the watch (after about a second here) and the informer resumes
    // from its revision, that revision is out of the window: 410, and the informer relists.
    for (let i = 0; i < WATCH_WINDOW + 5; i++) await core.createNamespacedSecret({ namespace: "default", body: { metadata: { name: `filler-${i}` }, stringData: { i: String(i) } } });
    await eventually(async () => lists, (count) => count >= 2, "the informer relisted after 410 Expired", 30_000);
    await core.deleteNamespacedConfigMap({ name: "watched", namespace: "default" });
    await eventually(async () => deleted.has("watched"), Boolean, "the informer sees the delete after relisting");
    t.true(informer.list().some((item) => item.metadata?.name === "from-js"));
    t.deepEqual(errors, [], "a 410 is not an error to the informer: it relists");
  } finally {
    await informer.stop();
  }
});

test.serial("log streaming follows a running pod's output", async (t) => {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  await core.createNamespacedPod({
    namespace: "default",
    body: { metadata: { name: "talker" }, spec: { containers: [{ name: "talk", image: "hello:plain-text", command: ["sh", "-c", "for i in 1 2 3 4 5; do echo line-$i; sleep 0.2; done; sleep 60"] }] } },
  });
  await eventually(async () => (await core.readNamespacedPod({ name: "talker", namespace: "default" })).status?.phase, (phase) => phase === "Running", "the pod runs", 60_000);
  const out = new PassThrough();
  let text = "";
  out.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const ended = new Promise<void>((resolve) => out.once("end", resolve));
  // client-node 2.0.1 leaves an aborted follow's stream without an error listener (an uncaught
  // AbortError), so the follow is ended the way a user sees it end: the pod goes away.
  await new k8s.Log(kc).log("default", "talker", "talk", out, { follow: true });
  await eventually(async () => text, (seen) => seen.includes("line-5\n"), "all five lines arrive", 30_000);
  t.true(text.startsWith("line-1\n"), text);
  await core.deleteNamespacedPod({ name: "talker", namespace: "default", gracePeriodSeconds: 1 });
  await ended;
  t.is(text.match(/line-/g)?.length, 5);
});
