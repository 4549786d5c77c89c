// Node streams over a StreamSession's frames, with the session's flow control: a Readable acks a
// data frame only once its consumer has room (so a slow consumer stops the sender), and a Writable
// finishes each write only when the session has credit for it.
import { Readable, Writable } from "node:stream";
import type { StreamSession } from "./stream-session.ts";

export class StreamSessionClosedError extends Error {
  override name = "StreamSessionClosedError";
  readonly code = "STREAM_SESSION_CLOSED";
}

export interface AckedReadable {
  readonly readable: Readable;
  /** A data frame's bytes; `consumed` is called when the reader has room for more. */
  deliver(data: Uint8Array, consumed: () => void): void;
  end(): void;
}

export function ackedReadable(): AckedReadable {
  let pending: (() => void)[] = [];
  const readable = new Readable({
    read() {
      const release = pending;
      pending = [];
      for (const consumed of release) consumed();
    },
  });
  return {
    readable,
    deliver(data, consumed) {
      if (readable.destroyed || readable.readableEnded) return consumed();
      if (readable.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength))) consumed();
      else pending.push(consumed);
    },
    end() {
      if (!readable.destroyed) readable.push(null);
    },
  };
}

/** Writes go out as data frames on `stream`; ending the Writable sends the stream's end frame. */
export function sessionWritable(session: StreamSession, stream: string): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      session.write(stream, chunk).then(
        (sent) => callback(sent ? null : new StreamSessionClosedError(`the session closed before ${stream} was written`)),
        callback,
      );
    },
    final(callback) {
      session.end(stream);
      callback();
    },
  });
}
