// Values the system filled in after creation (a pod's node, a service's cluster IP and node
// ports) survive an apply whose manifest leaves them out, as they do with kubectl apply.
import type { ApiObject } from "../../../runtime/store/object-repository.ts";

interface ServicePortShape {
  port?: number;
  protocol?: string;
  nodePort?: number | null;
}

interface ServiceSpecShape {
  clusterIP?: string;
  clusterIPs?: string[];
  ports?: ServicePortShape[];
}

export function preserveAllocated(kind: string, next: ApiObject, current: ApiObject): void {
  if (kind === "Pod") {
    const nextSpec = next.spec as { nodeName?: string } | undefined;
    const currentSpec = current.spec as { nodeName?: string } | undefined;
    if (nextSpec && !nextSpec.nodeName && currentSpec?.nodeName) nextSpec.nodeName = currentSpec.nodeName;
  }
  if (kind === "Service") {
    const nextSpec = next.spec as ServiceSpecShape | undefined;
    const currentSpec = current.spec as ServiceSpecShape | undefined;
    if (!nextSpec || !currentSpec) return;
    if (!nextSpec.clusterIP && currentSpec.clusterIP) {
      nextSpec.clusterIP = currentSpec.clusterIP;
      nextSpec.clusterIPs = currentSpec.clusterIPs;
    }
    for (const port of nextSpec.ports ?? []) {
      if (port.nodePort) continue;
      const previous = currentSpec.ports?.find((candidate) => candidate.port === port.port && (candidate.protocol || "TCP") === (port.protocol || "TCP"));
      if (previous?.nodePort) port.nodePort = previous.nodePort;
    }
  }
}
