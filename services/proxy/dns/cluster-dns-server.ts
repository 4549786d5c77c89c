// The cluster DNS server (kube-dns/CoreDNS for Troupe), hosted by each node proxy: UDP and TCP
// on one address and port, both with SO_REUSEPORT so the proxies of several nodes on one host
// share 127.77.0.10:53 and the kernel spreads queries between them. Cluster names are answered
// from the host's Services and Endpoints; other names go to the host's resolvers.
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { createServer, isIPv6, type Server, type Socket } from "node:net";
import { Registry } from "prom-client";
import type { Logger } from "../../../runtime/log.ts";
import { createDnsMetrics } from "./metrics.ts";
import { resolveClusterDnsServerOptions, type ClusterDnsServerOptions, type ResolvedClusterDnsServerOptions } from "./options.ts";
import { QueryHandler } from "./query-handler.ts";
import { hostNameservers } from "./resolv-conf.ts";
import { parseUpstream } from "./upstream-forwarder.ts";

/** With port 0, tries to find a port free for both UDP and TCP this many times. */
const PORT_ATTEMPTS = 5;

export class ClusterDnsServer {
  readonly options: ResolvedClusterDnsServerOptions;
  readonly #logger: Logger | undefined;
  readonly #connections = new Set<Socket>();
  #udp: UdpSocket | undefined;
  #tcp: Server | undefined;
  #port = 0;
  #upstreams: string[] = [];
  // Registered once: start() may be tried again after a failed bind.
  readonly #metrics: ReturnType<typeof createDnsMetrics>;

  constructor(options: ClusterDnsServerOptions) {
    this.options = resolveClusterDnsServerOptions(options);
    this.#logger = this.options.logger?.child({ component: "cluster-dns" });
    this.#metrics = createDnsMetrics(this.options.registry ?? new Registry());
  }

  /** The port both sockets listen on (the chosen one when started with port 0). */
  get port(): number {
    return this.#port;
  }

  /** The upstream resolvers in use, once started. */
  get upstreams(): readonly string[] {
    return this.#upstreams;
  }

  async start(): Promise<void> {
    if (this.#udp) return;
    const { address, resolvConfPath, upstreams } = this.options;
    this.#upstreams = upstreams ?? (await hostNameservers(resolvConfPath, address));
    const handler = new QueryHandler({
      records: this.options.records,
      domain: this.options.domain,
      ttl: this.options.ttlSeconds,
      upstreams: this.#upstreams.map(parseUpstream),
      upstreamTimeoutMs: this.options.upstreamTimeoutMs,
      metrics: this.#metrics,
      logger: this.#logger,
    });
    for (let attempt = 1; ; attempt++) {
      const udp = await this.#listenUdp(handler, this.options.port);
      const port = udp.address().port;
      try {
        this.#tcp = await this.#listenTcp(handler, port);
        this.#udp = udp;
        this.#port = port;
        break;
      } catch (error) {
        udp.close();
        if (this.options.port !== 0 || attempt >= PORT_ATTEMPTS) throw error;
      }
    }
    this.#logger?.info("cluster DNS listening", { address, port: this.#port, domain: this.options.domain, upstreams: this.#upstreams });
  }

  async stop(): Promise<void> {
    const udp = this.#udp;
    const tcp = this.#tcp;
    this.#udp = undefined;
    this.#tcp = undefined;
    udp?.close();
    for (const connection of this.#connections) connection.destroy();
    if (tcp) await new Promise<void>((resolve) => tcp.close(() => resolve()));
  }

  #listenUdp(handler: QueryHandler, port: number): Promise<UdpSocket> {
    const socket = createSocket({ type: isIPv6(this.options.address) ? "udp6" : "udp4", reuseAddr: true, reusePort: true });
    socket.on("message", (message, remote) => {
      void handler.handle(message, "udp").then((reply) => {
        if (reply && this.#udp === socket) socket.send(reply, remote.port, remote.address);
      });
    });
    return new Promise((resolve, reject) => {
      socket.once("error", reject);
      socket.bind({ address: this.options.address, port }, () => {
        socket.off("error", reject);
        // A send to a client that went away is no reason to stop serving.
        socket.on("error", (error) => this.#logger?.warn("dns udp socket error", { error }));
        resolve(socket);
      });
    });
  }

  #listenTcp(handler: QueryHandler, port: number): Promise<Server> {
    const server = createServer((connection) => this.#serveConnection(handler, connection));
    server.maxConnections = 512;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host: this.options.address, port, reusePort: true }, () => {
        server.off("error", reject);
        server.on("error", (error) => this.#logger?.warn("dns tcp server error", { error }));
        resolve(server);
      });
    });
  }

  /** RFC 1035 4.2.2 framing: each message is preceded by its length in two bytes. */
  #serveConnection(handler: QueryHandler, connection: Socket): void {
    this.#connections.add(connection);
    connection.setTimeout(this.options.tcpIdleTimeoutMs, () => connection.destroy());
    connection.on("error", () => connection.destroy());
    connection.on("close", () => this.#connections.delete(connection));
    let buffered = Buffer.alloc(0);
    connection.on("data", (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 2) {
        const length = buffered.readUInt16BE(0);
        if (length === 0 || length > this.options.maxTcpQueryBytes) {
          handler.dropped();
          this.#logger?.debug("dns tcp frame refused", { length, remote: connection.remoteAddress });
          connection.destroy();
          return;
        }
        if (buffered.length < 2 + length) return;
        const query = buffered.subarray(2, 2 + length);
        buffered = buffered.subarray(2 + length);
        void handler.handle(Buffer.from(query), "tcp").then((reply) => {
          if (!reply || connection.destroyed) return;
          const frame = Buffer.alloc(2 + reply.length);
          frame.writeUInt16BE(reply.length, 0);
          reply.copy(frame, 2);
          connection.write(frame);
        });
      }
    });
  }
}
