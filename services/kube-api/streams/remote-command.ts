// The remotecommand protocol shared by `kubectl exec` and `kubectl attach`: the upgrade is
// negotiated (WebSocket v5/v4.channel.k8s.io, or SPDY/3.1 with v4.channel.k8s.io), then a stdio
// session with the pod's kubelet is relayed on the channels kubectl asked for, and the error
// channel closes with a metav1.Status (exec: the exit code; attach: Success once the container
// ended or detached).
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { StdioSession } from "../../../runtime/kubelet-client/exec-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import type { RemoteCommandFlags } from "./remote-command-flags.ts";
import { serveSpdyRemoteCommand } from "./remote-command-spdy.ts";
import { relayWebSocketRemoteCommand } from "./remote-command-websocket.ts";
import { headerList } from "./upgrade-response.ts";
import { pickProtocol, upgradeToWebSocket } from "./websocket-upgrade.ts";

export const REMOTE_COMMAND_PROTOCOLS = ["v5.channel.k8s.io", "v4.channel.k8s.io"] as const;
export const SPDY_REMOTE_COMMAND_PROTOCOLS = ["v4.channel.k8s.io"] as const;

/** A started session and the Status its error channel closes with once it is over. */
export interface RemoteCommand {
  session: StdioSession;
  status: Promise<object>;
}

export interface RemoteCommandStart {
  flags: RemoteCommandFlags;
  start: () => Promise<RemoteCommand>;
  /** What failed when start() throws, in the kubelet's words ("executing command in container"). */
  failing: string;
}

export interface NegotiatedProtocol {
  transport: "websocket" | "spdy";
  protocol: string;
}

/** The protocol an upgrade request offers that we speak, or undefined. */
export function negotiateRemoteCommand(req: IncomingMessage): NegotiatedProtocol | undefined {
  const upgrade = req.headers.upgrade?.toLowerCase();
  const ws = upgrade === "websocket" ? pickProtocol(req.headers["sec-websocket-protocol"], REMOTE_COMMAND_PROTOCOLS) : undefined;
  if (ws) return { transport: "websocket", protocol: ws };
  const spdy = upgrade === "spdy/3.1" ? pickProtocol(headerList(req.headers["x-stream-protocol-version"]), SPDY_REMOTE_COMMAND_PROTOCOLS) : undefined;
  return spdy ? { transport: "spdy", protocol: spdy } : undefined;
}

/** The refusal for an upgrade that offers none of our protocols (`what`: exec, attach). */
export function unsupportedUpgrade(what: string): ApiError {
  return new ApiError("BadRequest", 400, `${what} needs a WebSocket upgrade with one of the subprotocols ${REMOTE_COMMAND_PROTOCOLS.join(", ")}, or an SPDY/3.1 upgrade with ${SPDY_REMOTE_COMMAND_PROTOCOLS.join(", ")}`);
}

export async function serveRemoteCommand(req: IncomingMessage, socket: Duplex, head: Buffer, negotiated: NegotiatedProtocol, command: RemoteCommandStart): Promise<void> {
  if (negotiated.transport === "spdy") return serveSpdyRemoteCommand(socket, head, negotiated.protocol, command);
  const ws = await upgradeToWebSocket(req, socket, head, negotiated.protocol);
  await relayWebSocketRemoteCommand(ws, negotiated.protocol, command);
}
