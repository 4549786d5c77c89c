// Pure: the ready endpoints of one service port, read from the Service's Endpoints object.
import type { troupe } from "../../proto/gen/troupe.js";
import type { Endpoint } from "./types.ts";

/**
 * Every ready address paired with the port of its subset whose name is the service port's name
 * (pods with different host ports sit in different subsets). notReadyAddresses are left out; the
 * list is sorted and free of duplicates so round-robin order does not depend on subset order.
 */
export function readyEndpointsForPort(endpoints: troupe.v1.Endpoints.$Properties | undefined, portName: string): Endpoint[] {
  const found = new Map<string, Endpoint>();
  for (const subset of endpoints?.subsets ?? []) {
    const port = (subset.ports ?? []).find((candidate) => (candidate.name ?? "") === portName && (candidate.protocol || "TCP") === "TCP");
    if (!port?.port) continue;
    for (const address of subset.addresses ?? []) {
      if (!address.ip) continue;
      found.set(`${address.ip}:${port.port}`, { ip: address.ip, port: port.port });
    }
  }
  return [...found.values()].sort(compareEndpoints);
}

function compareEndpoints(a: Endpoint, b: Endpoint): number {
  return a.ip === b.ip ? a.port - b.port : a.ip.localeCompare(b.ip, "en", { numeric: true });
}
