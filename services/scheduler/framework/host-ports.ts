// Host ports as kube-scheduler's NodePorts plugin sees them (HostPortInfo): a port is taken per
// protocol and host IP, and 0.0.0.0 (an empty hostIP) takes the port on every IP of the node.
import type { HostPort, Pod, UsedPorts } from "./types.ts";

const ALL_IPS = "0.0.0.0";
const DEFAULT_PROTOCOL = "TCP";

function keyOf(port: HostPort): string {
  return `${port.protocol}/${port.port}`;
}

/** Host ports of the pod's containers and sidecars (restartable init containers), which run together. */
export function hostPortsOf(pod: Pod): HostPort[] {
  const ports: HostPort[] = [];
  const sidecars = (pod.spec?.initContainers ?? []).filter((container) => container.restartPolicy === "Always");
  for (const container of [...(pod.spec?.containers ?? []), ...sidecars]) {
    for (const port of container.ports ?? []) {
      const hostPort = port.hostPort ?? 0;
      if (hostPort <= 0) continue;
      ports.push({ protocol: port.protocol || DEFAULT_PROTOCOL, hostIP: port.hostIP || ALL_IPS, port: hostPort });
    }
  }
  return ports;
}

/** Records (delta 1) or releases (delta -1) a pod's host ports. */
export function updateUsedPorts(used: UsedPorts, ports: readonly HostPort[], delta: 1 | -1): void {
  for (const port of ports) {
    const key = keyOf(port);
    let byIp = used.get(key);
    if (!byIp) {
      byIp = new Map();
      used.set(key, byIp);
    }
    const count = (byIp.get(port.hostIP) ?? 0) + delta;
    if (count > 0) byIp.set(port.hostIP, count);
    else byIp.delete(port.hostIP);
    if (byIp.size === 0) used.delete(key);
  }
}

/** True when any wanted port is already taken on the node (HostPortInfo.CheckConflict). */
export function portsConflict(used: UsedPorts, wanted: readonly HostPort[]): boolean {
  for (const port of wanted) {
    const byIp = used.get(keyOf(port));
    if (!byIp) continue;
    if (port.hostIP === ALL_IPS || byIp.has(ALL_IPS) || byIp.has(port.hostIP)) return true;
  }
  return false;
}
