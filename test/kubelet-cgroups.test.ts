// The kubelet enforcing resource limits with real cgroups (v1 on these machines, v2 where mounted)
// against a real API: an OOM-killed container is OOMKilled/137 and restarted, the node says limits
// are enforced, a deleted pod leaves no cgroup behind. Needs root and usable cgroups.
import test from "ava";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { TypedApiClient } from "../runtime/api-client.ts";
import { detectCgroupBackend } from "../services/kubelet/drivers/cgroup-backend.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { eventuallyValue, startKubeletHarness, type KubeletHarness } from "./helpers/kubelet-harness.ts";

const backend = process.getuid?.() === 0 ? await detectCgroupBackend() : { usable: false as const, reason: "not root" };
const skip = backend.usable ? undefined : backend.reason;
if (skip) console.log(`kubelet cgroup tests skipped: ${skip}`);
const serial = skip ? test.skip : test.serial;

let harness: KubeletHarness | undefined;
let client: TypedApiClient;

test.before(async () => {
  if (skip) return;
  harness = await startKubeletHarness({
    name: "kubelet-cgroups",
    driver: (root, logger) => new ProcessDriver({ logger, podsDir: join(root, "pods") }),
    kubelet: { nodeName: "node-cg", cpu: "2", memory: "2Gi", crashLoop: { baseMs: 200, maxMs: 1000 }, statusIntervalMs: 500 },
  });
  client = harness.client;
});

test.after.always(async () => {
  await harness?.stop(0);
});

const eventually = <T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 60_000) => eventuallyValue(read, ok, what, timeoutMs);

const HOG = "const hog = []; setInterval(() => { for (let i = 0; i < 8; i++) hog.push(Buffer.alloc(4 << 20, 1)); }, 10)";

serial("the node says resource limits are enforced, with which cgroup version", async (t) => {
  const node = await client.get<{ apiVersion?: string; status?: { conditions?: { type?: string; message?: string }[]; allocatable?: Record<string, string> } }>("nodes", undefined, "node-cg");
  const ready = node.status?.conditions?.find((condition) => condition.type === "Ready");
  t.regex(ready?.message ?? "", new RegExp(`resource limits are enforced with cgroup ${backend.usable ? backend.version : ""}`));
  t.is(node.status?.allocatable?.memory, `${2048 - 100}Mi`, "allocatable keeps the 100Mi eviction threshold");
});

serial("a container allocating past its 64Mi memory limit is OOMKilled with exit code 137 and restarted, and its cgroups go with the pod", async (t) => {
  const manifest = {
    apiVersion: "v1", kind: "Pod", metadata: { name: "hog", namespace: "default" },
    spec: { nodeName: "node-cg", containers: [{ name: "main", image: "host", command: [process.execPath, "-e", HOG], resources: { limits: { memory: "64Mi", cpu: "500m" } } }] },
  } as Pod;
  const created = await client.create(manifest);
  t.is((created as { status?: { qosClass?: string } }).status?.qosClass, "Guaranteed");
  const uid = created.metadata?.uid ?? "";
  const restarted = await eventually(() => client.get<Pod>("pods", "default", "hog"), (p) => (p.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 2, "two restarts");
  t.like(restarted.status?.containerStatuses?.[0]?.lastState?.terminated, { reason: "OOMKilled", exitCode: 137 });

  await client.delete("pods", "default", "hog", { gracePeriodSeconds: 0 });
  await eventually(async () => (await client.list<Pod>("pods", { namespace: "default", fieldSelector: "metadata.name=hog" })).items, (items) => items.length === 0, "the pod removed");
  const dirs = backend.usable && backend.version === "v1"
    ? ["cpu", "cpuacct", "memory", "pids"].map((controller) => join("/sys/fs/cgroup", controller, "troupe", uid))
    : [join("/sys/fs/cgroup", "troupe", uid)];
  for (const dir of dirs) {
    await eventually(() => stat(dir).then(() => false, () => true), (gone) => gone, `${dir} removed`, 20_000);
    t.pass();
  }
});
