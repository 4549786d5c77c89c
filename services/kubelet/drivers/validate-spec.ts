// Checks a driver needs before starting anything; the API server validated the pod already, so
// these guard against kubelet bugs and give every driver the same answer.
import { InvalidContainerSpecError } from "./errors.ts";
import type { ContainerSpec } from "./types.ts";

export function validateContainerSpec(spec: ContainerSpec): void {
  const argv = [...spec.command, ...(spec.args ?? [])];
  if (argv.length === 0 || argv[0] === "") {
    throw new InvalidContainerSpecError("command", "nothing to run: command and args are empty");
  }
  if (!Number.isInteger(spec.restartCount) || spec.restartCount < 0) {
    throw new InvalidContainerSpecError("restartCount", `must be a non-negative integer, not ${spec.restartCount}`);
  }
  if (spec.logPath === "") throw new InvalidContainerSpecError("logPath", "must be set");
  const seen = new Set<string>();
  for (const [index, port] of (spec.ports ?? []).entries()) {
    if (!Number.isInteger(port.containerPort) || port.containerPort < 1 || port.containerPort > 65535) {
      throw new InvalidContainerSpecError(`ports[${index}].containerPort`, `must be between 1 and 65535, not ${port.containerPort}`);
    }
    const key = `${port.containerPort}/${port.protocol ?? "TCP"}`;
    if (seen.has(key)) throw new InvalidContainerSpecError(`ports[${index}]`, `${key} is declared twice`);
    seen.add(key);
  }
}
