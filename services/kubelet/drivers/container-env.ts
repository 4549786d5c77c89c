// The environment a container starts with. Pods share the host network, so a declared
// containerPort is a promise the node keeps by handing the process a free host port to listen on.
import type { ContainerPortSpec, ContainerSpec, HostPorts } from "./types.ts";

/** "http-alt" → "PORT_HTTP_ALT". */
export function portEnvName(portName: string): string {
  return `PORT_${portName.toUpperCase().replaceAll("-", "_")}`;
}

export function portEnv(ports: ContainerPortSpec[], hostPorts: HostPorts): Record<string, string> {
  const env: Record<string, string> = {};
  if (ports.length > 0) env.PORT = String(hostPorts[ports[0].containerPort]);
  for (const port of ports) {
    if (port.name) env[portEnvName(port.name)] = String(hostPorts[port.containerPort]);
  }
  return env;
}

/**
 * base < HOSTNAME < the container's own env < port variables. The port variables win even over
 * an explicit PORT in the manifest (common in Kubernetes examples, naming the containerPort):
 * listening anywhere but the mapped host port would make the container unreachable.
 */
export function buildContainerEnv(base: Record<string, string>, spec: ContainerSpec, hostPorts: HostPorts): Record<string, string> {
  return { ...base, HOSTNAME: spec.podName, ...spec.env, ...portEnv(spec.ports ?? [], hostPorts) };
}
