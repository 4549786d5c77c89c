// The Kubernetes REST front end: an HTTPS server (HTTP/2 and HTTP/1.1 by ALPN) that translates
// the Kubernetes API to the NATS API. Stateless: run as many as you like beside the API replicas.
import { createSecureServer, type Http2SecureServer } from "node:http2";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { HeaderDeadlines } from "./header-deadlines.ts";
import { InflightLimit } from "./inflight-limit.ts";
import { upgradeConnection } from "./upgrade.ts";
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import { JsonApiClient } from "../../runtime/api-client/json-api-client.ts";
import type { Logger } from "../../runtime/log.ts";
import { decodeKubernetesProtobuf } from "./protobuf/decode.ts";
import type { FrontEndDeps } from "./handlers/handler-context.ts";
import { createKubeApiMetrics } from "./metrics.ts";
import { resolveKubeApiOptions, type KubeApiOptions, type ResolvedKubeApiOptions } from "./options.ts";
import { route } from "./router.ts";

export interface KubeApiDeps {
  nc: NatsConnection;
  registry: Registry;
  logger: Logger;
}

export class KubeApiServer {
  readonly options: ResolvedKubeApiOptions;
  private readonly server: Http2SecureServer;
  private readonly deps: FrontEndDeps;

  private constructor(deps: FrontEndDeps, options: ResolvedKubeApiOptions) {
    this.options = options;
    this.deps = deps;
    this.server = createSecureServer({
      allowHTTP1: true,
      cert: options.tlsCert,
      key: options.tlsKey,
      ...(options.clientCa ? { ca: options.clientCa, requestCert: true, rejectUnauthorized: false } : {}),
    });
    const headerDeadlines = new HeaderDeadlines(options.headersTimeoutMs);
    this.server.on("secureConnection", (socket) => headerDeadlines.watch(socket));
    this.server.on("request", (req, res) => {
      headerDeadlines.requestStarted(req.socket as TLSSocket, res);
      void route(this.deps, { troupeVersion: options.troupeVersion, serverAddress: this.address }, req, res);
    });
    this.server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      headerDeadlines.upgraded(socket as TLSSocket);
      void upgradeConnection(this.deps, req, socket, head);
    });
    this.server.on("sessionError", (error) => deps.logger.debug("HTTP/2 session error", { error }));
    this.server.on("tlsClientError", (error) => deps.logger.debug("TLS handshake failed", { error }));
  }

  static async start(deps: KubeApiDeps, options: KubeApiOptions): Promise<KubeApiServer> {
    const resolved = resolveKubeApiOptions(options);
    const frontEnd: FrontEndDeps = {
      api: new JsonApiClient(deps.nc),
      apiFor: (caller) => new JsonApiClient(deps.nc, { caller }),
      ...(resolved.authenticate ? { authentication: { tokenIssuerKeys: resolved.tokenIssuerKeys } } : {}),
      nc: deps.nc,
      logger: deps.logger,
      metrics: createKubeApiMetrics(deps.registry),
      maxBodyBytes: resolved.maxBodyBytes,
      decodeProtobuf: decodeKubernetesProtobuf,
      bookmarkIntervalMs: resolved.bookmarkIntervalMs,
      minRequestTimeoutSeconds: resolved.minRequestTimeoutSeconds,
      inflight: new InflightLimit(resolved.maxRequestsInflight, resolved.maxMutatingRequestsInflight),
    };
    const server = new KubeApiServer(frontEnd, resolved);
    await server.listen();
    return server;
  }

  private async listen(): Promise<void> {
    try {
      await this.listenOn(this.options.port);
    } catch (error) {
      if (!this.options.portFallback || (error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
      this.deps.logger.info("port taken: serving on a free one", { port: this.options.port });
      await this.listenOn(0);
    }
  }

  private listenOn(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, this.options.host, () => {
        this.server.off("error", reject);
        resolve();
      });
    });
  }

  get address(): string {
    const { port } = this.server.address() as AddressInfo;
    return `${this.options.host}:${port}`;
  }

  get url(): string {
    return `https://${this.address}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      // Watches and followed logs would keep the server open for ever.
      (this.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      setTimeout(resolve, 2000).unref();
    });
  }
}
