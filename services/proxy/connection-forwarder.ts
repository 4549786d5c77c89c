// Forwards accepted client connections to endpoints. Each connection gets an endpoint from its
// service port's picker; a connect that fails (refused, unreachable, timed out) is retried on the
// next endpoint, each at most once, before the client is reset, so a dead endpoint listed as
// ready costs a client a little latency and nothing else. Once connected, bytes are piped both
// ways with backpressure; a FIN is passed on as a FIN (half-close), an error on either side
// destroys both. Every socket is tracked so stop() leaves nothing open.
import { connect, type Socket } from "node:net";
import type { Logger } from "../../runtime/log.ts";
import { ConnectTimeoutError } from "./errors.ts";
import type { UpstreamErrorReason } from "./metrics.ts";
import type { ActiveRoute } from "./routing-table.ts";
import { endpointKey, type Endpoint } from "./types.ts";

export interface ConnectionForwarderOptions {
  connectTimeoutMs: number;
  /** TCP keep-alive on endpoint sockets (the listeners set it on client sockets), so a vanished peer does not hold a connection forever. */
  keepAliveInitialDelayMs: number;
}

export class ConnectionForwarder {
  readonly #options: ConnectionForwarderOptions;
  readonly #logger: Logger;
  readonly #sockets = new Set<Socket>();

  constructor(options: ConnectionForwarderOptions, logger: Logger) {
    this.#options = options;
    this.#logger = logger;
  }

  /** Client and endpoint sockets open now (two per forwarded connection). */
  get openSockets(): number {
    return this.#sockets.size;
  }

  /** `route` undefined = the service port has no route (yet): the client is reset at once. */
  forward(client: Socket, route: ActiveRoute | undefined): void {
    this.#track(client);
    client.on("error", (error) => this.#logger.debug("client connection error", { service: route?.target.service, error }));
    if (!route || route.picker.endpoints.length === 0) {
      route?.metrics.connection("no_endpoints");
      client.resetAndDestroy();
      return;
    }
    const { metrics } = route;
    metrics.activeInc();
    client.once("close", () => metrics.activeDec());
    this.#attempt(client, route, clientAddress(client), new Set());
  }

  /** Destroys every tracked socket (client and endpoint sides). */
  destroyAll(): void {
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
  }

  #attempt(client: Socket, route: ActiveRoute, clientIp: string, failed: Set<string>): void {
    if (client.destroyed) return route.metrics.connection("client_gone");
    const endpoint = route.picker.pick(clientIp, failed);
    if (!endpoint) {
      route.metrics.connection("upstream_failed");
      this.#logger.debug("every endpoint failed; resetting the client", { service: route.target.service, port: route.target.portName, tried: failed.size });
      client.resetAndDestroy();
      return;
    }
    const upstream = connect({
      host: endpoint.ip,
      port: endpoint.port,
      allowHalfOpen: true,
      noDelay: true,
      keepAlive: true,
      keepAliveInitialDelay: this.#options.keepAliveInitialDelayMs,
    });
    this.#track(upstream);
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      client.off("close", onClientClose);
      upstream.off("error", settle);
      upstream.off("close", onUpstreamClose);
      if (!error) {
        route.metrics.connection("forwarded");
        this.#pipe(client, upstream, route, endpoint);
        return;
      }
      upstream.destroy();
      if (client.destroyed) return route.metrics.connection("client_gone");
      route.metrics.upstreamError(upstreamErrorReason(error));
      this.#logger.debug("endpoint connect failed; trying the next", { service: route.target.service, port: route.target.portName, endpoint: endpointKey(endpoint), error });
      failed.add(endpointKey(endpoint));
      this.#attempt(client, route, clientIp, failed);
    };
    const onClientClose = () => settle(new Error("client closed while connecting"));
    const onUpstreamClose = () => settle(new Error("endpoint closed while connecting"));
    const timer = setTimeout(() => settle(new ConnectTimeoutError(endpointKey(endpoint), this.#options.connectTimeoutMs)), this.#options.connectTimeoutMs);
    client.once("close", onClientClose);
    upstream.once("connect", () => settle());
    upstream.once("error", settle);
    upstream.once("close", onUpstreamClose);
  }

  #pipe(client: Socket, upstream: Socket, route: ActiveRoute, endpoint: Endpoint): void {
    const { metrics } = route;
    client.on("data", (chunk: Buffer) => metrics.bytes("to_endpoint", chunk.length));
    upstream.on("data", (chunk: Buffer) => metrics.bytes("to_client", chunk.length));
    upstream.on("error", (error) => {
      this.#logger.debug("endpoint connection error", { service: route.target.service, endpoint: endpointKey(endpoint), error });
      client.destroy();
    });
    client.on("error", () => upstream.destroy());
    // pipe() ends the other side's writable when one side's FIN arrives (allowHalfOpen keeps the
    // other direction open) and pauses the reader while the writer's buffer is full.
    client.pipe(upstream);
    upstream.pipe(client);
    // A side that is fully closed will never take or send anything again: flush, then close the other.
    client.once("close", () => closeAfterFlush(upstream));
    upstream.once("close", () => closeAfterFlush(client));
  }

  #track(socket: Socket): void {
    this.#sockets.add(socket);
    socket.once("close", () => this.#sockets.delete(socket));
  }
}

function closeAfterFlush(socket: Socket): void {
  if (socket.destroyed) return;
  if (socket.writableFinished) return void socket.destroy();
  socket.once("finish", () => socket.destroy());
  socket.end();
}

function clientAddress(socket: Socket): string {
  const address = socket.remoteAddress ?? "";
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}

export function upstreamErrorReason(error: Error): UpstreamErrorReason {
  if (error instanceof ConnectTimeoutError) return "timeout";
  switch ((error as NodeJS.ErrnoException).code) {
    case "ECONNREFUSED":
      return "refused";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return "unreachable";
    case "ECONNRESET":
    case "EPIPE":
      return "reset";
    default:
      return "other";
  }
}
