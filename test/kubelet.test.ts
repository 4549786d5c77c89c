// The kubelet with the process driver against a real API: node registration, pods bound to the
// node run as processes, restarts, crash-loop back-off, graceful deletion, image errors.
import test from "ava";
import { join } from "node:path";
import { TypedApiClient } from "../runtime/api-client.ts";
import { LogRequestError, readContainerLog, type LogQuery } from "../runtime/kubelet-client/log-client.ts";
import { buildImage } from "../runtime/images/image-builder.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import type { Kubelet } from "../services/kubelet/kubelet.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import type { ApiTestCluster } from "./helpers/api-cluster.ts";
import { Registry } from "prom-client";
import { sampleValue } from "./helpers/metrics.ts";
import { eventuallyValue, startKubeletHarness, type KubeletHarness } from "./helpers/kubelet-harness.ts";

let cluster: ApiTestCluster;
let client: TypedApiClient;
let kubelet: Kubelet;
let harness: KubeletHarness | undefined;

test.before(async () => {
  harness = await startKubeletHarness({
    name: "kubelet",
    driver: (_root, logger) => new ProcessDriver({ logger, cgroups: false }),
    kubelet: { nodeName: "node-t", cpu: "2", memory: "2Gi", crashLoop: { baseMs: 200, maxMs: 2000 }, imagePullBackoffMs: 200, statusIntervalMs: 500 },
  });
  ({ cluster, client, kubelet } = harness);
  const built = await buildImage(join(import.meta.dirname, "..", "examples", "hello", "app"), "hello:test");
  await harness.images.push(built.manifest, built.archive);
});

test.after.always(async () => {
  await harness?.stop(1);
});

const eventually = <T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000) => eventuallyValue(read, ok, what, timeoutMs);

const getPod = (name: string) => () => client.get<Pod>("pods", "default", name);

function pod(name: string, container: Record<string, unknown>, spec: Record<string, unknown> = {}): Pod {
  return { apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default" }, spec: { nodeName: "node-t", containers: [{ name: "main", ...container }], ...spec } } as Pod;
}

test.serial("the kubelet registers its node Ready with its capacity", async (t) => {
  const node = await client.get<{ apiVersion?: string; status?: { capacity?: Record<string, string>; conditions?: { type?: string; status?: string }[] }; metadata?: { labels?: Record<string, string> } }>("nodes", undefined, "node-t");
  t.is(node.status?.capacity?.cpu, "2");
  t.is(node.metadata?.labels?.["kubernetes.io/hostname"], "node-t");
  t.is(node.status?.conditions?.find((c) => c.type === "Ready")?.status, "True");
});

test.serial("a pod from a process image runs, answers HTTP on its host port, and reports Running and Ready", async (t) => {
  await client.create(pod("hello-1", { image: "hello:test", ports: [{ containerPort: 80 }], env: [{ name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }] }));
  const running = await eventually(getPod("hello-1"), (p) => p.status?.phase === "Running" && Boolean(p.status.containerStatuses?.[0]?.ready), "hello-1 Running");
  t.is(running.status?.conditions?.find((c) => c.type === "Ready")?.status, "True");
  t.is(running.status?.hostIP, "127.0.0.1");
  t.truthy(running.status?.containerStatuses?.[0]?.imageID?.startsWith("sha256:"));
  const metric = (name: string, labels?: Record<string, string>) => sampleValue(harness?.registry ?? new Registry(), name, labels);
  t.true((await metric("troupe_kubelet_pods", { phase: "Running" }) ?? 0) >= 1);
  t.true((await metric("troupe_kubelet_running_containers") ?? 0) >= 1);
  t.is(await metric("troupe_kubelet_pod_start_sli_duration_seconds_count"), 1);
  t.is(await metric("troupe_kubelet_image_pulls_total", { result: "pulled" }), 1);
  t.is(await metric("troupe_kubelet_image_pull_duration_seconds_count"), 1);
  t.true((await metric("troupe_kubelet_pods_memory_bytes") ?? 0) > 0, "the pod's process group uses memory");
  t.true((await metric("troupe_kubelet_pods_cpu_seconds_total") ?? -1) >= 0);
});

test.serial("a killed container process is restarted in place and its restartCount grows", async (t) => {
  await client.create(pod("restarts", { image: "host", command: [process.execPath, "-e", "setInterval(() => {}, 1000) // kubelet-test-restart-marker"] }));
  await eventually(getPod("restarts"), (p) => p.status?.phase === "Running", "restarts Running");
  const { execFileSync } = await import("node:child_process");
  // No shell: its own command line would hold the marker too.
  execFileSync("pkill", ["-KILL", "-f", "kubelet-test-restart-marker"]);
  const restarted = await eventually(getPod("restarts"), (p) => (p.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 1 && Boolean(p.status?.containerStatuses?.[0]?.state?.running), "a restart");
  t.is(restarted.status?.containerStatuses?.[0]?.lastState?.terminated?.exitCode, 137);
  t.true((await sampleValue(harness?.registry ?? new Registry(), "troupe_kubelet_container_restarts_total") ?? 0) >= 1);
});

test.serial("a crash-looping container backs off with growing delays", async (t) => {
  await client.create(pod("crashy", { image: "host", command: ["sh", "-c", "exit 3"] }));
  const seen: number[] = [];
  const started = Date.now();
  await eventually(getPod("crashy"), (p) => {
    const count = p.status?.containerStatuses?.[0]?.restartCount ?? 0;
    if (count > seen.length) seen.push(Date.now() - started);
    return count >= 4;
  }, "four restarts", 20_000);
  const gaps = seen.slice(1).map((at, i) => at - seen[i]);
  t.log("restart gaps (ms):", gaps);
  t.true(gaps[gaps.length - 1] > gaps[0], `delays grow: ${gaps.join(", ")}`);
  const status = await client.get<Pod>("pods", "default", "crashy");
  t.is(status.status?.containerStatuses?.[0]?.lastState?.terminated?.exitCode, 3);
});

test.serial("deleting a pod sends SIGTERM, kills after the grace period, then removes the pod", async (t) => {
  const trap = "process.on('SIGTERM', () => console.log('got SIGTERM')); console.log('trap set'); setInterval(() => {}, 1000)";
  await client.create(pod("graceful", { image: "host", command: [process.execPath, "-e", trap] }, { terminationGracePeriodSeconds: 1 }));
  await eventually(getPod("graceful"), (p) => p.status?.phase === "Running", "graceful Running");
  // Running means started; the process has its trap only once it says so.
  await eventually(async () => {
    const lines: string[] = [];
    for await (const line of readContainerLog(cluster.nc, "node-t", { namespace: "default", pod: "graceful", container: "main" })) lines.push(line.text);
    return lines;
  }, (lines) => lines.includes("trap set"), "the SIGTERM trap installed");
  const started = Date.now();
  await client.delete("pods", "default", "graceful");
  await eventually(async () => (await client.list<Pod>("pods", { namespace: "default", fieldSelector: "metadata.name=graceful" })).items, (items) => items.length === 0, "the pod removed");
  const elapsed = Date.now() - started;
  t.true(elapsed >= 900, `waited the grace period (${elapsed} ms)`);
  t.true(elapsed < 8000, `and not much longer (${elapsed} ms)`);
});

test.serial("a missing image is ErrImagePull, then ImagePullBackOff, with a message; the kubelet keeps running", async (t) => {
  await client.create(pod("no-image", { image: "does-not-exist:1" }));
  const waiting = await eventually(getPod("no-image"), (p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason === "ImagePullBackOff", "ImagePullBackOff");
  t.regex(waiting.status?.containerStatuses?.[0]?.state?.waiting?.message ?? "", /does-not-exist:1" not found/);
  t.is(waiting.status?.phase, "Pending");
  t.is(kubelet.podCount >= 1, true);
  const registry = harness?.registry ?? new Registry();
  t.true((await sampleValue(registry, "troupe_kubelet_image_pulls_total", { result: "failed" }) ?? 0) >= 2);
  t.true((await sampleValue(registry, "troupe_kubelet_containers_waiting", { reason: "ImagePullBackOff" }) ?? 0) >= 1);
});

test.serial("logs: a container's output is read back from its node, and tail gives the last lines", async (t) => {
  await client.create(pod("talker", { image: "host", command: ["sh", "-c", "for i in 1 2 3 4 5; do echo line-$i; done; echo oops >&2; sleep 60"] }, { terminationGracePeriodSeconds: 0 }));
  await eventually(getPod("talker"), (p) => p.status?.phase === "Running", "talker Running");
  const read = async (query: Partial<LogQuery>) => {
    const lines: string[] = [];
    for await (const line of readContainerLog(cluster.nc, "node-t", { namespace: "default", pod: "talker", container: "main", ...query })) lines.push(`${line.stream}:${line.text}`);
    return lines;
  };
  const all = await eventually(() => read({}), (lines) => lines.length >= 6, "six lines");
  // stdout and stderr are two pipes: each keeps its order, their interleaving is up to the kernel.
  const byStream = (lines: string[], stream: string) => lines.filter((line) => line.startsWith(`${stream}:`));
  t.deepEqual(byStream(all, "stdout"), ["stdout:line-1", "stdout:line-2", "stdout:line-3", "stdout:line-4", "stdout:line-5"]);
  t.deepEqual(byStream(all, "stderr"), ["stderr:oops"]);
  t.deepEqual(await read({ tail: 2 }), all.slice(-2));
  await t.throwsAsync(read({ container: "nope" }), { instanceOf: LogRequestError, message: /container "nope" in pod "talker" has not started/ });

  // The same lines are in the TROUPE_LOGS stream, for any JetStream consumer.
  const { jetstream } = await import("@nats-io/jetstream");
  const consumer = await jetstream(cluster.nc).consumers.get("TROUPE_LOGS", { filter_subjects: "troupe.logs.default.talker.main" });
  const streamed: string[] = [];
  const messages = await consumer.consume();
  for await (const message of messages) {
    streamed.push(`${message.headers?.get("Troupe-Log-Stream")}:${message.string()}`);
    if (streamed.length === 6) break;
  }
  t.deepEqual(streamed, all);
  await t.throwsAsync(read({ pod: "elsewhere" }), { instanceOf: LogRequestError, message: /not running on node node-t/ });
});

test.serial("a garbage or incomplete log request is answered with an error, and the kubelet keeps serving", async (t) => {
  const { kubeletLogsSubject } = await import("../runtime/subjects.ts");
  const garbage = await cluster.nc.request(kubeletLogsSubject("node-t"), new Uint8Array([0xff, 0x00, 0x7b]), { timeout: 5000 });
  t.regex(garbage.json<{ error: string }>().error, /not valid JSON/);
  const incomplete = await cluster.nc.request(kubeletLogsSubject("node-t"), JSON.stringify({ pod: "talker" }), { timeout: 5000 });
  t.regex(incomplete.json<{ error: string }>().error, /needs pod, container and deliverTo/);
  const badTail = await cluster.nc.request(kubeletLogsSubject("node-t"), JSON.stringify({ pod: "talker", container: "main", deliverTo: "_INBOX.x", tail: -3 }), { timeout: 5000 });
  t.regex(badTail.json<{ error: string }>().error, /tail must be a whole number/);
  const lines: string[] = [];
  for await (const line of readContainerLog(cluster.nc, "node-t", { namespace: "default", pod: "talker", container: "main", tail: 1 })) lines.push(line.text);
  t.is(lines.length, 1);
});

test.serial("logs --previous shows the crashed run's output, and -f streams new lines", async (t) => {
  await client.create(pod("phoenix", { image: "host", command: ["sh", "-c", "echo run-at-$(date +%s%N); sleep 0.3; exit 1"] }, { terminationGracePeriodSeconds: 0 }));
  await eventually(getPod("phoenix"), (p) => (p.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 1, "a restart");
  const previous: string[] = [];
  for await (const line of readContainerLog(cluster.nc, "node-t", { namespace: "default", pod: "phoenix", container: "main", previous: true })) previous.push(line.text);
  t.is(previous.length, 1);
  t.regex(previous[0], /^run-at-\d+$/);

  await client.create(pod("ticker", { image: "host", command: ["sh", "-c", "i=0; while true; do i=$((i+1)); echo tick-$i; sleep 0.2; done"] }, { terminationGracePeriodSeconds: 0 }));
  await eventually(getPod("ticker"), (p) => p.status?.phase === "Running", "ticker Running");
  const abort = new AbortController();
  const followed: string[] = [];
  for await (const line of readContainerLog(cluster.nc, "node-t", { namespace: "default", pod: "ticker", container: "main", follow: true, tail: 0 }, abort.signal)) {
    followed.push(line.text);
    if (followed.length === 3) abort.abort();
  }
  t.is(followed.length, 3);
  const numbers = followed.map((text) => Number(text.replace("tick-", "")));
  t.deepEqual(numbers, [numbers[0], numbers[0] + 1, numbers[0] + 2], "consecutive new lines");
});
