// The ingress: an HTTP server on the node that routes each request by the cluster's Ingress rules
// to a Service's ready endpoints or to a mesh service method. The body is read first (bounded),
// so a request can be sent again to another endpoint when the first refuses the connection.
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { context, propagation, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { Registry } from "prom-client";
import type { Logger } from "../../../runtime/log.ts";
import { ATTR_ERROR_TYPE, ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE, ATTR_K8S_NAMESPACE_NAME, ATTR_SERVER_ADDRESS, ATTR_URL_PATH } from "../../../runtime/semconv.ts";
import { endToEndHeaders, forwardHttp } from "./http-forwarder.ts";
import { IngressRouteTable } from "./ingress-routes.ts";
import type { IngressObject, RouteMatch } from "./ingress-routes.ts";
import { createIngressMetrics, statusClass } from "./metrics.ts";
import type { IngressMetrics } from "./metrics.ts";
import { httpStatusOfMeshError, meshTarget } from "./mesh-backend.ts";
import type { MeshCaller } from "./mesh-backend.ts";
import { ServiceUpstreams } from "./service-upstreams.ts";
import type { ServiceEndpointsView } from "./service-upstreams.ts";

const tracer = trace.getTracer("troupe.ingress");

export interface IngressServerOptions {
  address: string;
  /** 0 picks a free port. */
  port: number;
  /** The cluster's Ingress objects, read again after `invalidate()`. */
  ingresses: () => IngressObject[];
  view: ServiceEndpointsView;
  /** Absent: mesh backends answer 501. */
  callMesh?: MeshCaller;
  registry: Registry;
  logger: Logger;
  /** Larger bodies get 413 (nginx's client_max_body_size, here 8 MiB by default). */
  maxBodyBytes?: number;
  responseTimeoutMs?: number;
}

type Answer = { status: number; backend: string; text: string; json?: boolean };

export class IngressServer {
  readonly #options: IngressServerOptions;
  readonly #upstreams: ServiceUpstreams;
  readonly #metrics: IngressMetrics;
  readonly #server: Server;
  readonly #maxBodyBytes: number;
  readonly #responseTimeoutMs: number;
  #routes: IngressRouteTable | undefined;

  constructor(options: IngressServerOptions) {
    this.#options = options;
    this.#upstreams = new ServiceUpstreams(options.view);
    this.#metrics = createIngressMetrics(options.registry);
    this.#maxBodyBytes = options.maxBodyBytes ?? 8 * 1024 * 1024;
    this.#responseTimeoutMs = options.responseTimeoutMs ?? 60_000;
    this.#server = createServer((request, response) => void this.#handle(request, response));
    // A client that never finishes its request must not hold a socket for ever.
    this.#server.requestTimeout = 30_000;
    this.#server.headersTimeout = 10_000;
  }

  /** Rebuild the routes on the next request (call when an Ingress changed). */
  invalidate(): void {
    this.#routes = undefined;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen({ host: this.#options.address, port: this.#options.port, reusePort: true }, () => {
        this.#server.off("error", reject);
        resolve();
      });
    });
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? "/").split("?")[0];
    const parent = propagation.extract(context.active(), request.headers);
    const span = tracer.startSpan(`${request.method} ingress`, {
      kind: SpanKind.SERVER,
      attributes: { [ATTR_HTTP_REQUEST_METHOD]: request.method ?? "GET", [ATTR_URL_PATH]: path, [ATTR_SERVER_ADDRESS]: request.headers.host ?? "" },
    }, parent);
    const started = performance.now();
    const match = this.#table().match(request.headers.host ?? "", path);
    const ingress = match?.route.ingress ?? "none";
    let backend = "none";
    try {
      await context.with(trace.setSpan(parent, span), async () => {
        if (!match) return this.#answer(response, { status: 404, backend, text: `no Ingress rule matches host "${request.headers.host ?? ""}" and path "${path}"\n` });
        span.setAttributes({ [ATTR_HTTP_ROUTE]: match.route.path || "/", [ATTR_K8S_NAMESPACE_NAME]: match.route.namespace });
        const body = await readBody(request, this.#maxBodyBytes);
        if (body === undefined) return this.#answer(response, { status: 413, backend, text: `request body larger than ${this.#maxBodyBytes} bytes\n` });
        backend = match.route.backend.service ? "service" : "mesh";
        const answer = match.route.backend.service ? await this.#toService(request, response, match, body) : await this.#toMesh(match, body);
        if (answer) this.#answer(response, answer);
      });
    } catch (error) {
      this.#options.logger.warn("ingress request failed", { ingress, path, error });
      if (!response.headersSent) this.#answer(response, { status: 502, backend, text: `${(error as Error).message}\n` });
      else response.destroy();
    } finally {
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, response.statusCode);
      if (response.statusCode >= 500) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.setAttribute(ATTR_ERROR_TYPE, String(response.statusCode));
      }
      span.end();
      this.#metrics.requests.inc({ ingress, backend, code: statusClass(response.statusCode) });
      this.#metrics.duration.observe({ ingress, backend }, (performance.now() - started) / 1000);
    }
  }

  async #toService(request: IncomingMessage, response: ServerResponse, match: RouteMatch, body: Buffer): Promise<Answer | undefined> {
    const service = match.route.backend.service;
    const lookup = this.#upstreams.lookup(match.route.namespace, service?.name ?? "", service?.port);
    if ("problem" in lookup) return { status: 503, backend: "service", text: `${lookup.problem}\n` };
    const headers = endToEndHeaders(request.headers);
    const forwardedFor = request.socket.remoteAddress ?? "";
    headers["x-forwarded-for"] = request.headers["x-forwarded-for"] ? `${request.headers["x-forwarded-for"]}, ${forwardedFor}` : forwardedFor;
    headers["x-forwarded-host"] = request.headers.host ?? "";
    headers["x-forwarded-proto"] = "http";
    headers["content-length"] = String(body.length);
    propagation.inject(context.active(), headers);
    const result = await forwardHttp(lookup.upstreams, { method: request.method ?? "GET", path: request.url ?? "/", headers, body }, this.#responseTimeoutMs);
    if (result.attempts > 1) this.#metrics.upstreamRetries.inc({ ingress: match.route.ingress }, result.attempts - 1);
    if ("failure" in result) return { status: 502, backend: "service", text: `no endpoint of service "${match.route.namespace}/${service?.name}" answered: ${result.failure}\n` };
    response.writeHead(result.response.statusCode ?? 502, endToEndHeaders(result.response.headers));
    result.response.pipe(response);
    await new Promise<void>((resolve) => {
      response.once("close", resolve);
      result.response.once("error", () => response.destroy());
    });
    return undefined;
  }

  async #toMesh(match: RouteMatch, body: Buffer): Promise<Answer> {
    const target = meshTarget(match.route.backend, match.rest);
    if (!target) return { status: 500, backend: "mesh", text: "the Ingress backend names neither a service nor a mesh resource\n" };
    if ("problem" in target) return { status: 404, backend: "mesh", text: `${target.problem}\n` };
    if (!this.#options.callMesh) return { status: 501, backend: "mesh", text: "this proxy has no mesh connection\n" };
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString("utf8"));
    } catch (error) {
      return { status: 400, backend: "mesh", text: `the body is not JSON: ${(error as Error).message}\n` };
    }
    try {
      const reply = await this.#options.callMesh(target.target, match.route.namespace, payload);
      return { status: 200, backend: "mesh", text: `${JSON.stringify(reply ?? null)}\n`, json: true };
    } catch (error) {
      const code = (error as { code?: string }).code;
      return { status: httpStatusOfMeshError(code), backend: "mesh", text: `${JSON.stringify({ error: (error as Error).message, code })}\n`, json: true };
    }
  }

  #answer(response: ServerResponse, answer: Answer): void {
    response.writeHead(answer.status, { "content-type": answer.json ? "application/json" : "text/plain; charset=utf-8", "content-length": Buffer.byteLength(answer.text) });
    response.end(answer.text);
  }

  #table(): IngressRouteTable {
    this.#routes ??= new IngressRouteTable(this.#options.ingresses());
    return this.#routes;
  }
}

/** The whole body, or undefined when it exceeds `limit` bytes. */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
