import test from "ava";
import { makePod } from "./fixtures.ts";
import { milliCpuOf, podRequests } from "./requests.ts";
import type { Pod } from "./types.ts";

const MI = 1024 * 1024;

function podWith(containers: NonNullable<Pod["spec"]>["containers"], initContainers: NonNullable<Pod["spec"]>["initContainers"] = []): Pod {
  return { metadata: { name: "p" }, spec: { containers, initContainers } };
}

test("cpu quantities round up to whole millicores", (t) => {
  t.is(milliCpuOf("100m"), 100);
  t.is(milliCpuOf("0.29"), 290);
  t.is(milliCpuOf("2"), 2000);
  t.is(milliCpuOf("1500u"), 2);
});

test("a pod requests the sum of its containers", (t) => {
  const pod = podWith([
    { name: "a", resources: { requests: { cpu: "250m", memory: "64Mi" } } },
    { name: "b", resources: { requests: { cpu: "500m", memory: "128Mi" } } },
  ]);
  t.deepEqual(podRequests(pod), { milliCpu: 750, memoryBytes: 192 * MI, pods: 1 });
});

test("the largest init container raises the effective request above the containers' sum", (t) => {
  const pod = podWith(
    [{ name: "app", resources: { requests: { cpu: "100m", memory: "1Gi" } } }],
    [
      { name: "migrate", resources: { requests: { cpu: "2", memory: "64Mi" } } },
      { name: "warm", resources: { requests: { cpu: "500m" } } },
    ],
  );
  t.deepEqual(podRequests(pod), { milliCpu: 2000, memoryBytes: 1024 * MI, pods: 1 });
});

test("sidecar init containers add to the containers and to the init containers after them", (t) => {
  const pod = podWith(
    [{ name: "app", resources: { requests: { cpu: "1" } } }],
    [
      { name: "proxy", restartPolicy: "Always", resources: { requests: { cpu: "200m" } } },
      { name: "setup", resources: { requests: { cpu: "1500m" } } },
    ],
  );
  // Running: app + proxy = 1200m; during setup: setup + proxy = 1700m.
  t.is(podRequests(pod).milliCpu, 1700);
  const lighterSetup = podWith(pod.spec?.containers, [pod.spec?.initContainers?.[0] ?? {}, { name: "setup", resources: { requests: { cpu: "500m" } } }]);
  t.is(podRequests(lighterSetup).milliCpu, 1200);
});

test("scoring counts a missing request as 100m cpu and 200Mi memory but keeps an explicit zero", (t) => {
  t.deepEqual(podRequests(makePod("bare"), true), { milliCpu: 100, memoryBytes: 200 * MI, pods: 1 });
  t.deepEqual(podRequests(makePod("bare")), { milliCpu: 0, memoryBytes: 0, pods: 1 });
  t.deepEqual(podRequests(makePod("zero", { cpu: "0", memory: "0" }), true), { milliCpu: 0, memoryBytes: 0, pods: 1 });
});
