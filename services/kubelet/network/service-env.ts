// The Kubernetes service environment variables ("service links"): for every Service with a
// cluster IP in the pod's namespace, the docker-links-style variables the kubelet sets, with
// exactly Kubernetes' names, so apps written for Kubernetes find their services the same way.
import type { troupe } from "../../../proto/gen/troupe.js";

export type Service = troupe.v1.Service.$Properties;

/** "redis-master" → "REDIS_MASTER" (Kubernetes' makeEnvVariableName). */
export function serviceEnvName(name: string): string {
  return name.toUpperCase().replaceAll("-", "_");
}

/** Headless (None), not yet allocated ("") and ExternalName services have no address to give. */
export function hasClusterIP(service: Service): boolean {
  const ip = service.spec?.clusterIP ?? "";
  return ip !== "" && ip !== "None" && service.spec?.type !== "ExternalName";
}

export function serviceEnv(service: Service): Record<string, string> {
  const env: Record<string, string> = {};
  const ports = service.spec?.ports ?? [];
  if (!hasClusterIP(service) || ports.length === 0) return env;
  const name = serviceEnvName(service.metadata?.name ?? "");
  const ip = service.spec?.clusterIP ?? "";
  const host = ip.includes(":") ? `[${ip}]` : ip;
  env[`${name}_SERVICE_HOST`] = ip;
  env[`${name}_SERVICE_PORT`] = String(ports[0].port);
  for (const port of ports) {
    if (port.name) env[`${name}_SERVICE_PORT_${serviceEnvName(port.name)}`] = String(port.port);
  }
  const first = ports[0];
  env[`${name}_PORT`] = `${(first.protocol || "TCP").toLowerCase()}://${host}:${first.port}`;
  for (const port of ports) {
    const protocol = (port.protocol || "TCP").toUpperCase();
    const prefix = `${name}_PORT_${port.port}_${protocol}`;
    env[prefix] = `${protocol.toLowerCase()}://${host}:${port.port}`;
    env[`${prefix}_PROTO`] = protocol.toLowerCase();
    env[`${prefix}_PORT`] = String(port.port);
    env[`${prefix}_ADDR`] = ip;
  }
  return env;
}

/** The variables of every service a pod sees; services are taken in name order, as Kubernetes does. */
export function serviceLinksEnv(services: Service[]): Record<string, string> {
  const sorted = services.filter(hasClusterIP).sort((a, b) => (a.metadata?.name ?? "").localeCompare(b.metadata?.name ?? ""));
  return Object.assign({}, ...sorted.map(serviceEnv)) as Record<string, string>;
}
