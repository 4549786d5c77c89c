// Fixtures of the node proxy's tests and benchmark: loopback addresses no other test uses, HTTP
// endpoints that answer their name, plain HTTP requests, and the Service/Endpoints manifests.
import { request, createServer, type Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { KubeObject } from "../../runtime/api-client.ts";

/** A random 127.77.x.y (x >= 100, away from the API's allocations from the bottom of the range and from 127.77.0.10). */
export function randomServiceAddress(): string {
  return `127.77.${100 + Math.floor(Math.random() * 150)}.${1 + Math.floor(Math.random() * 250)}`;
}

/** A random pod-like address, 127.129.x.y. */
export function randomPodAddress(): string {
  return `127.129.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
}

/** A high port outside the ephemeral range (32768-60999) and the node-port range. */
export function randomHighPort(): number {
  return 20_000 + Math.floor(Math.random() * 9_000);
}

export function randomNodePort(): number {
  return 30_000 + Math.floor(Math.random() * 2_768);
}

export interface NamedHttpServer {
  readonly name: string;
  readonly ip: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

/** An HTTP server on `ip` (free port) answering `<name> <remote port>` to every request. */
export async function startNamedHttpServer(name: string, ip = randomPodAddress()): Promise<NamedHttpServer> {
  const server = createServer((req, res) => {
    res.setHeader("content-type", "text/plain");
    res.end(`${name} ${req.socket.remotePort}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, ip, () => resolve());
  });
  return {
    name,
    ip,
    port: (server.address() as AddressInfo).port,
    server,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

export interface HttpGetOptions {
  /** A keep-alive agent to reuse connections; without one every request opens its own connection. */
  agent?: Agent;
  /** The client's source address (for ClientIP affinity). */
  localAddress?: string;
  timeoutMs?: number;
}

/** GET / and the body as text; rejects on any socket error or non-200 answer. */
export function httpGet(host: string, port: number, options: HttpGetOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path: "/", agent: options.agent ?? false, localAddress: options.localAddress, timeout: options.timeoutMs ?? 5000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks).toString()) : reject(new Error(`HTTP ${res.statusCode}`))));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("request timed out")));
    req.on("error", reject);
    req.end();
  });
}

export interface ServicePortSpec {
  name?: string;
  port: number;
  nodePort?: number;
  protocol?: string;
}

export function serviceManifest(name: string, clusterIP: string, ports: ServicePortSpec[], spec: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: "v1", kind: "Service", metadata: { name, namespace: "default" }, spec: { clusterIP, ports, ...spec } };
}

/** Endpoints with one subset per address (each endpoint has its own host port, as pods do). */
export function endpointsManifest(name: string, portName: string, ready: { ip: string; port: number }[], notReady: { ip: string; port: number }[] = []): KubeObject {
  const subset = (endpoint: { ip: string; port: number }, field: "addresses" | "notReadyAddresses") => ({ [field]: [{ ip: endpoint.ip }], ports: [{ name: portName, port: endpoint.port, protocol: "TCP" }] });
  return {
    apiVersion: "v1",
    kind: "Endpoints",
    metadata: { name, namespace: "default" },
    subsets: [...ready.map((endpoint) => subset(endpoint, "addresses")), ...notReady.map((endpoint) => subset(endpoint, "notReadyAddresses"))],
  };
}

export async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
