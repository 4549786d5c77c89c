import test from "ava";
import { once } from "node:events";
import { createConnection, createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { constants, createDeflate } from "node:zlib";
import { SPDY3_DICTIONARY } from "./dictionary.ts";
import { controlFrame, dataFrame, FLAG_FIN, FRAME_TYPES, FrameParser, type SpdyFrame } from "./frames.ts";
import { encodeHeaderBlock, HeaderCompressor, HeaderDecompressor } from "./header-codec.ts";
import { SpdyServerSession, type SpdyStream } from "./session.ts";

test("the SPDY/3 dictionary is the spec's 1423 bytes", (t) => {
  t.is(SPDY3_DICTIONARY.length, 1423);
  t.is(SPDY3_DICTIONARY.subarray(0, 11).toString("latin1"), "\0\0\0\x07options");
  t.true(SPDY3_DICTIONARY.toString("latin1").endsWith(",*,enq=0."));
});

test("the frame parser splits frames arriving in pieces and keeps an incomplete one for later", (t) => {
  const bytes = Buffer.concat([dataFrame(3, FLAG_FIN, Buffer.from("abc")), controlFrame(FRAME_TYPES.ping, 0, Buffer.from([0, 0, 0, 1]))]);
  const parser = new FrameParser();
  const frames: SpdyFrame[] = [];
  for (let i = 0; i < bytes.length; i += 5) frames.push(...parser.push(bytes.subarray(i, i + 5)));
  t.is(frames.length, 2);
  t.like(frames[0], { control: false, streamId: 3, flags: FLAG_FIN });
  t.is(frames[0].data.toString(), "abc");
  t.like(frames[1], { control: true, type: FRAME_TYPES.ping, flags: 0 });
});

test("header blocks round-trip through one zlib stream, ours and a real zlib writer's alike", async (t) => {
  const compressor = new HeaderCompressor();
  const decompressor = new HeaderDecompressor();
  t.deepEqual(await decompressor.decompress(compressor.compress({ streamtype: "error", port: "8080", requestid: "0" })), { streamtype: "error", port: "8080", requestid: "0" });
  t.deepEqual(await decompressor.decompress(compressor.compress({ StreamType: "data" })), { streamtype: "data" });
  decompressor.close();
  // As Go's framer writes them: deflate with the dictionary, a sync flush after each block.
  const deflate = createDeflate({ dictionary: SPDY3_DICTIONARY });
  const fromZlib = new HeaderDecompressor();
  for (const headers of [{ streamtype: "data", port: "80" }, { streamtype: "error", port: "80" }]) {
    deflate.write(encodeHeaderBlock(headers));
    await new Promise((resolve) => deflate.flush(constants.Z_SYNC_FLUSH, () => resolve(undefined)));
    const chunks: Buffer[] = [];
    for (let chunk = deflate.read() as Buffer | null; chunk; chunk = deflate.read() as Buffer | null) chunks.push(chunk);
    t.deepEqual(await fromZlib.decompress(Buffer.concat(chunks)), headers);
  }
  deflate.close();
  fromZlib.close();
});

/** A client end written with the framer: sends SYN_STREAM/DATA, collects frames (headers inflated). */
async function connectedPair(onStream: (stream: SpdyStream) => void): Promise<{ client: Socket; frames: () => Promise<SpdyFrame>; close: () => void }> {
  const server = createServer((socket) => void new SpdyServerSession(socket, onStream));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const client = createConnection((server.address() as AddressInfo).port, "127.0.0.1");
  const parser = new FrameParser();
  const queue: SpdyFrame[] = [];
  let wake: (() => void) | undefined;
  client.on("data", (bytes: Buffer) => {
    queue.push(...parser.push(bytes));
    wake?.();
  });
  const frames = async () => {
    while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return queue.shift() as SpdyFrame;
  };
  return { client, frames, close: () => { client.destroy(); server.close(); } };
}

function synStream(compressor: HeaderCompressor, streamId: number, headers: Record<string, string>, flags = 0): Buffer {
  const ids = Buffer.alloc(10);
  ids.writeUInt32BE(streamId, 0);
  return controlFrame(FRAME_TYPES.synStream, flags, Buffer.concat([ids, compressor.compress(headers)]));
}

test("the server session answers each stream, relays its data and FIN, and echoes pings", async (t) => {
  const seen: Record<string, string>[] = [];
  const { client, frames, close } = await connectedPair((stream) => {
    seen.push(stream.headers);
    stream.pipe(stream);
  });
  const compressor = new HeaderCompressor();
  const decompressor = new HeaderDecompressor();
  client.write(synStream(compressor, 1, { streamtype: "data", port: "80", requestid: "7" }));
  client.write(dataFrame(1, 0, Buffer.from("hello ")));
  client.write(dataFrame(1, FLAG_FIN, Buffer.from("spdy")));
  client.write(controlFrame(FRAME_TYPES.ping, 0, Buffer.from([0, 0, 0, 5])));
  const reply = await frames();
  t.like(reply, { control: true, type: FRAME_TYPES.synReply });
  t.is(reply.data.readUInt32BE(0), 1);
  t.deepEqual(await decompressor.decompress(reply.data.subarray(4)), {});
  let echoed = "";
  let fin = false;
  let ping: SpdyFrame | undefined;
  while (!fin || !ping) {
    const frame = await frames();
    if (frame.control && frame.type === FRAME_TYPES.ping) ping = frame;
    else if (!frame.control) {
      echoed += frame.data.toString();
      fin = (frame.flags & FLAG_FIN) !== 0;
    }
  }
  t.is(echoed, "hello spdy");
  t.is(ping.data.readUInt32BE(0), 5);
  t.deepEqual(seen, [{ streamtype: "data", port: "80", requestid: "7" }]);
  decompressor.close();
  close();
});

test("a stream the client resets is destroyed on the server", async (t) => {
  let resolveStream: (stream: SpdyStream) => void = () => undefined;
  const opened = new Promise<SpdyStream>((resolve) => (resolveStream = resolve));
  const { client, frames, close } = await connectedPair((stream) => resolveStream(stream));
  client.write(synStream(new HeaderCompressor(), 1, { streamtype: "error" }));
  const stream = await opened;
  await frames();
  const rst = Buffer.alloc(8);
  rst.writeUInt32BE(1, 0);
  rst.writeUInt32BE(5, 4);
  client.write(controlFrame(FRAME_TYPES.rstStream, 0, rst));
  await once(stream, "close");
  t.true(stream.destroyed);
  close();
});
