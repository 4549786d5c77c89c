// Pure: the ports a pod is an endpoint on, for the termination hold's question to the proxies.
// A declared container port is reached on the host port the driver mapped it to (as the
// endpoints controller lists it); a pod that declares no ports may be an endpoint on any port of
// its IP, so the hold asks about the whole IP (empty list).
import type { ContainerHandle } from "../drivers/types.ts";

export function endpointPorts(handles: Iterable<ContainerHandle | undefined>): number[] {
  const ports = new Set<number>();
  for (const handle of handles) {
    for (const port of handle?.spec.ports ?? []) ports.add(handle?.hostPorts[port.containerPort] ?? port.containerPort);
  }
  return [...ports].sort((a, b) => a - b);
}
