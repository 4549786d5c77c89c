// One pod as an endpoint of a Service: whether it counts, whether it is ready, its address, and
// the reachable port behind each service port. Pods share the host network, so a service port's
// targetPort (the container port) is reached on the host port the kubelet mapped it to and
// reported in `status.containerStatuses[].ports`.
import type { troupe } from "../../../proto/gen/troupe.js";
import type { PodObject, ServiceObject } from "../resources.ts";

type EndpointAddress = troupe.v1.EndpointAddress.$Properties;
type EndpointPort = troupe.v1.EndpointPort.$Properties;
type ServicePort = troupe.v1.ServicePort.$Properties;
type ContainerPort = troupe.v1.ContainerPort.$Properties;

/**
 * Kubernetes' ShouldPodBeInEndpoints: a pod with an IP that has not finished (Succeeded/Failed)
 * and is not terminating — terminating pods stay only for Services that publish not-ready
 * addresses (StatefulSet peers must keep finding each other while they shut down).
 */
export function podIsEndpoint(pod: PodObject, includeTerminating: boolean): boolean {
  if (!pod.status?.podIP) return false;
  const phase = pod.status.phase;
  if (phase === "Succeeded" || phase === "Failed") return false;
  return includeTerminating || !pod.metadata?.deletionTimestamp;
}

export function podIsReady(pod: PodObject): boolean {
  return (pod.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");
}

export function endpointAddress(pod: PodObject, service: ServiceObject): EndpointAddress {
  const meta = pod.metadata ?? {};
  const address: EndpointAddress = {
    ip: pod.status?.podIP ?? "",
    nodeName: pod.spec?.nodeName ?? "",
    targetRef: { kind: "Pod", namespace: meta.namespace ?? "", name: meta.name ?? "", uid: meta.uid ?? "" },
  };
  // A pod is addressable by name only inside the headless Service its subdomain names.
  const hostname = pod.spec?.hostname;
  if (hostname && pod.spec?.subdomain === service.metadata?.name) address.hostname = hostname;
  return address;
}

function protocolOf(value: string | null | undefined): string {
  return value || "TCP";
}

function podPorts(pod: PodObject): { declared: ContainerPort[]; mapped: ContainerPort[] } {
  return {
    declared: (pod.spec?.containers ?? []).flatMap((container) => container.ports ?? []),
    mapped: (pod.status?.containerStatuses ?? []).flatMap((status) => status.ports ?? []),
  };
}

/**
 * The endpoint port of `servicePort` on `pod`, or undefined when the pod has no container port of
 * that name (it is then left out of this port, as in Kubernetes). A number targetPort needs no
 * declaration; when the pod reports no mapping for the container port (it declared no ports, or
 * the kubelet has not reported yet) the container port itself is used.
 */
export function endpointPort(pod: PodObject, servicePort: ServicePort): EndpointPort | undefined {
  const protocol = protocolOf(servicePort.protocol);
  // The API defaults targetPort to port; decoded messages carry null for the unset half.
  const target = servicePort.targetPort?.strVal || servicePort.targetPort?.intVal || servicePort.port || 0;
  const { declared, mapped } = podPorts(pod);
  const sameProtocol = (port: ContainerPort) => protocolOf(port.protocol) === protocol;
  let containerPort: number | undefined;
  if (typeof target === "string") {
    containerPort = [...mapped, ...declared].find((port) => port.name === target && sameProtocol(port))?.containerPort ?? undefined;
    if (!containerPort) return undefined;
  } else {
    containerPort = target;
  }
  const mapping = mapped.find((port) => port.containerPort === containerPort && sameProtocol(port) && port.hostPort);
  const port: EndpointPort = { name: servicePort.name ?? "", port: mapping?.hostPort ?? containerPort, protocol };
  if (servicePort.appProtocol) port.appProtocol = servicePort.appProtocol;
  return port;
}
