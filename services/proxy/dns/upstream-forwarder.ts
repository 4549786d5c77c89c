// Forwards queries for names outside the cluster to the upstream resolvers over UDP, one after
// the other until one answers within the timeout. Each query gets its own socket, so replies
// cannot be mixed up between clients that chose the same query id.
import { createSocket } from "node:dgram";
import { isIP } from "node:net";

export interface Upstream {
  host: string;
  port: number;
}

export class InvalidUpstreamError extends Error {
  override name = "InvalidUpstreamError";
  readonly code = "INVALID_UPSTREAM";
  readonly upstream: string;
  constructor(upstream: string) {
    super(`invalid DNS upstream "${upstream}": expected an IP address, optionally with :port ([v6]:port)`);
    this.upstream = upstream;
  }
}

/** "192.0.2.1", "192.0.2.1:5353", "2001:db8::1" or "[2001:db8::1]:5353". */
export function parseUpstream(text: string): Upstream {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) return checked(text, bracketed[1], bracketed[2]);
  if (isIP(text) !== 0) return { host: text, port: 53 };
  const colon = text.lastIndexOf(":");
  return colon > 0 ? checked(text, text.slice(0, colon), text.slice(colon + 1)) : checked(text, text, undefined);
}

function checked(text: string, host: string, port: string | undefined): Upstream {
  const number = port === undefined ? 53 : Number(port);
  if (isIP(host) === 0 || !Number.isInteger(number) || number < 1 || number > 65535) throw new InvalidUpstreamError(text);
  return { host, port: number };
}

/** The reply of the first upstream that answers, or undefined when none does in time. */
export async function forwardQuery(query: Buffer, upstreams: readonly Upstream[], timeoutMs: number): Promise<Buffer | undefined> {
  for (const upstream of upstreams) {
    const reply = await askUpstream(query, upstream, timeoutMs).catch(() => undefined);
    if (reply) return reply;
  }
  return undefined;
}

function askUpstream(query: Buffer, upstream: Upstream, timeoutMs: number): Promise<Buffer | undefined> {
  const socket = createSocket(isIP(upstream.host) === 6 ? "udp6" : "udp4");
  const id = query.readUInt16BE(0);
  return new Promise<Buffer | undefined>((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    socket.on("error", reject);
    socket.on("message", (message) => {
      // Only a reply to this query (same id) from this upstream's socket counts.
      if (message.length >= 12 && message.readUInt16BE(0) === id) resolve(message);
    });
    socket.send(query, upstream.port, upstream.host, (error) => {
      if (error) reject(error);
    });
    socket.once("close", () => clearTimeout(timer));
  }).finally(() => socket.close());
}
