// A Service with the addresses of its Endpoints, as the console shows it (pure).
import type { KubeObject } from "../../../runtime/api-client.ts";

export interface ServiceRow {
  namespace: string;
  name: string;
  type: string;
  clusterIP: string;
  /** "80/TCP→8080" per port. */
  ports: string[];
  /** "10.0.0.5:8080" per ready address and port; unready ones are listed apart. */
  ready: string[];
  notReady: string[];
}

interface ServiceShape {
  metadata?: { namespace?: string; name?: string };
  spec?: { type?: string; clusterIP?: string; ports?: { port?: number; protocol?: string; targetPort?: number | string }[] };
}

interface EndpointsShape {
  subsets?: { addresses?: { ip?: string }[]; notReadyAddresses?: { ip?: string }[]; ports?: { port?: number }[] }[];
}

export function serviceRow(service: KubeObject, endpoints: KubeObject | undefined): ServiceRow {
  const shape = service as ServiceShape;
  const ready: string[] = [];
  const notReady: string[] = [];
  for (const subset of (endpoints as EndpointsShape | undefined)?.subsets ?? []) {
    const ports = subset.ports?.length ? subset.ports.map((port) => `:${port.port}`) : [""];
    for (const address of subset.addresses ?? []) for (const port of ports) ready.push(`${address.ip}${port}`);
    for (const address of subset.notReadyAddresses ?? []) for (const port of ports) notReady.push(`${address.ip}${port}`);
  }
  return {
    namespace: shape.metadata?.namespace ?? "",
    name: shape.metadata?.name ?? "",
    type: shape.spec?.type ?? "ClusterIP",
    clusterIP: shape.spec?.clusterIP ?? "",
    ports: (shape.spec?.ports ?? []).map((port) => `${port.port}/${port.protocol ?? "TCP"}${port.targetPort !== undefined ? `→${port.targetPort}` : ""}`),
    ready: ready.sort(),
    notReady: notReady.sort(),
  };
}
