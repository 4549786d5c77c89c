// Attaches to a running container's own stdio through the kubelet of its node
// (troupe.kubelet.<node>.attach): stdout and stderr carry what the container prints from now on,
// stdin (when asked for, and the container was started with `stdin: true`) goes to its stdin.
// There is no exit code: `ended` settles when the container exits or either side detaches.
import type { NatsConnection } from "@nats-io/transport-node";
import { kubeletAttachSubject } from "../subjects.ts";
import type { StdioSession } from "./exec-client.ts";
import { openStreamSession } from "./open-session.ts";
import { ackedReadable, sessionWritable } from "./stream-adapters.ts";

export interface AttachRequest {
  namespace: string;
  pod: string;
  /** Default: the kubelet picks the pod's first container. */
  container?: string;
  /** Whether the caller writes to the container's stdin (refused unless its spec has `stdin: true`). */
  stdin?: boolean;
  /** Whether the caller expects the container's terminal (refused unless its spec has `tty: true`). */
  tty?: boolean;
}

/** How an attach ended: `error` when it was cut off rather than ended by the container or the caller. */
export interface AttachEnd {
  error?: string;
}

export interface AttachSession extends StdioSession {
  readonly ended: Promise<AttachEnd>;
  /** Whether the container runs on a terminal (its stderr then comes on stdout). */
  readonly tty: boolean;
}

export async function attachToContainer(nc: NatsConnection, nodeName: string, request: AttachRequest): Promise<AttachSession> {
  const stdout = ackedReadable();
  const stderr = ackedReadable();
  let settle: (end: AttachEnd) => void = () => undefined;
  const ended = new Promise<AttachEnd>((resolve) => (settle = resolve));
  const { session, answer } = await openStreamSession(nc, nodeName, kubeletAttachSubject(nodeName), "kubelet.attach", request, {
    onFrame(frame, consumed) {
      const target = frame.stream === "stderr" ? stderr : stdout;
      if (frame.kind === "data") target.deliver(frame.data, consumed);
      else if (frame.kind === "end") target.end();
    },
    onClose(reason) {
      stdout.end();
      stderr.end();
      settle(reason ? { error: reason } : {});
    },
  });
  return {
    stdin: request.stdin ? sessionWritable(session, "stdin") : undefined,
    stdout: stdout.readable,
    stderr: stderr.readable,
    ended,
    container: String(answer.container ?? request.container ?? ""),
    tty: answer.tty === true,
    resize: (size) => session.send("resize", size),
    close: () => session.close(),
  };
}
