// One exec or port-forward session between a caller and a kubelet over core NATS: each side
// publishes frames to the other's subject. A data frame is acknowledged by its receiver once it
// is consumed (written to the process or socket), and a sender keeps at most `window` chunks
// unacknowledged, so a slow reader slows the writer instead of letting either process (or NATS)
// buffer without bound. Any frame is a sign of life; pings flow when a side is quiet, and a peer
// silent for `idleMs` ends the session (a caller that died does not leave a process behind).
import { headers, type Msg, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import { STREAM_ACK_COUNT_HEADER, STREAM_FRAME_HEADER, STREAM_NAME_HEADER } from "../subjects.ts";

export const STREAM_FRAME_KINDS = ["data", "ack", "end", "resize", "exit", "close", "ping"] as const;
export type StreamFrameKind = (typeof STREAM_FRAME_KINDS)[number];

export interface StreamFrame {
  kind: StreamFrameKind;
  /** For data and end frames: stdin, stdout, stderr (exec) or data (port-forward). */
  stream: string;
  data: Uint8Array;
}

export interface StreamSessionOptions {
  /** Where this side's frames go. */
  peer: string;
  /** Where the peer's frames arrive (the session subscribes to it). */
  inbox: string;
  /** Data, end, resize and exit frames; call `consumed` once a data frame's bytes are taken. */
  onFrame(frame: StreamFrame, consumed: () => void): void;
  /** Once, when either side closed the session or the peer went silent; reason "" is a normal close. */
  onClose(reason: string): void;
  window?: number;
  chunkBytes?: number;
  keepaliveMs?: number;
  idleMs?: number;
}

const DEFAULT_WINDOW = 16;
const DEFAULT_CHUNK_BYTES = 32 * 1024;
const DEFAULT_KEEPALIVE_MS = 5000;
const DEFAULT_IDLE_MS = 15_000;
const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class StreamSession {
  readonly #nc: NatsConnection;
  readonly #options: StreamSessionOptions;
  readonly #subscription: Subscription;
  readonly #timer: NodeJS.Timeout;
  readonly #chunkBytes: number;
  #credit: number;
  #waiters: (() => void)[] = [];
  #lastSent = Date.now();
  #lastReceived = Date.now();
  #closed = false;

  constructor(nc: NatsConnection, options: StreamSessionOptions) {
    this.#nc = nc;
    this.#options = options;
    this.#credit = options.window ?? DEFAULT_WINDOW;
    this.#chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    this.#subscription = nc.subscribe(options.inbox, { callback: (error, msg) => error ? this.#teardown(error.message) : this.#receive(msg) });
    const keepaliveMs = options.keepaliveMs ?? DEFAULT_KEEPALIVE_MS;
    const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.#timer = setInterval(() => {
      if (Date.now() - this.#lastReceived > idleMs) return this.#teardown(`no word from the other side for ${idleMs} ms`);
      if (Date.now() - this.#lastSent >= keepaliveMs) this.#publish("ping", "", EMPTY);
    }, Math.min(keepaliveMs, idleMs) / 2);
    this.#timer.unref();
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Sends `data` on `stream` in chunks, waiting for credit; false when the session closed first. */
  async write(stream: string, data: Uint8Array): Promise<boolean> {
    for (let offset = 0; offset < data.length; offset += this.#chunkBytes) {
      while (this.#credit === 0 && !this.#closed) await new Promise<void>((resolve) => this.#waiters.push(resolve));
      if (this.#closed) return false;
      this.#credit--;
      this.#publish("data", stream, data.subarray(offset, offset + this.#chunkBytes));
    }
    return !this.#closed;
  }

  /** No more data on `stream` from this side (stdin closed, a socket's half-close). */
  end(stream: string): void {
    this.#publish("end", stream, EMPTY);
  }

  /** A control frame: resize (JSON size) or exit (JSON result). */
  send(kind: "resize" | "exit", body: object): void {
    this.#publish(kind, "", encoder.encode(JSON.stringify(body)));
  }

  /** Tells the peer and ends the session here; `reason` "" is a normal end. */
  close(reason = ""): void {
    if (this.#closed) return;
    this.#publish("close", "", encoder.encode(reason));
    this.#teardown(reason);
  }

  #publish(kind: StreamFrameKind, stream: string, data: Uint8Array): void {
    if (this.#closed) return;
    const frameHeaders = headers();
    frameHeaders.set(STREAM_FRAME_HEADER, kind);
    if (stream) frameHeaders.set(STREAM_NAME_HEADER, stream);
    try {
      this.#nc.publish(this.#options.peer, data, { headers: frameHeaders });
      this.#lastSent = Date.now();
    } catch (error) {
      this.#teardown(`cannot send: ${(error as Error).message}`);
    }
  }

  #ack(): void {
    if (this.#closed) return;
    const ackHeaders = headers();
    ackHeaders.set(STREAM_FRAME_HEADER, "ack");
    ackHeaders.set(STREAM_ACK_COUNT_HEADER, "1");
    try {
      this.#nc.publish(this.#options.peer, EMPTY, { headers: ackHeaders });
      this.#lastSent = Date.now();
    } catch (error) {
      this.#teardown(`cannot send: ${(error as Error).message}`);
    }
  }

  #receive(msg: Msg): void {
    if (this.#closed) return;
    this.#lastReceived = Date.now();
    const kind = msg.headers?.get(STREAM_FRAME_HEADER) as StreamFrameKind | undefined;
    if (kind === "ping") return;
    if (kind === "ack") {
      this.#credit += Number(msg.headers?.get(STREAM_ACK_COUNT_HEADER) || 1);
      const waiters = this.#waiters.splice(0);
      for (const wake of waiters) wake();
      return;
    }
    if (kind === "close") return this.#teardown(decoder.decode(msg.data));
    if (!kind || !STREAM_FRAME_KINDS.includes(kind)) return;
    let acked = false;
    const consumed = () => {
      if (acked || kind !== "data") return;
      acked = true;
      this.#ack();
    };
    this.#options.onFrame({ kind, stream: msg.headers?.get(STREAM_NAME_HEADER) ?? "", data: msg.data }, consumed);
  }

  #teardown(reason: string): void {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#timer);
    this.#subscription.unsubscribe();
    for (const wake of this.#waiters.splice(0)) wake();
    this.#options.onClose(reason);
  }
}
