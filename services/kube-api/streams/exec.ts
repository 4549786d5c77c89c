// `kubectl exec` (and `attach`-style streams) over WebSocket, Kubernetes' channel protocol
// v5.channel.k8s.io (kubectl 1.30+) or v4: every binary message starts with a channel byte
// (0 stdin, 1 stdout, 2 stderr, 3 error, 4 resize, and in v5 255 close), the error channel
// carries the closing metav1.Status (Success, or NonZeroExitCode with an ExitCode cause, from
// which kubectl takes its own exit code). The command runs through the pod's kubelet over NATS.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { execInContainer, type ExecExit, type ExecSession } from "../../../runtime/kubelet-client/exec-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import { placePod, type StreamDeps, type StreamTarget } from "./pod-target.ts";
import { rejectUpgrade } from "./upgrade-response.ts";

export const EXEC_PROTOCOLS = ["v5.channel.k8s.io", "v4.channel.k8s.io"] as const;
const CHANNEL = { stdin: 0, stdout: 1, stderr: 2, error: 3, resize: 4, close: 255 } as const;
const NORMAL_CLOSURE = 1000;

export async function handleExecUpgrade(deps: StreamDeps, target: StreamTarget, req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
  const protocol = pickProtocol(req.headers["sec-websocket-protocol"], EXEC_PROTOCOLS);
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
    if (req.headers.upgrade?.toLowerCase() !== "websocket" || !protocol) throw new ApiError("BadRequest", 400, `exec needs a WebSocket upgrade with one of the subprotocols ${EXEC_PROTOCOLS.join(", ")}`);
  } catch (error) {
    return rejectUpgrade(socket, error);
  }
  const ws = await upgradeToWebSocket(req, socket, head, protocol);
  const flags = { stdin: flag(query, "stdin"), stdout: flag(query, "stdout", true), stderr: flag(query, "stderr", true), tty: flag(query, "tty") };
  await relay(ws, protocol, async () => execInContainer(deps.nc, nodeName, { namespace: target.namespace, pod: target.pod, container, command, stdin: flags.stdin, tty: flags.tty }), flags, command);
}

async function relay(ws: WebSocket, protocol: string, start: () => Promise<ExecSession>, flags: { stdin: boolean; stdout: boolean; stderr: boolean }, command: string[]): Promise<void> {
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

function statusOfExit(exit: ExecExit, command: string[]): object {
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

function failure(reason: string, message: string, code: number): object {
  return { metadata: {}, status: "Failure", message, reason, code };
}

function parseResize(payload: Buffer): { width: number; height: number } | undefined {
  try {
    const size = JSON.parse(payload.toString("utf8")) as { Width?: number; Height?: number };
    return typeof size.Width === "number" && typeof size.Height === "number" ? { width: size.Width, height: size.Height } : undefined;
  } catch {
    return undefined;
  }
}

function flag(query: URLSearchParams, name: string, fallback = false): boolean {
  const value = query.get(name);
  if (value === null) return fallback;
  return value === "true" || value === "1";
}

/**
 * Completes the WebSocket handshake answering with `protocol`, chosen by the caller. ws checks
 * offered subprotocols against the RFC 6455 token grammar, which kubectl's
 * "SPDY/3.1+portforward.k8s.io" breaks (the "/"): the offer is taken off the request and the
 * answer added to the response headers here instead.
 */
export function upgradeToWebSocket(req: IncomingMessage, socket: Duplex, head: Buffer, protocol: string): Promise<WebSocket> {
  const server = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  delete req.headers["sec-websocket-protocol"];
  server.once("headers", (headers: string[]) => headers.push(`Sec-WebSocket-Protocol: ${protocol}`));
  return new Promise((resolve) => server.handleUpgrade(req, socket, head, resolve));
}

/** The first of `supported` (in their order of preference) that the client offered. */
export function pickProtocol(header: string | undefined, supported: readonly string[]): string | undefined {
  const offered = new Set((header ?? "").split(",").map((protocol) => protocol.trim()).filter(Boolean));
  return supported.find((protocol) => offered.has(protocol));
}
