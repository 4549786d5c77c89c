// The remotecommand protocol over WebSocket, v5.channel.k8s.io (kubectl 1.30+) or v4: every binary
// message starts with a channel byte (0 stdin, 1 stdout, 2 stderr, 3 error, 4 resize, in v5 255
// close, whose payload names the channel closed).
import type { WebSocket } from "ws";
import type { StdioSession } from "../../../runtime/kubelet-client/exec-client.ts";
import type { RemoteCommandStart } from "./remote-command.ts";
import { failure, parseResize } from "./remote-command-status.ts";

const CHANNEL = { stdin: 0, stdout: 1, stderr: 2, error: 3, resize: 4, close: 255 } as const;
const NORMAL_CLOSURE = 1000;

export async function relayWebSocketRemoteCommand(ws: WebSocket, protocol: string, { flags, start, failing }: RemoteCommandStart): Promise<void> {
  const send = (channel: number, data: Uint8Array | string) =>
    new Promise<void>((resolve) => ws.readyState === ws.OPEN ? ws.send(Buffer.concat([Buffer.from([channel]), Buffer.from(data)]), () => resolve()) : resolve());
  let session: StdioSession;
  let status: Promise<object>;
  // kubectl sends stdin as soon as the socket is open: it waits (in the paused socket, or here
  // when already read) until the session runs.
  const early: [Buffer, boolean][] = [];
  let onMessage = (message: Buffer, isBinary: boolean) => void early.push([message, isBinary]);
  ws.on("message", (message: Buffer, isBinary: boolean) => onMessage(message, isBinary));
  ws.pause();
  try {
    ({ session, status } = await start());
  } catch (error) {
    await send(CHANNEL.error, JSON.stringify(failure("InternalError", `Internal error occurred: error ${failing}: ${(error as Error).message}`, 500)));
    ws.close(NORMAL_CLOSURE);
    return;
  }
  onMessage = (message, isBinary) => {
    if (!isBinary || message.length === 0) return;
    const payload = message.subarray(1);
    if (message[0] === CHANNEL.stdin && session.stdin && payload.length > 0) {
      // The socket is read no faster than the process takes its stdin.
      if (!session.stdin.write(payload)) {
        ws.pause();
        session.stdin.once("drain", () => ws.resume());
      }
    } else if (message[0] === CHANNEL.resize) {
      const size = parseResize(payload);
      if (size) session.resize(size);
    } else if (message[0] === CHANNEL.close && protocol.startsWith("v5") && payload[0] === CHANNEL.stdin) {
      session.stdin?.end();
    }
  };
  for (const [message, isBinary] of early.splice(0)) onMessage(message, isBinary);
  ws.once("close", () => {
    session.stdin?.end();
    session.close();
  });
  if (ws.readyState !== ws.OPEN) session.close();
  ws.resume();
  const pump = async (stream: NodeJS.ReadableStream, channel: number, wanted: boolean) => {
    for await (const chunk of stream) if (wanted) await send(channel, chunk as Buffer);
  };
  await Promise.all([pump(session.stdout, CHANNEL.stdout, flags.stdout), pump(session.stderr, CHANNEL.stderr, flags.stderr)]).catch(() => undefined);
  await send(CHANNEL.error, JSON.stringify(await status));
  ws.close(NORMAL_CLOSURE);
}
