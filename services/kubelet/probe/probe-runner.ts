// Turns a probe's action into the attempt a probe worker repeats: httpGet and tcpSocket go to
// the mapped host port on the pod's IP (or the probe's host), exec runs through the driver.
// A port that cannot be resolved fails every attempt with a message saying why.
import type { ContainerHandle, Driver } from "../drivers/types.ts";
import { execProbe } from "./exec-probe.ts";
import { httpProbe } from "./http-probe.ts";
import { failed, type ProbeOutcome } from "./probe-outcome.ts";
import { ProbePortError, resolveProbePort } from "./probe-port.ts";
import type { ProbeAction } from "./probe-spec.ts";
import { tcpProbe } from "./tcp-probe.ts";

export interface ProbeTarget {
  handle: ContainerHandle;
  podIP: string;
  driver: Driver;
}

export function probeRunner(action: ProbeAction, target: ProbeTarget, timeoutMs: number): () => Promise<ProbeOutcome> {
  const { handle, podIP, driver } = target;
  if (action.kind === "exec") return () => execProbe(driver, handle.id, action.command, timeoutMs);
  let port: number;
  try {
    port = resolveProbePort(action.port, handle.spec.ports ?? [], handle.hostPorts);
  } catch (error) {
    if (!(error instanceof ProbePortError)) throw error;
    const outcome = failed(`probe errored: ${error.message}`);
    return async () => outcome;
  }
  const host = action.host || podIP;
  if (action.kind === "tcpSocket") return () => tcpProbe(host, port, timeoutMs);
  return () => httpProbe({ scheme: action.scheme, host, port, path: action.path, headers: action.headers }, timeoutMs);
}
