import test from "ava";
import { InvalidKubeletOptionError, parseMilliseconds, parseNodeLabels, parseNodeTaints, parseSwitch, parseUsageInterval, resolveKubeletOptions } from "./options.ts";

test("an option given as undefined keeps its default (unset environment variables)", (t) => {
  const options = resolveKubeletOptions({ nodeName: "n", rootDir: "/r", cpu: undefined, memory: "1Gi", maxPods: undefined });
  t.truthy(options.cpu);
  t.is(options.memory, "1Gi");
  t.is(options.maxPods, 110);
});

test("the termination hold is on by default with a 5 s bound; the switch and the bound parse from the environment", (t) => {
  const options = resolveKubeletOptions({ nodeName: "n", rootDir: "/r" });
  t.true(options.terminationHold);
  t.is(options.terminationHoldTimeoutMs, 5000);
  t.false(parseSwitch("TROUPE_KUBELET_TERMINATION_HOLD", "off"));
  t.true(parseSwitch("TROUPE_KUBELET_TERMINATION_HOLD", "ON"));
  t.is(parseSwitch("TROUPE_KUBELET_TERMINATION_HOLD", undefined), undefined);
  t.throws(() => parseSwitch("TROUPE_KUBELET_TERMINATION_HOLD", "maybe"), { message: 'TROUPE_KUBELET_TERMINATION_HOLD: must be one of on, off, true, false, 1, 0, not "maybe"' });
  t.is(parseMilliseconds("TROUPE_KUBELET_TERMINATION_HOLD_TIMEOUT_MS", "2500"), 2500);
  t.throws(() => parseMilliseconds("TROUPE_KUBELET_TERMINATION_HOLD_TIMEOUT_MS", "-1"), { message: /TROUPE_KUBELET_TERMINATION_HOLD_TIMEOUT_MS: must be a number of milliseconds > 0/ });
});

test("usage is sampled every second by default; TROUPE_KUBELET_USAGE_INTERVAL takes a duration or off", (t) => {
  t.is(resolveKubeletOptions({ nodeName: "n", rootDir: "/r" }).usageIntervalMs, 1000);
  t.is(parseUsageInterval("TROUPE_KUBELET_USAGE_INTERVAL", "2s"), 2000);
  t.is(parseUsageInterval("TROUPE_KUBELET_USAGE_INTERVAL", "250ms"), 250);
  t.is(parseUsageInterval("TROUPE_KUBELET_USAGE_INTERVAL", "500"), 500);
  t.is(parseUsageInterval("TROUPE_KUBELET_USAGE_INTERVAL", "off"), 0);
  t.is(parseUsageInterval("TROUPE_KUBELET_USAGE_INTERVAL", undefined), undefined);
  t.throws(() => parseUsageInterval("TROUPE_KUBELET_USAGE_INTERVAL", "fast"), { message: /TROUPE_KUBELET_USAGE_INTERVAL: must be a duration of at least 10ms/ });
  t.throws(() => parseUsageInterval("TROUPE_KUBELET_USAGE_INTERVAL", "1ms"), { message: /at least 10ms/ });
});

test("TROUPE_NODE_LABELS and TROUPE_NODE_TAINTS give the node its labels and the taints it registers with", (t) => {
  t.deepEqual(parseNodeLabels("TROUPE_NODE_LABELS", "pool=burst, troupe.dev/node-group=default"), { pool: "burst", "troupe.dev/node-group": "default" });
  t.deepEqual(parseNodeTaints("TROUPE_NODE_TAINTS", "dedicated=batch:NoSchedule,gpu:NoExecute"), [{ key: "dedicated", value: "batch", effect: "NoSchedule" }, { key: "gpu", value: "", effect: "NoExecute" }]);
  t.is(parseNodeLabels("TROUPE_NODE_LABELS", ""), undefined);
  t.is(resolveKubeletOptions({ nodeName: "n", rootDir: "/r" }).taints.length, 0);
  t.throws(() => parseNodeTaints("TROUPE_NODE_TAINTS", "k=v:Sometimes"), { instanceOf: InvalidKubeletOptionError, message: /^TROUPE_NODE_TAINTS: "k=v:Sometimes": the effect must be one of NoSchedule, PreferNoSchedule, NoExecute/ });
  t.throws(() => parseNodeLabels("TROUPE_NODE_LABELS", "novalue"), { instanceOf: InvalidKubeletOptionError });
});

test("TROUPE_NODE_LABELS is key=value pairs, each checked as a label", (t) => {
  t.deepEqual(parseNodeLabels("TROUPE_NODE_LABELS", "topology.kubernetes.io/zone=a, topology.kubernetes.io/region=local"), { "topology.kubernetes.io/zone": "a", "topology.kubernetes.io/region": "local" });
  t.is(parseNodeLabels("TROUPE_NODE_LABELS", undefined), undefined);
  t.is(parseNodeLabels("TROUPE_NODE_LABELS", ""), undefined);
  t.throws(() => parseNodeLabels("TROUPE_NODE_LABELS", "zone"), { message: 'TROUPE_NODE_LABELS: "zone" must be key=value' });
  t.throws(() => parseNodeLabels("TROUPE_NODE_LABELS", "zone=a b"), { message: /^TROUPE_NODE_LABELS: value "a b": / });
});
