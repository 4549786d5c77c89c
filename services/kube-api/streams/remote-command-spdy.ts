// `kubectl exec` and `kubectl attach` over SPDY/3.1 (remotecommand v4.channel.k8s.io), as kubectl
// before 1.30 speaks it and later ones fall back to: kubectl opens one stream per channel (header
// streamtype: error, stdin, stdout, stderr, resize), the session starts once all the query asked for are open, and
// the error stream carries the closing metav1.Status before the connection ends.
import type { Duplex } from "node:stream";
import type { StdioSession } from "../../../runtime/kubelet-client/exec-client.ts";
import { failure, parseResize } from "./remote-command-status.ts";
import type { RemoteCommandStart } from "./remote-command.ts";
import { SpdyServerSession, type SpdyStream } from "./spdy/session.ts";
import { acceptSpdyUpgrade } from "./upgrade-response.ts";

/** How long kubectl may take to open the streams it asked for (the kubelet allows 30 s too). */
const STREAM_CREATION_TIMEOUT_MS = 30_000;

export async function serveSpdyRemoteCommand(socket: Duplex, head: Buffer, protocol: string, { flags, start, failing }: RemoteCommandStart): Promise<void> {
  const expected = ["error", ...(flags.stdin ? ["stdin"] : []), ...(flags.stdout ? ["stdout"] : []), ...(flags.stderr ? ["stderr"] : []), ...(flags.tty ? ["resize"] : [])];
  const streams = new Map<string, SpdyStream>();
  const opened = Promise.withResolvers<boolean>();
  const session = new SpdyServerSession(acceptSpdyUpgrade(socket, head, protocol), (stream) => {
    const type = stream.headers.streamtype ?? "";
    stream.on("error", () => undefined);
    if (!expected.includes(type) || streams.has(type)) return stream.reset();
    streams.set(type, stream);
    if (expected.every((name) => streams.has(name))) opened.resolve(true);
  });
  const timer = setTimeout(() => opened.resolve(false), STREAM_CREATION_TIMEOUT_MS);
  void session.closed.then(() => opened.resolve(false));
  const ready = await opened.promise;
  clearTimeout(timer);
  if (!ready) return session.close();
  const errorStream = streams.get("error") as SpdyStream;
  // kubectl only reads the error stream.
  errorStream.resume();
  const finish = async (status: object) => {
    await new Promise((resolve) => errorStream.end(JSON.stringify(status), () => resolve(undefined)));
    session.close();
  };
  let stdio: StdioSession;
  let status: Promise<object>;
  try {
    ({ session: stdio, status } = await start());
  } catch (error) {
    return finish(failure("InternalError", `Internal error occurred: error ${failing}: ${(error as Error).message}`, 500));
  }
  void session.closed.then(() => stdio.close());
  const stdin = streams.get("stdin");
  if (stdin && stdio.stdin) stdin.pipe(stdio.stdin);
  const resize = streams.get("resize");
  if (resize) followResizes(resize, stdio);
  const relay = (from: NodeJS.ReadableStream, to: SpdyStream | undefined) =>
    new Promise<void>((resolve) => {
      if (!to) {
        from.on("end", resolve).resume();
        return;
      }
      from.pipe(to);
      to.once("finish", resolve);
      to.once("close", resolve);
    });
  await Promise.all([relay(stdio.stdout, streams.get("stdout")), relay(stdio.stderr, streams.get("stderr"))]);
  await finish(await status);
}

/** The resize stream is a sequence of JSON objects ({"Width":80,"Height":24}). */
function followResizes(stream: SpdyStream, stdio: StdioSession): void {
  let pending = "";
  stream.on("data", (chunk: Buffer) => {
    pending += chunk.toString("utf8");
    let end = pending.indexOf("}");
    while (end !== -1) {
      const size = parseResize(Buffer.from(pending.slice(0, end + 1)));
      if (size) stdio.resize(size);
      pending = pending.slice(end + 1);
      end = pending.indexOf("}");
    }
  });
}
