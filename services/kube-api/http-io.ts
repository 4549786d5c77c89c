// Reading request bodies (bounded) and writing JSON and Status replies, for HTTP/1.1 and HTTP/2
// requests alike (node's compatibility API gives both the same shape).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Http2ServerRequest, Http2ServerResponse } from "node:http2";
import { ApiError, TooLargeError, toApiError } from "../../runtime/api-errors.ts";

export type HttpRequest = IncomingMessage | Http2ServerRequest;
export type HttpResponse = ServerResponse | Http2ServerResponse;

export const JSON_TYPE = "application/json";

/** The body, at most `limit` bytes: beyond that a 413 RequestEntityTooLarge, read no further. */
export async function readBody(req: HttpRequest, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) throw new TooLargeError(declared, limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new TooLargeError(size, limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function sendJson(res: HttpResponse, code: number, body: unknown, headers: Record<string, string> = {}, contentType = JSON_TYPE): void {
  const text = JSON.stringify(body);
  if (res.headersSent) {
    // Too late for a status line (a stream already under way): end it.
    if (!res.writableEnded) res.end();
    return;
  }
  (res as ServerResponse).writeHead(code, { "Content-Type": contentType, "Content-Length": String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

/** A metav1.Status reply with kubectl's reason/code pair; 429 and 503 say when to retry. */
export function sendError(res: HttpResponse, error: unknown): ApiError {
  const apiError = toApiError(error);
  const headers: Record<string, string> = {};
  const retryAfter = apiError.details?.retryAfterSeconds;
  if (retryAfter !== undefined) headers["Retry-After"] = String(retryAfter);
  sendJson(res, apiError.code, { ...apiError.status, metadata: {} }, headers);
  return apiError;
}

/** metav1.Status for success, as kube-apiserver answers a delete that finished at once. */
export function successStatus(details: Record<string, unknown>): object {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Success", details };
}
