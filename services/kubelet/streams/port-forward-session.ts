// One forwarded connection on this node: a TCP connection to the pod's port, its bytes relayed
// to and from the caller's frames, half-closes passed on both ways. Bytes from the pod are read
// only as fast as the caller acknowledges them; the caller's bytes are acknowledged once the
// socket took them.
import type { Socket } from "node:net";
import type { NatsConnection } from "@nats-io/transport-node";
import { StreamSession } from "../../../runtime/kubelet-client/stream-session.ts";

export async function runPortForwardSession(nc: NatsConnection, socket: Socket, inbox: string, peer: string, stopping: AbortSignal, accepted: () => void): Promise<void> {
  const closed = new Promise<boolean>((resolve) => socket.once("close", resolve));
  const session = new StreamSession(nc, {
    peer,
    inbox,
    onFrame(frame, consumed) {
      if (frame.kind === "data") socket.write(frame.data, () => consumed());
      else if (frame.kind === "end") socket.end();
    },
    onClose: () => socket.destroy(),
  });
  const onStop = () => session.close("the kubelet is stopping");
  stopping.addEventListener("abort", onStop, { once: true });
  accepted();
  let failure = "";
  socket.on("error", (error) => (failure ||= error.message));
  try {
    for await (const chunk of socket) if (!(await session.write("data", chunk as Buffer))) break;
    session.end("data");
  } catch (error) {
    failure ||= (error as Error).message;
  }
  await closed;
  session.close(failure);
  stopping.removeEventListener("abort", onStop);
}
