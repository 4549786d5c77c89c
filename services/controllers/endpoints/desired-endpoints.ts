// The pure decision of the endpoints controller (Kubernetes' syncService + RepackSubsets): from a
// Service and the pods of its namespace, the Endpoints it should have. Pods with identical port
// lists share a subset; everything is sorted, so the same input always gives the same object and
// an unchanged Service costs no write.
import type { troupe } from "../../../proto/gen/troupe.js";
import type { PodObject, ServiceObject } from "../resources.ts";
import { endpointAddress, endpointPort, podIsEndpoint, podIsReady } from "./pod-endpoint.ts";
import { selectsPod } from "./service-selection.ts";
import { lastChangeTriggerTime } from "./trigger-time.ts";
import { HEADLESS_LABEL, MANAGED_BY_LABEL, MANAGED_BY_VALUE } from "./well-known.ts";

export type EndpointSubset = troupe.v1.EndpointSubset.$Properties;
type EndpointAddress = troupe.v1.EndpointAddress.$Properties;
type EndpointPort = troupe.v1.EndpointPort.$Properties;

export interface DesiredEndpoints {
  subsets: EndpointSubset[];
  labels: Record<string, string>;
  /** For the last-change-trigger-time annotation (see trigger-time.ts). */
  triggerTime: Date | undefined;
}

interface Group {
  ports: EndpointPort[];
  ready: EndpointAddress[];
  notReady: EndpointAddress[];
}

export function desiredEndpoints(service: ServiceObject, candidates: readonly PodObject[]): DesiredEndpoints {
  const spec = service.spec ?? {};
  const publishNotReady = spec.publishNotReadyAddresses === true;
  const selected = candidates.filter((pod) => selectsPod(service, pod));
  const servicePorts = spec.ports ?? [];
  const groups = new Map<string, Group>();
  for (const pod of selected) {
    if (!podIsEndpoint(pod, publishNotReady)) continue;
    const ports = servicePorts.map((servicePort) => endpointPort(pod, servicePort)).filter((port) => port !== undefined).sort(comparePorts);
    // A pod offering none of the Service's ports is no endpoint of it; a Service without ports
    // (headless) lists its pods' addresses alone.
    if (servicePorts.length > 0 && ports.length === 0) continue;
    const key = JSON.stringify(ports.map(portKey));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { ports, ready: [], notReady: [] }));
    (publishNotReady || podIsReady(pod) ? group.ready : group.notReady).push(endpointAddress(pod, service));
  }
  const subsets = [...groups.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([, group]): EndpointSubset => {
      const subset: EndpointSubset = { ports: group.ports };
      if (group.ready.length > 0) subset.addresses = group.ready.sort(compareAddresses);
      if (group.notReady.length > 0) subset.notReadyAddresses = group.notReady.sort(compareAddresses);
      return subset;
    });
  return { subsets, labels: endpointsLabels(service), triggerTime: lastChangeTriggerTime(service, selected) };
}

/** The Service's labels (Kubernetes copies them), the headless marker and the managed-by marker. */
export function endpointsLabels(service: ServiceObject): Record<string, string> {
  const labels: Record<string, string> = { ...service.metadata?.labels };
  if (service.spec?.clusterIP === "None") labels[HEADLESS_LABEL] = "";
  labels[MANAGED_BY_LABEL] = MANAGED_BY_VALUE;
  return labels;
}

/** Compares subsets as stored (defaults filled, empty fields as "" or null) with desired ones. */
export function sameSubsets(current: readonly EndpointSubset[] | null | undefined, desired: readonly EndpointSubset[]): boolean {
  return JSON.stringify((current ?? []).map(canonicalSubset)) === JSON.stringify(desired.map(canonicalSubset));
}

export function sameLabels(current: Record<string, string> | null | undefined, desired: Record<string, string>): boolean {
  const entries = (labels: Record<string, string>) => JSON.stringify(Object.entries(labels).sort(([a], [b]) => compareText(a, b)));
  return entries(current ?? {}) === entries(desired);
}

function canonicalSubset(subset: EndpointSubset) {
  return {
    addresses: (subset.addresses ?? []).map(canonicalAddress),
    notReadyAddresses: (subset.notReadyAddresses ?? []).map(canonicalAddress),
    ports: (subset.ports ?? []).map(portKey),
  };
}

function canonicalAddress(address: EndpointAddress) {
  const ref = address.targetRef;
  return [address.ip ?? "", address.hostname ?? "", address.nodeName ?? "", ref?.kind ?? "", ref?.namespace ?? "", ref?.name ?? "", ref?.uid ?? ""];
}

function portKey(port: EndpointPort) {
  return [port.name ?? "", port.port ?? 0, port.protocol || "TCP", port.appProtocol ?? ""];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePorts(a: EndpointPort, b: EndpointPort): number {
  return compareText(a.name ?? "", b.name ?? "") || (a.port ?? 0) - (b.port ?? 0) || compareText(a.protocol ?? "", b.protocol ?? "");
}

function compareAddresses(a: EndpointAddress, b: EndpointAddress): number {
  return compareIp(a.ip ?? "", b.ip ?? "") || compareText(a.targetRef?.name ?? "", b.targetRef?.name ?? "");
}

/** Numeric order of dotted IPv4 addresses (127.0.0.9 before 127.0.0.10); text order otherwise. */
function compareIp(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  if (pa.length !== 4 || pb.length !== 4 || [...pa, ...pb].some(Number.isNaN)) return compareText(a, b);
  for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}
