// A container's resources as cgroup interface file values (v2 and v1), with Kubernetes' conversions.
import { parseQuantity, QuantityParseError } from "../../../runtime/quantity.ts";
import { InvalidContainerSpecError } from "./errors.ts";
import type { ContainerResources } from "./types.ts";

export const CPU_PERIOD_US = 100_000;
/** Kubernetes' smallest CFS quota: below 1 ms per period the kernel throttles pathologically. */
export const MIN_CPU_QUOTA_US = 1000;

export interface CgroupLimits {
  /** memory.max: bytes or "max". */
  memoryMax: string;
  /** cpu.max: "<quota> <period>" in microseconds, quota "max" for none. */
  cpuMax: string;
  /** cpu.weight from the cpu request; undefined keeps the kernel default. */
  cpuWeight: string | undefined;
  /** v1 memory.limit_in_bytes: bytes, "-1" for none. */
  memoryLimitInBytes: string;
  /** v1 cpu.cfs_quota_us ("-1" for none) over cpu.cfs_period_us. */
  cpuCfsQuotaUs: string;
  cpuCfsPeriodUs: string;
  /** v1 cpu.shares from the cpu request; undefined keeps the kernel default (1024). */
  cpuShares: string | undefined;
  /** pids.max (both versions): a number or "max". */
  pidsMax: string;
}

/** `pidsLimit` is the kubelet's per-pod process limit (--pod-max-pids), applied per container. */
export function cgroupLimits(resources: ContainerResources | undefined, pidsLimit?: number): CgroupLimits {
  const memory = quantity(resources?.limits, "limits", "memory");
  const cpu = quantity(resources?.limits, "limits", "cpu");
  const cpuRequest = quantity(resources?.requests, "requests", "cpu");
  const quota = cpu === undefined ? undefined : Math.max(MIN_CPU_QUOTA_US, Math.ceil(cpu * CPU_PERIOD_US));
  const shares = cpuRequest === undefined ? undefined : cpuShares(cpuRequest);
  return {
    memoryMax: memory === undefined ? "max" : String(Math.ceil(memory)),
    cpuMax: `${quota ?? "max"} ${CPU_PERIOD_US}`,
    cpuWeight: shares === undefined ? undefined : String(cpuWeight(shares)),
    memoryLimitInBytes: memory === undefined ? "-1" : String(Math.ceil(memory)),
    cpuCfsQuotaUs: String(quota ?? -1),
    cpuCfsPeriodUs: String(CPU_PERIOD_US),
    cpuShares: shares === undefined ? undefined : String(shares),
    pidsMax: pidsLimit === undefined || pidsLimit <= 0 ? "max" : String(pidsLimit),
  };
}

// Kubernetes' MilliCPUToShares: millicores (rounded up) * 1024 / 1000, within 2..262144.
function cpuShares(cores: number): number {
  return Math.min(262_144, Math.max(2, Math.floor((Math.ceil(cores * 1000) * 1024) / 1000)));
}

// Kubernetes' v1 shares → v2 weight (1..10000), with its integer divisions.
function cpuWeight(shares: number): number {
  return 1 + Math.floor(((shares - 2) * 9999) / 262_142);
}

function quantity(values: Record<string, string> | undefined, kind: string, resource: string): number | undefined {
  const text = values?.[resource];
  if (text === undefined) return undefined;
  try {
    const value = parseQuantity(text);
    if (value > 0) return value;
  } catch (error) {
    if (!(error instanceof QuantityParseError)) throw error;
    throw new InvalidContainerSpecError(`resources.${kind}.${resource}`, error.message, { cause: error });
  }
  throw new InvalidContainerSpecError(`resources.${kind}.${resource}`, `must be positive, not ${JSON.stringify(text)}`);
}
