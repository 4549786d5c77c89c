// WebSocket upgrades for the stream handlers, with the subprotocol chosen by the handler.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * Completes the WebSocket handshake answering with `protocol`, chosen by the caller. ws checks
 * offered subprotocols against the RFC 6455 token grammar, which kubectl's
 * "SPDY/3.1+portforward.k8s.io" breaks (the "/"): the offer is taken off the request and the
 * answer added to the response headers here instead.
 */
export function upgradeToWebSocket(req: IncomingMessage, socket: Duplex, head: Buffer, protocol: string): Promise<WebSocket> {
  const server = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  delete req.headers["sec-websocket-protocol"];
  server.once("headers", (headers: string[]) => headers.push(`Sec-WebSocket-Protocol: ${protocol}`));
  return new Promise((resolve) => server.handleUpgrade(req, socket, head, resolve));
}

/** The first of `supported` (in their order of preference) that the client offered. */
export function pickProtocol(header: string | undefined, supported: readonly string[]): string | undefined {
  const offered = new Set((header ?? "").split(",").map((protocol) => protocol.trim()).filter(Boolean));
  return supported.find((protocol) => offered.has(protocol));
}
