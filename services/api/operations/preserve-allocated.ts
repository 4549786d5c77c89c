// Values the system filled in after creation (a pod's node, a service's cluster IP and node
// ports) survive an apply or update whose manifest leaves them out, as they do with kubectl
// apply; a Service whose new type no longer uses them drops the unchanged ones (Kubernetes'
// patchAllocatedValues and dropTypeDependentFields), so the allocator releases them.
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import { needsClusterIP, needsNodePorts, type Service } from "../allocation/service-holdings.ts";

type ServiceSpec = NonNullable<Service["spec"]>;
type ServicePort = NonNullable<ServiceSpec["ports"]>[number];

function samePort(a: ServicePort, b: ServicePort): boolean {
  return a.port === b.port && (a.protocol || "TCP") === (b.protocol || "TCP");
}

function sameList(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function keepServiceAllocations(next: Service, current: Service, nextSpec: ServiceSpec, currentSpec: ServiceSpec): void {
  if (needsClusterIP(next) && needsClusterIP(current) && !nextSpec.clusterIP && currentSpec.clusterIP) {
    nextSpec.clusterIP = currentSpec.clusterIP;
    nextSpec.clusterIPs = currentSpec.clusterIPs;
  }
  if (!needsNodePorts(next) || !needsNodePorts(current)) return;
  for (const port of nextSpec.ports ?? []) {
    if (port.nodePort) continue;
    const previous = currentSpec.ports?.find((candidate) => samePort(candidate, port));
    if (previous?.nodePort) port.nodePort = previous.nodePort;
  }
}

function dropTypeDependentFields(next: Service, current: Service, nextSpec: ServiceSpec, currentSpec: ServiceSpec): void {
  if (needsClusterIP(current) && !needsClusterIP(next) && nextSpec.clusterIP === currentSpec.clusterIP && sameList(nextSpec.clusterIPs, currentSpec.clusterIPs)) {
    nextSpec.clusterIP = "";
    nextSpec.clusterIPs = [];
    if (sameList(nextSpec.ipFamilies, currentSpec.ipFamilies)) nextSpec.ipFamilies = [];
    if (nextSpec.ipFamilyPolicy === currentSpec.ipFamilyPolicy) nextSpec.ipFamilyPolicy = "";
  }
  if (needsNodePorts(current) && !needsNodePorts(next)) {
    for (const port of nextSpec.ports ?? []) {
      const previous = currentSpec.ports?.find((candidate) => samePort(candidate, port));
      if (port.nodePort && previous?.nodePort === port.nodePort) port.nodePort = null;
    }
  }
}

export function preserveAllocated(kind: string, next: ApiObject, current: ApiObject): void {
  if (kind === "Pod") {
    const nextSpec = next.spec as { nodeName?: string } | undefined;
    const currentSpec = current.spec as { nodeName?: string } | undefined;
    if (nextSpec && !nextSpec.nodeName && currentSpec?.nodeName) nextSpec.nodeName = currentSpec.nodeName;
  }
  if (kind === "Service") {
    const nextService = next as Service;
    const currentService = current as Service;
    if (!nextService.spec || !currentService.spec) return;
    keepServiceAllocations(nextService, currentService, nextService.spec, currentService.spec);
    dropTypeDependentFields(nextService, currentService, nextService.spec, currentService.spec);
  }
}
