// One `attach` on this node: the running container's own output from now on (its log followed
// from where it ended when the attach began), and the caller's stdin frames written to the
// container's stdin. The session ends when the container exits (after its last lines) or the
// caller detaches; detaching leaves the container running. With stdinOnce, the container's stdin
// is closed once the first attach that wrote to it ends, as Kubernetes does.
import type { NatsConnection } from "@nats-io/transport-node";
import { StreamSession } from "../../../runtime/kubelet-client/stream-session.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { ContainerConsole } from "../drivers/types.ts";
import { readLog } from "../logs/read-log.ts";

export interface AttachTarget {
  console: ContainerConsole;
  logPath: string;
  /** The byte offset where the output shown starts (the log's end when the attach was accepted). */
  from: number;
  /** Settles when the container has ended and its log is flushed. */
  exited: Promise<unknown>;
  /** Whether this attach writes to the container's stdin. */
  stdin: boolean;
  stdinOnce: boolean;
}

export async function runAttachSession(nc: NatsConnection, target: AttachTarget, inbox: string, peer: string, logger: Logger, stopping: AbortSignal, accepted: () => void): Promise<void> {
  const detached = new AbortController();
  const containerStdin = target.stdin ? target.console.stdin : undefined;
  const endStdinOnce = () => {
    if (target.stdinOnce && containerStdin && !containerStdin.writableEnded) containerStdin.end();
  };
  const resize = (body: Uint8Array) => {
    try {
      const size = JSON.parse(new TextDecoder().decode(body)) as { width?: unknown; height?: unknown };
      if (typeof size.width === "number" && typeof size.height === "number") target.console.resize({ width: size.width, height: size.height });
    } catch {
      // A malformed resize changes nothing.
    }
  };
  const session = new StreamSession(nc, {
    peer,
    inbox,
    onFrame(frame, consumed) {
      if (frame.kind === "data" && frame.stream === "stdin") {
        // Bytes for a stdin that is closed (or not this attach's) are dropped, and still acknowledged.
        if (!containerStdin || containerStdin.writableEnded) return consumed();
        containerStdin.write(frame.data, () => consumed());
      } else if (frame.kind === "end" && frame.stream === "stdin") endStdinOnce();
      else if (frame.kind === "resize") resize(frame.data);
    },
    onClose(reason) {
      if (reason) logger.debug("attach session ended", { reason });
      endStdinOnce();
      detached.abort();
    },
  });
  const onStop = () => session.close("the kubelet is stopping");
  stopping.addEventListener("abort", onStop, { once: true });
  accepted();
  try {
    for await (const line of readLog(target.logPath, { from: target.from, follow: true, until: target.exited, signal: detached.signal })) {
      if (!(await session.write(line.stream, Buffer.from(`${line.content}\n`)))) break;
    }
  } catch (error) {
    logger.debug("following the container's output failed", { error });
  }
  session.end("stdout");
  session.end("stderr");
  session.close();
  stopping.removeEventListener("abort", onStop);
}
