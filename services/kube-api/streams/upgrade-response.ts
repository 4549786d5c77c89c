// Upgrade answers without WebSocket: a refusal (a plain HTTP response with a Kubernetes
// Status body, then the socket closed) and the SPDY/3.1 101.
import type { Duplex } from "node:stream";
import { STATUS_CODES } from "node:http";
import { ApiError } from "../../../runtime/api-errors.ts";

export function statusOf(error: unknown): { code: number; body: object } {
  if (error instanceof ApiError) return { code: error.code, body: error.status };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 500, body: { apiVersion: "v1", kind: "Status", metadata: {}, status: "Failure", message, reason: "InternalError", code: 500 } };
}

export function rejectUpgrade(socket: Duplex, error: unknown): void {
  const { code, body } = statusOf(error);
  const payload = JSON.stringify(body);
  if (socket.writable) {
    socket.end(
      `HTTP/1.1 ${code} ${STATUS_CODES[code] ?? "Error"}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\nConnection: close\r\n\r\n${payload}`,
    );
  }
  socket.once("finish", () => socket.destroy());
}

/** Answers an SPDY/3.1 upgrade (101) choosing `protocol`; the socket then carries SPDY frames. */
export function acceptSpdyUpgrade(socket: Duplex, head: Buffer, protocol: string): Duplex {
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\nX-Stream-Protocol-Version: ${protocol}\r\n\r\n`);
  if (head.length > 0) socket.unshift(head);
  socket.on("error", () => undefined);
  return socket;
}

/** A request header that may come several times (X-Stream-Protocol-Version), as one list. */
export function headerList(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(",") : (value ?? "");
}
