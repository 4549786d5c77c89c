// `kubectl exec`: the pod's kubelet runs the command over NATS, relayed on the remotecommand
// protocol (remote-command.ts: WebSocket v5/v4.channel.k8s.io or SPDY/3.1). The error channel
// carries the closing metav1.Status, whose ExitCode cause kubectl exits with.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { execInContainer } from "../../../runtime/kubelet-client/exec-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import { placePod, type StreamDeps, type StreamTarget } from "./pod-target.ts";
import { negotiateRemoteCommand, serveRemoteCommand, unsupportedUpgrade } from "./remote-command.ts";
import { remoteCommandFlags } from "./remote-command-flags.ts";
import { statusOfExit } from "./remote-command-status.ts";
import { rejectUpgrade } from "./upgrade-response.ts";

export async function handleExecUpgrade(deps: StreamDeps, target: StreamTarget, req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
  const negotiated = negotiateRemoteCommand(req);
  const { query } = target;
  const command = query.getAll("command");
  let container: string;
  let nodeName: string;
  try {
    if (command.length === 0) throw new ApiError("BadRequest", 400, "you must specify at least 1 command");
    const placement = await placePod(deps, target);
    container = query.get("container") || placement.defaultContainer || "";
    if (!placement.containers.includes(container)) throw new ApiError("BadRequest", 400, `container ${container} is not valid for pod ${target.pod}`);
    nodeName = placement.nodeName;
    // Checked last: kubectl retries a refused WebSocket upgrade over SPDY, and the second answer
    // is the one it prints, so the pod's and container's errors must come first on both.
    if (!negotiated) throw unsupportedUpgrade("exec");
  } catch (error) {
    return rejectUpgrade(socket, error);
  }
  const flags = remoteCommandFlags(query);
  const start = async () => {
    const session = await execInContainer(deps.nc, nodeName, { namespace: target.namespace, pod: target.pod, container, command, stdin: flags.stdin, tty: flags.tty });
    return { session, status: session.exit.then((exit) => statusOfExit(exit, command)) };
  };
  await serveRemoteCommand(req, socket, head, negotiated, { flags, start, failing: "executing command in container" });
}
