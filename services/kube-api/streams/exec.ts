// `kubectl exec`: the pod's kubelet runs the command over NATS; kubectl talks either WebSocket,
// Kubernetes' channel protocol v5.channel.k8s.io (kubectl 1.30+) or v4 — every binary message
// starts with a channel byte (0 stdin, 1 stdout, 2 stderr, 3 error, 4 resize, in v5 255 close) —
// or, as older clients do and kubectl falls back to, SPDY/3.1 streams (exec-spdy.ts). The error
// channel carries the closing metav1.Status (exec-status.ts), whose ExitCode cause kubectl exits with.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocket } from "ws";
import { execInContainer, type ExecSession } from "../../../runtime/kubelet-client/exec-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import { execFlags, type ExecFlags } from "./exec-options.ts";
import { serveSpdyExec, SPDY_EXEC_PROTOCOLS } from "./exec-spdy.ts";
import { failure, parseResize, statusOfExit } from "./exec-status.ts";
import { placePod, type StreamDeps, type StreamTarget } from "./pod-target.ts";
import { headerList, rejectUpgrade } from "./upgrade-response.ts";
import { pickProtocol, upgradeToWebSocket } from "./websocket-upgrade.ts";

export const EXEC_PROTOCOLS = ["v5.channel.k8s.io", "v4.channel.k8s.io"] as const;
const CHANNEL = { stdin: 0, stdout: 1, stderr: 2, error: 3, resize: 4, close: 255 } as const;
const NORMAL_CLOSURE = 1000;

export async function handleExecUpgrade(deps: StreamDeps, target: StreamTarget, req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
  const upgrade = req.headers.upgrade?.toLowerCase();
  const wsProtocol = upgrade === "websocket" ? pickProtocol(req.headers["sec-websocket-protocol"], EXEC_PROTOCOLS) : undefined;
  const spdyProtocol = upgrade === "spdy/3.1" ? pickProtocol(headerList(req.headers["x-stream-protocol-version"]), SPDY_EXEC_PROTOCOLS) : undefined;
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
    if (!wsProtocol && !spdyProtocol) {
      throw new ApiError("BadRequest", 400, `exec needs a WebSocket upgrade with one of the subprotocols ${EXEC_PROTOCOLS.join(", ")}, or an SPDY/3.1 upgrade with ${SPDY_EXEC_PROTOCOLS.join(", ")}`);
    }
  } catch (error) {
    return rejectUpgrade(socket, error);
  }
  const flags = execFlags(query);
  const start = () => execInContainer(deps.nc, nodeName, { namespace: target.namespace, pod: target.pod, container, command, stdin: flags.stdin, tty: flags.tty });
  if (spdyProtocol) return serveSpdyExec(socket, head, spdyProtocol, flags, start, command);
  const ws = await upgradeToWebSocket(req, socket, head, wsProtocol ?? "");
  await relay(ws, wsProtocol ?? "", start, flags, command);
}

async function relay(ws: WebSocket, protocol: string, start: () => Promise<ExecSession>, flags: ExecFlags, command: string[]): Promise<void> {
  const send = (channel: number, data: Uint8Array | string) =>
    new Promise<void>((resolve) => ws.readyState === ws.OPEN ? ws.send(Buffer.concat([Buffer.from([channel]), Buffer.from(data)]), () => resolve()) : resolve());
  let exec: ExecSession;
  // kubectl sends stdin as soon as the socket is open: it waits (in the paused socket, or here
  // when already read) until the command runs.
  const early: [Buffer, boolean][] = [];
  let onMessage = (message: Buffer, isBinary: boolean) => void early.push([message, isBinary]);
  ws.on("message", (message: Buffer, isBinary: boolean) => onMessage(message, isBinary));
  ws.pause();
  try {
    exec = await start();
  } catch (error) {
    await send(CHANNEL.error, JSON.stringify(failure("InternalError", `Internal error occurred: error executing command in container: ${(error as Error).message}`, 500)));
    ws.close(NORMAL_CLOSURE);
    return;
  }
  onMessage = (message, isBinary) => {
    if (!isBinary || message.length === 0) return;
    const payload = message.subarray(1);
    if (message[0] === CHANNEL.stdin && exec.stdin && payload.length > 0) {
      // The socket is read no faster than the command takes its stdin.
      if (!exec.stdin.write(payload)) {
        ws.pause();
        exec.stdin.once("drain", () => ws.resume());
      }
    } else if (message[0] === CHANNEL.resize) {
      const size = parseResize(payload);
      if (size) exec.resize(size);
    } else if (message[0] === CHANNEL.close && protocol.startsWith("v5") && payload[0] === CHANNEL.stdin) {
      exec.stdin?.end();
    }
  };
  for (const [message, isBinary] of early.splice(0)) onMessage(message, isBinary);
  ws.once("close", () => {
    exec.stdin?.end();
    exec.close();
  });
  if (ws.readyState !== ws.OPEN) exec.close();
  ws.resume();
  const pump = async (stream: NodeJS.ReadableStream, channel: number, wanted: boolean) => {
    for await (const chunk of stream) if (wanted) await send(channel, chunk as Buffer);
  };
  await Promise.all([pump(exec.stdout, CHANNEL.stdout, flags.stdout), pump(exec.stderr, CHANNEL.stderr, flags.stderr)]).catch(() => undefined);
  await send(CHANNEL.error, JSON.stringify(statusOfExit(await exec.exit, command)));
  ws.close(NORMAL_CLOSURE);
}
