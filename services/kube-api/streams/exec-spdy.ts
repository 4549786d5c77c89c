// `kubectl exec` over SPDY/3.1 (remotecommand v4.channel.k8s.io), as kubectl before 1.30 speaks it
// and later ones fall back to: kubectl opens one stream per channel (header streamtype: error,
// stdin, stdout, stderr, resize), the command starts once all the query asked for are open, and
// the error stream carries the closing metav1.Status before the connection ends.
import type { Duplex } from "node:stream";
import type { ExecSession } from "../../../runtime/kubelet-client/exec-client.ts";
import type { ExecFlags } from "./exec-options.ts";
import { failure, parseResize, statusOfExit } from "./exec-status.ts";
import { SpdyServerSession, type SpdyStream } from "./spdy/session.ts";
import { acceptSpdyUpgrade } from "./upgrade-response.ts";

export const SPDY_EXEC_PROTOCOLS = ["v4.channel.k8s.io"] as const;
/** How long kubectl may take to open the streams it asked for (the kubelet allows 30 s too). */
const STREAM_CREATION_TIMEOUT_MS = 30_000;

export async function serveSpdyExec(socket: Duplex, head: Buffer, protocol: string, flags: ExecFlags, start: () => Promise<ExecSession>, command: string[]): Promise<void> {
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
  let exec: ExecSession;
  try {
    exec = await start();
  } catch (error) {
    return finish(failure("InternalError", `Internal error occurred: error executing command in container: ${(error as Error).message}`, 500));
  }
  void session.closed.then(() => exec.close());
  const stdin = streams.get("stdin");
  if (stdin && exec.stdin) stdin.pipe(exec.stdin);
  const resize = streams.get("resize");
  if (resize) followResizes(resize, exec);
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
  await Promise.all([relay(exec.stdout, streams.get("stdout")), relay(exec.stderr, streams.get("stderr"))]);
  await finish(statusOfExit(await exec.exit, command));
}

/** The resize stream is a sequence of JSON objects ({"Width":80,"Height":24}). */
function followResizes(stream: SpdyStream, exec: ExecSession): void {
  let pending = "";
  stream.on("data", (chunk: Buffer) => {
    pending += chunk.toString("utf8");
    let end = pending.indexOf("}");
    while (end !== -1) {
      const size = parseResize(Buffer.from(pending.slice(0, end + 1)));
      if (size) exec.resize(size);
      pending = pending.slice(end + 1);
      end = pending.indexOf("}");
    }
  });
}
