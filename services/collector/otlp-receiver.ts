// The collector's OTLP/HTTP endpoint: POST /v1/traces with an application/x-protobuf or
// application/json body (gzip allowed), as the OpenTelemetry SDKs' OTLP/HTTP exporters send.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { errorReply, handleExport, type ExportContext, type ExportReply } from "./export-handler.ts";
import { otlpEncoding, type OtlpEncoding } from "./otlp-request.ts";

export const TRACES_PATH = "/v1/traces";

export interface OtlpReceiver {
  readonly port: number;
  /** The OTEL_EXPORTER_OTLP_ENDPOINT that sends here. */
  readonly endpoint: string;
  close(): Promise<void>;
}

export interface OtlpReceiverOptions {
  port: number;
  host: string;
  maxBodyBytes: number;
}

const gunzipAsync = promisify(gunzip);

class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError(`request body is over ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function reply(context: ExportContext, options: OtlpReceiverOptions, request: IncomingMessage): Promise<ExportReply> {
  const path = (request.url ?? "/").split("?")[0];
  const contentType = request.headers["content-type"];
  const encoding: OtlpEncoding | undefined = otlpEncoding(contentType);
  if (path !== TRACES_PATH) return errorReply(404, encoding, `no such path ${path}: OTLP/HTTP traces go to POST ${TRACES_PATH}`);
  if (request.method !== "POST") return errorReply(405, encoding, `${request.method} ${TRACES_PATH}: only POST is allowed`);
  if (!encoding) {
    context.metrics.requests.inc({ encoding: "other", code: "415" });
    return errorReply(415, undefined, `unsupported content type ${JSON.stringify(contentType ?? "")}: send application/x-protobuf or application/json`);
  }
  const contentEncoding = (request.headers["content-encoding"] ?? "identity").toLowerCase();
  if (contentEncoding !== "identity" && contentEncoding !== "gzip") {
    context.metrics.requests.inc({ encoding, code: "415" });
    return errorReply(415, encoding, `unsupported content encoding ${JSON.stringify(contentEncoding)}: send gzip or none`);
  }
  let body: Buffer;
  try {
    body = await readBody(request, options.maxBodyBytes);
    if (contentEncoding === "gzip") body = await gunzipAsync(body, { maxOutputLength: options.maxBodyBytes });
  } catch (error) {
    const tooLarge = error instanceof BodyTooLargeError || (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE";
    context.metrics.requests.inc({ encoding, code: tooLarge ? "413" : "400" });
    return errorReply(tooLarge ? 413 : 400, encoding, tooLarge ? `request body is over ${options.maxBodyBytes} bytes` : `reading the request body failed: ${(error as Error).message}`);
  }
  return handleExport(context, body, encoding, encoding === "protobuf" ? "application/x-protobuf" : "application/json");
}

function send(response: ServerResponse, answer: ExportReply): void {
  response.writeHead(answer.status, { "content-type": answer.contentType });
  response.end(answer.body);
}

export async function startOtlpReceiver(context: ExportContext, options: OtlpReceiverOptions): Promise<OtlpReceiver> {
  const server = createServer((request, response) => {
    reply(context, options, request).then(
      (answer) => send(response, answer),
      (error: unknown) => {
        context.logger.error("handling an OTLP export failed", { error: error as Error });
        if (!response.headersSent) send(response, errorReply(500, otlpEncoding(request.headers["content-type"]), `internal error: ${(error as Error).message}`));
        else response.end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    endpoint: `http://${options.host}:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
