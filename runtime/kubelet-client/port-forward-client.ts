// Opens one TCP connection to a pod's port through the kubelet of its node
// (troupe.kubelet.<node>.portforward): the Duplex carries the bytes both ways, its end is the
// connection's half-close, and destroying it closes the connection at the pod.
import { Duplex } from "node:stream";
import type { NatsConnection } from "@nats-io/transport-node";
import { kubeletPortForwardSubject } from "../subjects.ts";
import { openStreamSession } from "./open-session.ts";
import { StreamSessionClosedError } from "./stream-adapters.ts";
import type { StreamSession } from "./stream-session.ts";

export interface PortForwardRequest {
  namespace: string;
  pod: string;
  /** The container port (mapped by the kubelet to where the pod really listens). */
  port: number;
}

export class PortForwardError extends Error {
  override name = "PortForwardError";
  readonly code = "PORT_FORWARD_FAILED";
}

export async function openPortForward(nc: NatsConnection, nodeName: string, request: PortForwardRequest): Promise<Duplex> {
  let pending: (() => void)[] = [];
  let session: StreamSession | undefined;
  const duplex = new Duplex({
    read() {
      const release = pending;
      pending = [];
      for (const consumed of release) consumed();
    },
    write(chunk: Buffer, _encoding, callback) {
      if (!session) return callback(new StreamSessionClosedError("the connection is not open"));
      session.write("data", chunk).then((sent) => callback(sent ? null : new StreamSessionClosedError("the connection closed")), callback);
    },
    final(callback) {
      session?.end("data");
      callback();
    },
    destroy(error, callback) {
      session?.close(error ? error.message : "");
      callback(error);
    },
  });
  ({ session } = await openStreamSession(nc, nodeName, kubeletPortForwardSubject(nodeName), "kubelet.portforward", request, {
    onFrame(frame, consumed) {
      if (frame.kind === "end") duplex.push(null);
      if (frame.kind !== "data") return;
      if (duplex.destroyed) return consumed();
      if (duplex.push(Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.byteLength))) consumed();
      else pending.push(consumed);
    },
    onClose(reason) {
      // A refused request throws from openPortForward instead: nobody holds the Duplex yet.
      if (!session) return;
      if (reason) duplex.destroy(new PortForwardError(reason));
      else if (!duplex.readableEnded) duplex.push(null);
    },
  }));
  return duplex;
}
