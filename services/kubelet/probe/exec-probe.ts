// An exec probe: the command runs in the container (its environment and working directory,
// through the driver); exit status 0 passes. The output is the failure message, as in Kubernetes.
import type { Driver } from "../drivers/types.ts";
import { failed, passed, seconds, type ProbeOutcome } from "./probe-outcome.ts";

export async function execProbe(driver: Driver, containerId: string, command: string[], timeoutMs: number): Promise<ProbeOutcome> {
  const result = await driver.exec(containerId, command, timeoutMs);
  const output = result.output.trim();
  if (result.timedOut) return failed(`command ${JSON.stringify(command)} timed out after ${seconds(timeoutMs)}`);
  if (result.exitCode === 0) return passed(output);
  return failed(output || `command ${JSON.stringify(command)} exited with ${result.exitCode}`);
}
