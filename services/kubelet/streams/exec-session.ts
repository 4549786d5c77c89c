// One `exec` on this node: the command's stdout and stderr go to the caller as data frames (read
// only as fast as the caller acknowledges them), its stdin comes from the caller's frames, and the
// exit code is the last frame. The caller going away kills the command.
import type { NatsConnection } from "@nats-io/transport-node";
import { StreamSession } from "../../../runtime/kubelet-client/stream-session.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { StreamingExec } from "../drivers/types.ts";

/** How long output pipes may stay open after the command exits (a background child holding them). */
const OUTPUT_DRAIN_MS = 2000;

export async function runExecSession(nc: NatsConnection, exec: StreamingExec, inbox: string, peer: string, stdin: boolean, logger: Logger, stopping: AbortSignal, accepted: () => void): Promise<void> {
  let exited = false;
  const resize = (body: Uint8Array) => {
    try {
      const size = JSON.parse(new TextDecoder().decode(body)) as { width?: unknown; height?: unknown };
      if (typeof size.width === "number" && typeof size.height === "number") exec.resize({ width: size.width, height: size.height });
    } catch {
      // A malformed resize changes nothing.
    }
  };
  const session = new StreamSession(nc, {
    peer,
    inbox,
    onFrame(frame, consumed) {
      if (frame.kind === "data" && frame.stream === "stdin") exec.stdin.write(frame.data, () => consumed());
      else if (frame.kind === "end" && frame.stream === "stdin") exec.stdin.end();
      else if (frame.kind === "resize") resize(frame.data);
    },
    onClose(reason) {
      if (exited) return;
      if (reason) logger.debug("exec session ended before its command", { reason });
      exec.kill();
    },
  });
  const onStop = () => session.close("the kubelet is stopping");
  stopping.addEventListener("abort", onStop, { once: true });
  accepted();
  if (!stdin) exec.stdin.end();
  const pump = async (stream: NodeJS.ReadableStream, name: string) => {
    try {
      for await (const chunk of stream) if (!(await session.write(name, chunk as Buffer))) break;
    } catch (error) {
      logger.debug("reading exec output failed", { stream: name, error });
    }
    session.end(name);
  };
  const pumps = Promise.all([pump(exec.stdout, "stdout"), pump(exec.stderr, "stderr")]);
  const exitCode = await exec.exited;
  exited = true;
  await Promise.race([pumps, new Promise((resolve) => setTimeout(resolve, OUTPUT_DRAIN_MS).unref())]);
  session.send("exit", { exitCode });
  session.close();
  stopping.removeEventListener("abort", onStop);
}
