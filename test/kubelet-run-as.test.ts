// runAsUser/runAsGroup through a kubelet with the process driver, against a real API and
// nats-server: as root, a pod asking for uid 65534 runs a process whose `id -u` is 65534, and
// runAsNonRoot refuses a process that would run as root; not as root, another user is refused
// with the field named.
import test from "ava";
import { readContainerLog } from "../runtime/kubelet-client/log-client.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { eventuallyValue, startKubeletHarness, type KubeletHarness } from "./helpers/kubelet-harness.ts";

let harness: KubeletHarness;
const isRoot = process.getuid?.() === 0;

function pod(name: string, securityContext: Record<string, unknown>): Pod {
  return {
    apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default" },
    spec: { nodeName: "node-r", restartPolicy: "Never", securityContext, containers: [{ name: "main", image: "host", command: ["sh", "-c", 'echo "uid=$(id -u) gid=$(id -g)"'] }] },
  } as Pod;
}

test.before(async () => {
  harness = await startKubeletHarness({
    name: "kubelet-run-as",
    driver: (_root, logger) => new ProcessDriver({ logger }),
    kubelet: { nodeName: "node-r", cpu: "2", memory: "2Gi", statusIntervalMs: 500 },
  });
});

test.after.always(async () => {
  await harness?.stop(1);
});

test("as root, a pod with runAsUser 65534 runs its process as uid 65534", async (t) => {
  if (!isRoot) {
    t.log("skipped: the kubelet does not run as root here, so it cannot change a process's user");
    t.pass();
    return;
  }
  await harness.client.create(pod("nobody", { runAsUser: 65534, runAsGroup: 65534, runAsNonRoot: true }));
  await eventuallyValue(() => harness.client.get<Pod>("pods", "default", "nobody"), (p) => p.status?.phase === "Succeeded", "the pod to succeed", 15_000);
  let output = "";
  for await (const line of readContainerLog(harness.cluster.nc, "node-r", { namespace: "default", pod: "nobody", container: "main" })) output += line.text;
  t.is(output, "uid=65534 gid=65534");
});

test("runAsNonRoot refuses a process that would run as root; a kubelet that is not root refuses another user", async (t) => {
  await harness.client.create(pod("rooted", isRoot ? { runAsNonRoot: true } : { runAsUser: 65534 }));
  const waiting = await eventuallyValue(
    () => harness.client.get<Pod>("pods", "default", "rooted"),
    (p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason === "CreateContainerConfigError",
    "the container to wait with CreateContainerConfigError",
    15_000,
  );
  const message = waiting.status?.containerStatuses?.[0]?.state?.waiting?.message ?? "";
  if (isRoot) t.regex(message, /^container has runAsNonRoot and image will run as root \(pod: "rooted_default\(.+\)", container: main\)$/);
  else t.regex(message, /^spec\.containers\[0\]\.securityContext\.runAsUser: cannot run the container as uid 65534/);
});
