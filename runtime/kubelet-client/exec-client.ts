// Runs a command in a container through the kubelet of its node (troupe.kubelet.<node>.exec):
// stdin, stdout and stderr are Node streams over one stream session, and `exit` settles with the
// command's exit code (or the reason it could not run).
import type { Readable, Writable } from "node:stream";
import type { NatsConnection } from "@nats-io/transport-node";
import { kubeletExecSubject } from "../subjects.ts";
import { openStreamSession } from "./open-session.ts";
import { ackedReadable, sessionWritable } from "./stream-adapters.ts";

export interface ExecRequest {
  namespace: string;
  pod: string;
  /** Default: the kubelet picks the pod's first container. */
  container?: string;
  command: string[];
  /** Whether the caller sends stdin (otherwise the command's stdin is empty). */
  stdin?: boolean;
  tty?: boolean;
}

/** How the command ended: its exit code, or `error` when it could not run or was cut off. */
export interface ExecExit {
  exitCode: number;
  error?: string;
}

/** What exec and attach sessions have in common: a process's stdio over one stream session. */
export interface StdioSession {
  /** Present when the request asked for stdin; end it to close the process's stdin. */
  readonly stdin: Writable | undefined;
  readonly stdout: Readable;
  readonly stderr: Readable;
  /** The container the kubelet reached. */
  readonly container: string;
  resize(size: { width: number; height: number }): void;
  /** Ends the session (exec: the kubelet kills the command; attach: the container goes on). */
  close(): void;
}

export interface ExecSession extends StdioSession {
  readonly exit: Promise<ExecExit>;
}

const decoder = new TextDecoder();

export async function execInContainer(nc: NatsConnection, nodeName: string, request: ExecRequest): Promise<ExecSession> {
  const stdout = ackedReadable();
  const stderr = ackedReadable();
  let settle: (exit: ExecExit) => void = () => undefined;
  const exit = new Promise<ExecExit>((resolve) => (settle = resolve));
  let result: ExecExit | undefined;
  const { session, answer } = await openStreamSession(nc, nodeName, kubeletExecSubject(nodeName), "kubelet.exec", request, {
    onFrame(frame, consumed) {
      const target = frame.stream === "stderr" ? stderr : stdout;
      if (frame.kind === "data") target.deliver(frame.data, consumed);
      else if (frame.kind === "end") target.end();
      else if (frame.kind === "exit") result = JSON.parse(decoder.decode(frame.data)) as ExecExit;
    },
    onClose(reason) {
      stdout.end();
      stderr.end();
      settle(result ?? { exitCode: 1, error: reason || "the session ended before the command did" });
    },
  });
  return {
    stdin: request.stdin ? sessionWritable(session, "stdin") : undefined,
    stdout: stdout.readable,
    stderr: stderr.readable,
    exit,
    container: String(answer.container ?? request.container ?? ""),
    resize: (size) => session.send("resize", size),
    close: () => session.close(),
  };
}
