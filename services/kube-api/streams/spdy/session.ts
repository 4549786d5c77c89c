// The server end of a SPDY/3.1 connection, as the kubelet's port-forward server is one: the
// client opens streams (SYN_STREAM), each is answered at once (SYN_REPLY) and handed over as a
// Duplex; DATA frames carry the bytes, FIN a half-close, RST_STREAM an abort. PINGs are echoed,
// SETTINGS and WINDOW_UPDATE ignored (Go's spdystream, kubectl's, does not enforce windows).
// While any stream's reader is full the whole connection stops being read, so a slow pod
// slows kubectl instead of filling this process.
import { Duplex } from "node:stream";
import { HeaderCompressor, HeaderDecompressor, type SpdyHeaders } from "./header-codec.ts";
import { controlFrame, dataFrame, FLAG_FIN, FRAME_TYPES, FrameParser, goawayFrame, parseSynStream, RST_STATUS, rstStreamFrame, synReplyFrame, type SpdyFrame } from "./frames.ts";

const DATA_CHUNK_BYTES = 32 * 1024;

export class SpdyStream extends Duplex {
  readonly id: number;
  readonly headers: SpdyHeaders;
  readonly #session: SpdyServerSession;
  #reset = false;

  constructor(session: SpdyServerSession, id: number, headers: SpdyHeaders) {
    super({ allowHalfOpen: true });
    this.#session = session;
    this.id = id;
    this.headers = headers;
  }

  override _read(): void {
    this.#session.readerHasRoom(this);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.#reset) return callback(new Error(`stream ${this.id} was reset`));
    let offset = 0;
    const next = (): void => {
      while (offset < chunk.length) {
        const part = chunk.subarray(offset, offset + DATA_CHUNK_BYTES);
        offset += part.length;
        if (!this.#session.send(dataFrame(this.id, 0, part))) return this.#session.whenDrained(next);
      }
      callback();
    };
    next();
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (!this.#reset) this.#session.send(dataFrame(this.id, FLAG_FIN, new Uint8Array(0)));
    callback();
  }

  /** Aborts the stream on both sides (RST_STREAM CANCEL). */
  reset(): void {
    if (!this.#reset) this.#session.send(rstStreamFrame(this.id, RST_STATUS.cancel));
    this.peerReset();
  }

  /** The peer reset it: no more frames either way. */
  peerReset(): void {
    this.#reset = true;
    this.destroy();
  }
}

export class SpdyServerSession {
  readonly #transport: Duplex;
  readonly #onStream: (stream: SpdyStream) => void;
  readonly #parser = new FrameParser();
  readonly #compressor = new HeaderCompressor();
  readonly #decompressor = new HeaderDecompressor();
  readonly #streams = new Map<number, SpdyStream>();
  readonly #full = new Set<SpdyStream>();
  #chain: Promise<void> = Promise.resolve();
  #lastStreamId = 0;
  #closed = false;
  readonly closed: Promise<void>;

  constructor(transport: Duplex, onStream: (stream: SpdyStream) => void) {
    this.#transport = transport;
    this.#onStream = onStream;
    this.closed = new Promise((resolve) => transport.once("close", resolve));
    transport.on("data", (bytes: Buffer) => this.#receive(bytes));
    transport.on("end", () => this.#shutdown());
    transport.on("close", () => this.#shutdown());
    transport.on("error", () => this.#shutdown());
  }

  /** Writes a frame; false when the transport's buffer is full (wait with whenDrained). */
  send(frame: Buffer): boolean {
    if (this.#closed || this.#transport.destroyed) return true;
    return this.#transport.write(frame);
  }

  whenDrained(next: () => void): void {
    if (this.#closed) return next();
    this.#transport.once("drain", next);
  }

  readerHasRoom(stream: SpdyStream): void {
    this.#full.delete(stream);
    if (this.#full.size === 0 && !this.#closed) this.#transport.resume();
  }

  /** GOAWAY, then the connection ends. */
  close(): void {
    if (this.#closed) return;
    this.send(goawayFrame(this.#lastStreamId));
    this.#transport.end();
    this.#shutdown();
  }

  #receive(bytes: Buffer): void {
    let frames: SpdyFrame[];
    try {
      frames = this.#parser.push(bytes);
    } catch {
      this.#transport.destroy();
      return;
    }
    // Header blocks inflate asynchronously and in order: frames are handled one after another.
    for (const frame of frames) this.#chain = this.#chain.then(() => this.#handle(frame)).catch(() => void this.#transport.destroy());
  }

  async #handle(frame: SpdyFrame): Promise<void> {
    if (this.#closed) return;
    if (!frame.control) return this.#data(frame.streamId, frame.flags, frame.data);
    switch (frame.type) {
      case FRAME_TYPES.synStream: {
        const { streamId, compressedHeaders } = parseSynStream(frame.data);
        const headers = await this.#decompressor.decompress(compressedHeaders);
        if (this.#streams.has(streamId) || streamId % 2 === 0) return void this.send(rstStreamFrame(streamId, RST_STATUS.protocolError));
        this.#lastStreamId = Math.max(this.#lastStreamId, streamId);
        const stream = new SpdyStream(this, streamId, headers);
        this.#streams.set(streamId, stream);
        stream.once("close", () => {
          this.#streams.delete(streamId);
          this.readerHasRoom(stream);
        });
        this.send(synReplyFrame(streamId, this.#compressor.compress({})));
        if (frame.flags & FLAG_FIN) stream.push(null);
        this.#onStream(stream);
        return;
      }
      case FRAME_TYPES.headers:
        // Inflated only to keep the zlib stream in step; port-forward sends none.
        await this.#decompressor.decompress(frame.data.subarray(4));
        return;
      case FRAME_TYPES.rstStream:
        this.#streams.get(frame.data.readUInt32BE(0) & 0x7fffffff)?.peerReset();
        return;
      case FRAME_TYPES.ping:
        // A client's pings have odd ids and are echoed; even ones would answer ours (we send none).
        if (frame.data.length >= 4 && frame.data.readUInt32BE(0) % 2 === 1) this.send(controlFrame(FRAME_TYPES.ping, 0, frame.data.subarray(0, 4)));
        return;
      case FRAME_TYPES.goaway:
        this.#transport.end();
        this.#shutdown();
        return;
      default:
        // SETTINGS, WINDOW_UPDATE, SYN_REPLY (a server opens no streams): nothing to do.
        return;
    }
  }

  #data(streamId: number, flags: number, data: Buffer): void {
    const stream = this.#streams.get(streamId);
    if (!stream || stream.readableEnded || stream.destroyed) {
      if (!stream) this.send(rstStreamFrame(streamId, RST_STATUS.invalidStream));
      return;
    }
    if (data.length > 0 && !stream.push(data)) {
      this.#full.add(stream);
      this.#transport.pause();
    }
    if (flags & FLAG_FIN) stream.push(null);
  }

  #shutdown(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#decompressor.close();
    for (const stream of this.#streams.values()) stream.destroy();
    this.#streams.clear();
  }
}
