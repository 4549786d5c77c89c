// Answers an upgrade request that will not be upgraded: a plain HTTP response with a Kubernetes
// Status body written to the raw socket, which is then closed.
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
