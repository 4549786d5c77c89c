// A pod's effective requests, computed as Kubernetes does (resourcehelper.PodRequests): the sum of
// the containers, raised to the largest init container; sidecars (init containers with
// restartPolicy Always) keep running, so they add to the sum and to every later init container.
import { parseQuantity } from "../../../runtime/quantity.ts";
import type { Pod, Resources } from "./types.ts";
import { DEFAULT_MEMORY_REQUEST, DEFAULT_MILLI_CPU_REQUEST, ResourceNames } from "./well-known.ts";
import type { troupe } from "../../../proto/gen/troupe.js";

type Container = troupe.v1.Container.$Properties;

interface Amounts {
  milliCpu: number;
  memoryBytes: number;
}

/** Kubernetes rounds quantities up to whole millicores (MilliValue) and whole bytes (Value). */
export function milliCpuOf(quantity: string): number {
  return Math.ceil(Math.round(parseQuantity(quantity) * 1e9) / 1e6);
}

export function bytesOf(quantity: string): number {
  return Math.ceil(parseQuantity(quantity));
}

// With `nonZero`, an absent cpu or memory request counts as kube-scheduler's default; an explicit
// "0" stays zero, as in GetNonzeroRequestForResource.
function containerRequests(container: Container, nonZero: boolean): Amounts {
  const requests = container.resources?.requests;
  const cpu = requests?.[ResourceNames.cpu];
  const memory = requests?.[ResourceNames.memory];
  return {
    milliCpu: cpu !== undefined ? milliCpuOf(cpu) : nonZero ? DEFAULT_MILLI_CPU_REQUEST : 0,
    memoryBytes: memory !== undefined ? bytesOf(memory) : nonZero ? DEFAULT_MEMORY_REQUEST : 0,
  };
}

/** Effective cpu and memory requests of a pod; `pods` is always 1. */
export function podRequests(pod: Pod, nonZero = false): Resources {
  let milliCpu = 0;
  let memoryBytes = 0;
  for (const container of pod.spec?.containers ?? []) {
    const amounts = containerRequests(container, nonZero);
    milliCpu += amounts.milliCpu;
    memoryBytes += amounts.memoryBytes;
  }
  let sidecarCpu = 0;
  let sidecarMemory = 0;
  let initCpu = 0;
  let initMemory = 0;
  for (const container of pod.spec?.initContainers ?? []) {
    const amounts = containerRequests(container, nonZero);
    if (container.restartPolicy === "Always") {
      milliCpu += amounts.milliCpu;
      memoryBytes += amounts.memoryBytes;
      sidecarCpu += amounts.milliCpu;
      sidecarMemory += amounts.memoryBytes;
      initCpu = Math.max(initCpu, sidecarCpu);
      initMemory = Math.max(initMemory, sidecarMemory);
    } else {
      initCpu = Math.max(initCpu, amounts.milliCpu + sidecarCpu);
      initMemory = Math.max(initMemory, amounts.memoryBytes + sidecarMemory);
    }
  }
  return { milliCpu: Math.max(milliCpu, initCpu), memoryBytes: Math.max(memoryBytes, initMemory), pods: 1 };
}
