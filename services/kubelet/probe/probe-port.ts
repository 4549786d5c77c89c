// Where a probe connects: a port number or a container port name, mapped to the host port the
// container really listens on (pods share the host network), on the pod's IP unless a host is
// given. A port that cannot be resolved is an error the probe reports as its failure message.
import type { ContainerPortSpec, HostPorts } from "../drivers/types.ts";
import type { IntOrString } from "./probe-spec.ts";

export class ProbePortError extends Error {
  override name = "ProbePortError";
  readonly code = "ProbePortError";
}

/**
 * A declared containerPort (by number or name) becomes its host port; an undeclared number is
 * used as it is (a process listening on a fixed port).
 */
export function resolveProbePort(port: IntOrString, declared: ContainerPortSpec[], hostPorts: HostPorts): number {
  if (port.strVal != null && port.strVal !== "") {
    const byName = declared.find((candidate) => candidate.name === port.strVal);
    if (!byName) {
      const names = declared.map((candidate) => candidate.name).filter(Boolean);
      throw new ProbePortError(`port name "${port.strVal}" is not a declared container port${names.length ? ` (declared: ${names.join(", ")})` : ""}`);
    }
    return hostPorts[byName.containerPort] ?? byName.containerPort;
  }
  const number = port.intVal ?? 0;
  if (!Number.isInteger(number) || number < 1 || number > 65535) throw new ProbePortError(`port ${number} is not a valid port number (1-65535)`);
  return hostPorts[number] ?? number;
}
