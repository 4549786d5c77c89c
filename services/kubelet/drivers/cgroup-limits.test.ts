import test from "ava";
import { cgroupLimits } from "./cgroup-limits.ts";
import { InvalidContainerSpecError } from "./errors.ts";

test("cgroup limits turn memory and cpu quantities into memory.max and cpu.max", (t) => {
  t.deepEqual(cgroupLimits({ limits: { memory: "128Mi", cpu: "500m" } }), {
    memoryMax: String(128 * 1024 * 1024),
    cpuMax: "50000 100000",
    cpuWeight: undefined,
  });
  t.like(cgroupLimits({ limits: { memory: "1G", cpu: "2" } }), { memoryMax: "1000000000", cpuMax: "200000 100000" });
});

test("cgroup limits are unlimited when none are given", (t) => {
  t.deepEqual(cgroupLimits(undefined), { memoryMax: "max", cpuMax: "max 100000", cpuWeight: undefined });
  t.deepEqual(cgroupLimits({ limits: {}, requests: {} }), { memoryMax: "max", cpuMax: "max 100000", cpuWeight: undefined });
});

test("cgroup cpu quota has Kubernetes' 1 ms floor and rounds fractions up", (t) => {
  t.is(cgroupLimits({ limits: { cpu: "1m" } }).cpuMax, "1000 100000");
  t.is(cgroupLimits({ limits: { cpu: "10.5m" } }).cpuMax, "1050 100000");
  t.is(cgroupLimits({ limits: { memory: "1.5" } }).memoryMax, "2");
});

test("cgroup cpu weight follows Kubernetes' shares-to-weight conversion of the cpu request", (t) => {
  t.is(cgroupLimits({ requests: { cpu: "1" } }).cpuWeight, "39");
  t.is(cgroupLimits({ requests: { cpu: "100m" } }).cpuWeight, "4");
  t.is(cgroupLimits({ requests: { cpu: "1m" } }).cpuWeight, "1");
  t.is(cgroupLimits({ requests: { cpu: "256" } }).cpuWeight, "10000");
  t.is(cgroupLimits({ requests: { cpu: "1000" } }).cpuWeight, "10000");
});

test("cgroup limits reject malformed and non-positive quantities naming the field", (t) => {
  const malformed = t.throws(() => cgroupLimits({ limits: { cpu: "fast" } }), { instanceOf: InvalidContainerSpecError });
  t.is(malformed?.field, "resources.limits.cpu");
  const zero = t.throws(() => cgroupLimits({ limits: { memory: "0" } }), { instanceOf: InvalidContainerSpecError });
  t.is(zero?.field, "resources.limits.memory");
  const request = t.throws(() => cgroupLimits({ requests: { cpu: "-1" } }), { instanceOf: InvalidContainerSpecError });
  t.is(request?.field, "resources.requests.cpu");
});
