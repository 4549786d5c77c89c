// SPDY/3 header blocks: a count, then length-prefixed names and values, in one zlib stream per
// direction (primed with the SPDY dictionary) that runs across every header block of a connection.
// Outgoing blocks are written as stored (uncompressed) deflate blocks: valid zlib that any
// inflater reads, with no deflate state to keep; port-forward's headers are a few bytes.
import { constants, createInflate, type Inflate } from "node:zlib";
import { SPDY3_DICTIONARY } from "./dictionary.ts";

export type SpdyHeaders = Record<string, string>;

export class SpdyHeaderError extends Error {
  override name = "SpdyHeaderError";
  readonly code = "SPDY_HEADER_INVALID";
}

export function encodeHeaderBlock(headers: SpdyHeaders): Buffer {
  const entries = Object.entries(headers);
  const parts: Buffer[] = [u32(entries.length)];
  for (const [name, value] of entries) {
    const nameBytes = Buffer.from(name.toLowerCase(), "utf8");
    const valueBytes = Buffer.from(value, "utf8");
    parts.push(u32(nameBytes.length), nameBytes, u32(valueBytes.length), valueBytes);
  }
  return Buffer.concat(parts);
}

export function decodeHeaderBlock(block: Buffer): SpdyHeaders {
  const headers: SpdyHeaders = {};
  let offset = 0;
  const take = (length: number) => {
    if (offset + length > block.length) throw new SpdyHeaderError("a header block ends inside a header");
    const bytes = block.subarray(offset, offset + length);
    offset += length;
    return bytes;
  };
  const count = take(4).readUInt32BE(0);
  for (let i = 0; i < count; i++) {
    const name = take(take(4).readUInt32BE(0)).toString("utf8");
    // Several values of one name are separated by NUL bytes; port-forward uses the first.
    const value = take(take(4).readUInt32BE(0)).toString("utf8").split("\0")[0];
    headers[name.toLowerCase()] = value;
  }
  return headers;
}

/** Compresses header blocks of one direction of a connection. */
export class HeaderCompressor {
  #started = false;

  compress(headers: SpdyHeaders): Buffer {
    const block = encodeHeaderBlock(headers);
    const parts: Buffer[] = [];
    if (!this.#started) {
      this.#started = true;
      // CMF 0x78 (deflate, 32 KiB window), FLG 0x20 (a preset dictionary; 0x7820 % 31 == 0), its Adler-32.
      parts.push(Buffer.from([0x78, 0x20]), u32(adler32(SPDY3_DICTIONARY)));
    }
    // A block is never empty (it starts with the header count); a stored block holds up to 64 KiB - 1.
    for (let offset = 0; offset < block.length; offset += 0xffff) {
      const chunk = block.subarray(offset, offset + 0xffff);
      parts.push(storedBlockHeader(chunk.length), chunk);
    }
    // A sync flush marker (an empty stored block), as zlib writers end each header block.
    parts.push(storedBlockHeader(0));
    return Buffer.concat(parts);
  }
}

/** Inflates the header blocks of one direction of a connection, in order. */
export class HeaderDecompressor {
  readonly #inflate: Inflate = createInflate({ dictionary: SPDY3_DICTIONARY });
  #chain: Promise<unknown> = Promise.resolve();
  #failure: Error | undefined;

  constructor() {
    this.#inflate.on("error", (error) => (this.#failure = new SpdyHeaderError(`header decompression failed: ${error.message}`, { cause: error })));
  }

  decompress(compressed: Buffer): Promise<SpdyHeaders> {
    const next = this.#chain.then(() => this.#pass(compressed));
    this.#chain = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.#inflate.close();
  }

  #pass(compressed: Buffer): Promise<SpdyHeaders> {
    return new Promise((resolve, reject) => {
      if (this.#failure) return reject(this.#failure);
      this.#inflate.write(compressed);
      this.#inflate.flush(constants.Z_SYNC_FLUSH, () => {
        if (this.#failure) return reject(this.#failure);
        const chunks: Buffer[] = [];
        for (let chunk = this.#inflate.read() as Buffer | null; chunk; chunk = this.#inflate.read() as Buffer | null) chunks.push(chunk);
        try {
          resolve(decodeHeaderBlock(Buffer.concat(chunks)));
        } catch (error) {
          reject(error);
        }
      });
    });
  }
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function storedBlockHeader(length: number): Buffer {
  // BFINAL 0, BTYPE 00, padded to the byte; then LEN and its complement NLEN, little-endian.
  const header = Buffer.alloc(5);
  header.writeUInt16LE(length, 1);
  header.writeUInt16LE(~length & 0xffff, 3);
  return header;
}

function u32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value >>> 0, 0);
  return bytes;
}
