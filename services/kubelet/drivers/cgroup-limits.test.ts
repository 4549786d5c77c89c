import test from "ava";
import { cgroupLimits } from "./cgroup-limits.ts";
import { InvalidContainerSpecError } from "./errors.ts";

test("cgroup limits turn memory and cpu quantities into memory.max and cpu.max", (t) => {
  t.like(cgroupLimits({ limits: { memory: "128Mi", cpu: "500m" } }), {
    memoryMax: String(128 * 1024 * 1024),
    cpuMax: "50000 100000",
    cpuWeight: undefined,
  });
  t.like(cgroupLimits({ limits: { memory: "1G", cpu: "2" } }), { memoryMax: "1000000000", cpuMax: "200000 100000" });
});

test("cgroup limits are unlimited when none are given", (t) => {
  const unlimited = {
    memoryMax: "max", cpuMax: "max 100000", cpuWeight: undefined,
    memoryLimitInBytes: "-1", cpuCfsQuotaUs: "-1", cpuCfsPeriodUs: "100000", cpuShares: undefined, pidsMax: "max",
  };
  t.deepEqual(cgroupLimits(undefined), unlimited);
  t.deepEqual(cgroupLimits({ limits: {}, requests: {} }), unlimited);
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

test("cgroup v1 limits: memory.limit_in_bytes, cfs quota over a 100 ms period, Kubernetes' cpu.shares and pids.max", (t) => {
  t.like(cgroupLimits({ limits: { memory: "64Mi", cpu: "200m" }, requests: { cpu: "100m" } }, 1024), {
    memoryLimitInBytes: String(64 * 1024 * 1024),
    cpuCfsQuotaUs: "20000",
    cpuCfsPeriodUs: "100000",
    cpuShares: "102",
    pidsMax: "1024",
  });
  const shares = (cpu: string) => cgroupLimits({ requests: { cpu } }).cpuShares;
  t.is(shares("1"), "1024");
  t.is(shares("250m"), "256");
  t.is(shares("1m"), "2", "at least 2 shares");
  t.is(shares("1000"), "262144", "at most 262144 shares");
  t.is(cgroupLimits(undefined, 0).pidsMax, "max", "0 or less means no process limit");
});
