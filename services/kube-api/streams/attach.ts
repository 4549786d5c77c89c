// `kubectl attach` (and `kubectl run -i`): the running container's own stdio through the pod's
// kubelet over NATS, relayed on the same remotecommand protocol as exec (remote-command.ts). A
// stdin or terminal the container was not started with is refused before the upgrade, so kubectl
// prints the reason; the error channel ends with Success once the container exits.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { attachToContainer } from "../../../runtime/kubelet-client/attach-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import { placePod, type StreamDeps, type StreamTarget } from "./pod-target.ts";
import { negotiateRemoteCommand, serveRemoteCommand, unsupportedUpgrade } from "./remote-command.ts";
import { remoteCommandFlags } from "./remote-command-flags.ts";
import { statusOfAttach } from "./remote-command-status.ts";
import { rejectUpgrade } from "./upgrade-response.ts";

export async function handleAttachUpgrade(deps: StreamDeps, target: StreamTarget, req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
  const negotiated = negotiateRemoteCommand(req);
  const flags = remoteCommandFlags(target.query);
  let container: string;
  let nodeName: string;
  try {
    const placement = await placePod(deps, target);
    container = target.query.get("container") || placement.defaultContainer || "";
    const stdio = placement.stdio.get(container);
    if (!stdio) throw new ApiError("BadRequest", 400, `container ${container} is not valid for pod ${target.pod}`);
    if (flags.tty && !stdio.tty) throw new ApiError("BadRequest", 400, `Unable to use a TTY - container ${container} did not allocate one`);
    if (flags.stdin && !stdio.stdin) throw new ApiError("BadRequest", 400, `stdin is not enabled for container ${container} in pod ${target.pod} (its spec has no stdin: true)`);
    nodeName = placement.nodeName;
    // Last, as for exec: kubectl prints the answer to its SPDY retry.
    if (!negotiated) throw unsupportedUpgrade("attach");
  } catch (error) {
    return rejectUpgrade(socket, error);
  }
  const start = async () => {
    const session = await attachToContainer(deps.nc, nodeName, { namespace: target.namespace, pod: target.pod, container, stdin: flags.stdin, tty: flags.tty });
    return { session, status: session.ended.then(statusOfAttach) };
  };
  await serveRemoteCommand(req, socket, head, negotiated, { flags, start, failing: "attaching to container" });
}
