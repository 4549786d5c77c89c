// `kubectl port-forward`: SPDY/3.1 streams, tunnelled in WebSocket binary messages (subprotocol
// SPDY/3.1+portforward.k8s.io, kubectl 1.31+) or on a plain `Upgrade: SPDY/3.1` connection
// (X-Stream-Protocol-Version portforward.k8s.io, kubectl's fallback). Per forwarded connection
// kubectl opens an error stream and a data stream with one requestid and port; the data stream is
// joined to a connection through the pod's kubelet over NATS, and a failure is written to the error
// stream, as the kubelet's own port-forward server does.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { createWebSocketStream } from "ws";
import { openPortForward } from "../../../runtime/kubelet-client/port-forward-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import { pickProtocol, upgradeToWebSocket } from "./websocket-upgrade.ts";
import { placePod, type StreamDeps, type StreamTarget } from "./pod-target.ts";
import { SpdyServerSession, type SpdyStream } from "./spdy/session.ts";
import { acceptSpdyUpgrade, headerList, rejectUpgrade } from "./upgrade-response.ts";

export const PORT_FORWARD_PROTOCOL = "portforward.k8s.io";
export const PORT_FORWARD_TUNNEL_PROTOCOL = `SPDY/3.1+${PORT_FORWARD_PROTOCOL}`;
/** An error stream whose data stream never comes is given up after this. */
const PAIR_TIMEOUT_MS = 30_000;

export async function handlePortForwardUpgrade(deps: StreamDeps, target: StreamTarget, req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
  const upgrade = req.headers.upgrade?.toLowerCase();
  const tunnelled = upgrade === "websocket" && pickProtocol(req.headers["sec-websocket-protocol"], [PORT_FORWARD_TUNNEL_PROTOCOL]) !== undefined;
  const spdy = upgrade === "spdy/3.1" && pickProtocol(headerList(req.headers["x-stream-protocol-version"]), [PORT_FORWARD_PROTOCOL]) !== undefined;
  let nodeName: string;
  try {
    ({ nodeName } = await placePod(deps, target));
    if (!tunnelled && !spdy) throw new ApiError("BadRequest", 400, `port-forward needs a WebSocket upgrade with subprotocol ${PORT_FORWARD_TUNNEL_PROTOCOL} or an SPDY/3.1 upgrade with protocol ${PORT_FORWARD_PROTOCOL}`);
  } catch (error) {
    return rejectUpgrade(socket, error);
  }
  let transport: Duplex;
  if (tunnelled) {
    transport = createWebSocketStream(await upgradeToWebSocket(req, socket, head, PORT_FORWARD_TUNNEL_PROTOCOL));
  } else {
    transport = acceptSpdyUpgrade(socket, head, PORT_FORWARD_PROTOCOL);
  }
  transport.on("error", () => undefined);
  const pairs = new Map<string, { error?: SpdyStream; data?: SpdyStream; timer: NodeJS.Timeout }>();
  const session = new SpdyServerSession(transport, (stream) => {
    const requestId = stream.headers.requestid ?? "";
    const kind = stream.headers.streamtype;
    stream.on("error", () => undefined);
    if (kind !== "error" && kind !== "data") return stream.reset();
    // kubectl closes its side of the error stream at once and only reads it.
    if (kind === "error") stream.resume();
    const pair = pairs.get(requestId) ?? { timer: setTimeout(() => abandon(requestId), PAIR_TIMEOUT_MS) };
    pairs.set(requestId, pair);
    pair[kind] = stream;
    if (!pair.error || !pair.data) return;
    clearTimeout(pair.timer);
    pairs.delete(requestId);
    void forward(deps, nodeName, target, pair.error, pair.data);
  });
  const abandon = (requestId: string) => {
    const pair = pairs.get(requestId);
    pairs.delete(requestId);
    pair?.error?.reset();
    pair?.data?.reset();
  };
  await session.closed;
  for (const requestId of pairs.keys()) abandon(requestId);
}

async function forward(deps: StreamDeps, nodeName: string, target: StreamTarget, errorStream: SpdyStream, dataStream: SpdyStream): Promise<void> {
  const port = Number(dataStream.headers.port);
  const fail = (message: string) => {
    errorStream.end(message);
    dataStream.end();
  };
  if (!Number.isInteger(port) || port < 1 || port > 65535) return fail(`invalid port header ${JSON.stringify(dataStream.headers.port ?? "")}`);
  let remote: Duplex;
  try {
    remote = await openPortForward(deps.nc, nodeName, { namespace: target.namespace, pod: target.pod, port });
  } catch (error) {
    return fail(`error forwarding port ${port} to pod ${target.pod}: ${(error as Error).message}`);
  }
  let failure = "";
  remote.on("error", (error) => (failure ||= error.message));
  dataStream.on("error", () => remote.destroy());
  dataStream.once("close", () => remote.destroy());
  // pipe passes half-closes on (kubectl's FIN ends the pod connection's writes, the pod's end is our FIN) and backpressure both ways.
  dataStream.pipe(remote);
  remote.pipe(dataStream);
  // kubectl ends the forwarded connection once the pod's side is done and the error stream has
  // ended, as the kubelet ends it; waiting for kubectl's own FIN first would wait for each other.
  await new Promise<void>((resolve) => {
    remote.once("end", resolve);
    remote.once("close", resolve);
  });
  if (failure) errorStream.end(`error forwarding port ${port} to pod ${target.pod}: ${failure}`);
  else errorStream.end();
  if (!dataStream.writableEnded) dataStream.end();
}
