// What ends an exec or attach, as the kubelet's remotecommand server tells kubectl: a metav1.Status
// on the error channel (Success; for exec NonZeroExitCode with an ExitCode cause kubectl exits with).
import type { AttachEnd } from "../../../runtime/kubelet-client/attach-client.ts";
import type { ExecExit } from "../../../runtime/kubelet-client/exec-client.ts";

export function statusOfExit(exit: ExecExit, command: string[]): object {
  if (exit.error) return failure("InternalError", `Internal error occurred: ${exit.error}`, 500);
  if (exit.exitCode === 0) return { metadata: {}, status: "Success" };
  return {
    metadata: {},
    status: "Failure",
    message: `command terminated with non-zero exit code: error executing command [${command.join(" ")}], exit code ${exit.exitCode}`,
    reason: "NonZeroExitCode",
    details: { causes: [{ reason: "ExitCode", message: String(exit.exitCode) }] },
  };
}

/** An attach ends in Success when the container exited or a side detached; a cut-off is an error. */
export function statusOfAttach(end: AttachEnd): object {
  if (end.error) return failure("InternalError", `Internal error occurred: error attaching to container: ${end.error}`, 500);
  return { metadata: {}, status: "Success" };
}

export function failure(reason: string, message: string, code: number): object {
  return { metadata: {}, status: "Failure", message, reason, code };
}

/** A resize message: {"Width":80,"Height":24}. */
export function parseResize(payload: Buffer): { width: number; height: number } | undefined {
  try {
    const size = JSON.parse(payload.toString("utf8")) as { Width?: number; Height?: number };
    return typeof size.Width === "number" && typeof size.Height === "number" ? { width: size.Width, height: size.Height } : undefined;
  } catch {
    return undefined;
  }
}
