// Sends one buffered HTTP request to the first upstream that takes it. A connection that fails
// before the request went out (refused, reset, connect timeout) is retried on the next upstream,
// so a pod that just died costs a retry, not an error; once an upstream has the request, its
// answer (or failure) is final, since the request may not be idempotent.
import { Agent, request as httpRequest } from "node:http";
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from "node:http";
import type { Upstream } from "./service-upstreams.ts";

export interface ForwardRequest {
  method: string;
  path: string;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

export type ForwardResult =
  | { response: IncomingMessage; upstream: Upstream; attempts: number }
  | { failure: string; attempts: number };

const CONNECT_TIMEOUT_MS = 1000;
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);
const agent = new Agent({ keepAlive: true, maxFreeSockets: 64 });

export async function forwardHttp(upstreams: readonly Upstream[], forward: ForwardRequest, responseTimeoutMs: number): Promise<ForwardResult> {
  const failures: string[] = [];
  for (const upstream of upstreams) {
    const attempt = await sendTo(upstream, forward, responseTimeoutMs);
    if ("response" in attempt) return { response: attempt.response, upstream, attempts: failures.length + 1 };
    failures.push(`${upstream.host}:${upstream.port}: ${attempt.error}`);
    if (!attempt.retriable) break;
  }
  return { failure: failures.join("; "), attempts: failures.length };
}

type Attempt = { response: IncomingMessage } | { error: string; retriable: boolean };

function sendTo(upstream: Upstream, forward: ForwardRequest, responseTimeoutMs: number): Promise<Attempt> {
  return new Promise((resolve) => {
    let sent = false;
    const outgoing = httpRequest({ agent, host: upstream.host, port: upstream.port, method: forward.method, path: forward.path, headers: forward.headers });
    const connectTimer = setTimeout(() => outgoing.destroy(new Error(`no connection within ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS);
    outgoing.setTimeout(responseTimeoutMs, () => outgoing.destroy(new Error(`no response within ${responseTimeoutMs} ms`)));
    outgoing.once("socket", (socket) => {
      // A kept-alive socket is connected already; a new one says so when it is.
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once("connect", () => clearTimeout(connectTimer));
    });
    outgoing.once("finish", () => (sent = true));
    outgoing.once("response", (response) => {
      clearTimeout(connectTimer);
      resolve({ response });
    });
    outgoing.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(connectTimer);
      // A reset after sending (often a kept-alive socket the upstream had just closed) may have
      // reached the application: only idempotent methods are sent again then.
      const retriable = !sent || error.code === "ECONNREFUSED" || (error.code === "ECONNRESET" && IDEMPOTENT_METHODS.has(forward.method));
      resolve({ error: error.message, retriable });
    });
    outgoing.end(forward.body);
  });
}

/** Hop-by-hop headers are for one connection and are not forwarded (RFC 9110, 7.6.1). */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authorization", "proxy-authenticate"]);

export function endToEndHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) kept[name] = value;
  return kept;
}
