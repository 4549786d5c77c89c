// SPDY/3.1 framing: what port-forward needs of draft-mbelshe-httpbis-spdy-00 and SPDY/3.1.
// A control frame is 1 bit set, 15 bits version (3), 16 bits type, 8 bits flags, 24 bits length;
// a data frame is 1 bit clear, 31 bits stream id, 8 bits flags, 24 bits length.
export const SPDY_VERSION = 3;
export const FRAME_TYPES = { synStream: 1, synReply: 2, rstStream: 3, settings: 4, ping: 6, goaway: 7, headers: 8, windowUpdate: 9 } as const;
export const FLAG_FIN = 0x01;
export const RST_STATUS = { protocolError: 1, invalidStream: 2, refusedStream: 3, cancel: 5, internalError: 6 } as const;
const HEADER_BYTES = 8;
/** Larger frames than a port-forward needs (Go copies in 32 KiB) are a broken or hostile peer. */
const MAX_FRAME_BYTES = 1 << 20;

export type SpdyFrame =
  | { control: false; streamId: number; flags: number; data: Buffer }
  | { control: true; type: number; flags: number; data: Buffer };

export class SpdyFrameError extends Error {
  override name = "SpdyFrameError";
  readonly code = "SPDY_FRAME_INVALID";
}

export function controlFrame(type: number, flags: number, body: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt16BE(0x8000 | SPDY_VERSION, 0);
  header.writeUInt16BE(type, 2);
  header.writeUInt32BE(((flags & 0xff) << 24 | body.length) >>> 0, 4);
  return Buffer.concat([header, body]);
}

export function dataFrame(streamId: number, flags: number, data: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32BE(streamId & 0x7fffffff, 0);
  header.writeUInt32BE(((flags & 0xff) << 24 | data.length) >>> 0, 4);
  return Buffer.concat([header, data]);
}

export function synReplyFrame(streamId: number, compressedHeaders: Buffer, flags = 0): Buffer {
  return controlFrame(FRAME_TYPES.synReply, flags, Buffer.concat([u32(streamId & 0x7fffffff), compressedHeaders]));
}

export function rstStreamFrame(streamId: number, status: number): Buffer {
  return controlFrame(FRAME_TYPES.rstStream, 0, Buffer.concat([u32(streamId & 0x7fffffff), u32(status)]));
}

export function goawayFrame(lastStreamId: number, status = 0): Buffer {
  return controlFrame(FRAME_TYPES.goaway, 0, Buffer.concat([u32(lastStreamId & 0x7fffffff), u32(status)]));
}

/** The fields of a SYN_STREAM body: stream id, then (after associated id, priority, slot) the headers. */
export function parseSynStream(data: Buffer): { streamId: number; compressedHeaders: Buffer } {
  if (data.length < 10) throw new SpdyFrameError("SYN_STREAM is too short");
  return { streamId: data.readUInt32BE(0) & 0x7fffffff, compressedHeaders: data.subarray(10) };
}

/** Splits a byte stream into frames; bytes of an incomplete frame wait for the next push. */
export class FrameParser {
  #buffer: Buffer = Buffer.alloc(0);

  push(bytes: Buffer): SpdyFrame[] {
    this.#buffer = this.#buffer.length === 0 ? bytes : Buffer.concat([this.#buffer, bytes]);
    const frames: SpdyFrame[] = [];
    while (this.#buffer.length >= HEADER_BYTES) {
      const first = this.#buffer.readUInt32BE(0);
      const second = this.#buffer.readUInt32BE(4);
      const length = second & 0xffffff;
      if (length >= MAX_FRAME_BYTES) throw new SpdyFrameError(`a frame of ${length} bytes`);
      if (this.#buffer.length < HEADER_BYTES + length) break;
      const data = this.#buffer.subarray(HEADER_BYTES, HEADER_BYTES + length);
      const flags = second >>> 24;
      if (first & 0x80000000) {
        const version = (first >>> 16) & 0x7fff;
        if (version !== SPDY_VERSION) throw new SpdyFrameError(`SPDY version ${version}, not 3`);
        frames.push({ control: true, type: first & 0xffff, flags, data });
      } else {
        frames.push({ control: false, streamId: first & 0x7fffffff, flags, data });
      }
      this.#buffer = this.#buffer.subarray(HEADER_BYTES + length);
    }
    return frames;
  }
}

function u32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value >>> 0, 0);
  return bytes;
}
