// Hollow nodes keep running pods with volumes: with the fake driver nothing is written, the
// volumes resolve to nominal paths and the mounts are recorded in the container's spec.
import test from "ava";
import { FakeDriver } from "../services/kubelet/drivers/fake-driver.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { startKubeletHarness, type KubeletHarness } from "./helpers/kubelet-harness.ts";

let harness: KubeletHarness;
const driver = new FakeDriver();

test.before(async () => {
  harness = await startKubeletHarness({
    name: "fake-volumes",
    driver: () => driver,
    kubelet: { nodeName: "hollow-1", driver: "fake", cpu: "2", memory: "2Gi", statusIntervalMs: 500 },
  });
});

test.after.always(async () => {
  await harness?.stop(1);
});

test("a hollow node runs a pod with configMap, emptyDir and hostPath volumes and records its mounts", async (t) => {
  const client = harness.client;
  await client.create({
    apiVersion: "v1", kind: "Pod", metadata: { name: "vols", namespace: "default" },
    spec: {
      nodeName: "hollow-1",
      volumes: [{ name: "cfg", configMap: { name: "not-read-on-hollow-nodes" } }, { name: "scratch", emptyDir: {} }, { name: "host", hostPath: { path: "/no/such/path", type: "Directory" } }],
      containers: [{ name: "main", image: "host", command: ["app"], volumeMounts: [{ name: "cfg", mountPath: "/etc/app", readOnly: true }, { name: "scratch", mountPath: "/work" }, { name: "host", mountPath: "/host" }] }],
    },
  } as Pod);
  const deadline = Date.now() + 20_000;
  let phase: string | undefined;
  while (Date.now() < deadline && phase !== "Running") {
    phase = (await client.get<Pod>("pods", "default", "vols").catch(() => undefined))?.status?.phase ?? undefined;
    if (phase !== "Running") await new Promise((resolve) => setTimeout(resolve, 100));
  }
  t.is(phase, "Running");
  const uid = (await client.get<Pod>("pods", "default", "vols")).metadata?.uid;
  const [container] = await driver.list();
  t.deepEqual(container.spec.mounts, [
    { source: `/fake/pods/${uid}/volumes/kubernetes.io~configmap/cfg`, target: "/etc/app", readOnly: true },
    { source: `/fake/pods/${uid}/volumes/kubernetes.io~empty-dir/scratch`, target: "/work", readOnly: false },
    { source: "/no/such/path", target: "/host", readOnly: false },
  ]);
});
