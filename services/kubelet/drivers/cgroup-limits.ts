// A container's resources as cgroup v2 interface file values, with Kubernetes' conversions.
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
}

export function cgroupLimits(resources: ContainerResources | undefined): CgroupLimits {
  const memory = quantity(resources?.limits, "limits", "memory");
  const cpu = quantity(resources?.limits, "limits", "cpu");
  const cpuRequest = quantity(resources?.requests, "requests", "cpu");
  return {
    memoryMax: memory === undefined ? "max" : String(Math.ceil(memory)),
    cpuMax: `${cpu === undefined ? "max" : Math.max(MIN_CPU_QUOTA_US, Math.ceil(cpu * CPU_PERIOD_US))} ${CPU_PERIOD_US}`,
    cpuWeight: cpuRequest === undefined ? undefined : String(cpuWeight(cpuRequest)),
  };
}

// Kubernetes' path: millicores (rounded up) → cgroup v1 shares (1024 per core, 2..262144) → v2
// weight (1..10000), with its integer divisions.
function cpuWeight(cores: number): number {
  const shares = Math.min(262_144, Math.max(2, Math.floor((Math.ceil(cores * 1000) * 1024) / 1000)));
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
