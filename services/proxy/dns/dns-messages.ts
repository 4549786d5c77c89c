// DNS message helpers on top of dns-packet: replies built from a query, header-only error
// replies for queries too broken to decode, and the UDP size limit (RFC 1035's 512 bytes, or the
// payload size the client advertised with EDNS).
import dnsPacket from "dns-packet";
import type { Answer, DecodedPacket, Packet } from "dns-packet";

export const Rcodes = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;
export type Rcode = (typeof Rcodes)[keyof typeof Rcodes];

const HEADER_BYTES = 12;
const QR = 0x8000;
const OPCODE_MASK = 0x7800;
const UDP_DEFAULT_LIMIT = 512;
/** The EDNS payload size we advertise and accept at most (the DNS flag day 2020 value). */
export const EDNS_PAYLOAD_BYTES = 1232;

/** True when the bytes cannot be a query worth answering at all (too short, or a response). */
export function isUnanswerable(raw: Buffer): boolean {
  return raw.length < HEADER_BYTES || (raw.readUInt16BE(2) & QR) !== 0;
}

/** A reply of just a header: the query's id, opcode and RD bit, with `rcode` (FORMERR, NOTIMP). */
export function headerReply(raw: Buffer, rcode: Rcode): Buffer {
  const reply = Buffer.alloc(HEADER_BYTES);
  const flags = raw.readUInt16BE(2);
  reply.writeUInt16BE(raw.readUInt16BE(0), 0);
  reply.writeUInt16BE(QR | (flags & OPCODE_MASK) | (flags & dnsPacket.RECURSION_DESIRED) | dnsPacket.RECURSION_AVAILABLE | rcode, 2);
  return reply;
}

function ednsOf(query: DecodedPacket) {
  return (query.additionals ?? []).find((record) => record.type === "OPT");
}

/** The most bytes a UDP reply to `query` may have. */
export function udpLimit(query: DecodedPacket): number {
  const opt = ednsOf(query);
  if (!opt || opt.type !== "OPT") return UDP_DEFAULT_LIMIT;
  return Math.max(UDP_DEFAULT_LIMIT, Math.min(opt.udpPayloadSize, EDNS_PAYLOAD_BYTES));
}

export interface ReplyContent {
  rcode: Rcode;
  authoritative: boolean;
  answers?: Answer[];
  additionals?: Answer[];
}

/**
 * The reply to `query`; with `limit`, a reply that would be larger is sent truncated (TC set,
 * no records) so the client asks again over TCP.
 */
export function encodeReply(query: DecodedPacket, content: ReplyContent, limit?: number): Buffer {
  const edns: Answer[] = ednsOf(query) ? [{ type: "OPT", name: ".", udpPayloadSize: EDNS_PAYLOAD_BYTES, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }] : [];
  let flags = (query.flags ?? 0) & dnsPacket.RECURSION_DESIRED;
  flags |= dnsPacket.RECURSION_AVAILABLE | content.rcode;
  if (content.authoritative) flags |= dnsPacket.AUTHORITATIVE_ANSWER;
  const reply: Packet = {
    type: "response",
    id: query.id,
    flags,
    questions: query.questions,
    answers: content.answers ?? [],
    additionals: [...(content.additionals ?? []), ...edns],
  };
  const encoded = dnsPacket.encode(reply);
  if (limit === undefined || encoded.length <= limit) return encoded;
  return dnsPacket.encode({ ...reply, flags: flags | dnsPacket.TRUNCATED_RESPONSE, answers: [], additionals: edns });
}
