// Maps declared container ports to free host ports (pods share the host network). The kernel
// picks a port by binding port 0 (on the wildcard address by default, so the port is free on every
// address, pod IPs included); the sockets of one container are held until all its ports are
// picked, and ports handed to running containers are remembered, so no two containers get the
// same port even before their processes listen on it.
import { createSocket } from "node:dgram";
import { createServer } from "node:net";
import type { AddressInfo, Server } from "node:net";
import { HostPortAllocationError } from "./errors.ts";
import type { ContainerPortSpec, HostPorts } from "./types.ts";

const ATTEMPTS_PER_PORT = 20;

export class HostPortAllocator {
  readonly #host: string;
  readonly #inUse = new Set<number>();

  constructor(host: string) {
    this.#host = host;
  }

  async allocate(ports: ContainerPortSpec[]): Promise<HostPorts> {
    const held: Server[] = [];
    const hostPorts: HostPorts = {};
    try {
      for (const containerPort of new Set(ports.map((port) => port.containerPort))) {
        // One host port serves every protocol declared for the container port (DNS: 53/TCP + 53/UDP).
        const needsUdp = ports.some((port) => port.containerPort === containerPort && port.protocol === "UDP");
        hostPorts[containerPort] = await this.#pick(held, needsUdp);
      }
    } finally {
      await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
    }
    for (const hostPort of Object.values(hostPorts)) this.#inUse.add(hostPort);
    return hostPorts;
  }

  release(hostPorts: HostPorts): void {
    for (const hostPort of Object.values(hostPorts)) this.#inUse.delete(hostPort);
  }

  async #pick(held: Server[], needsUdp: boolean): Promise<number> {
    for (let attempt = 0; attempt < ATTEMPTS_PER_PORT; attempt++) {
      const server = await listenTcp(this.#host);
      held.push(server);
      const port = (server.address() as AddressInfo).port;
      if (this.#inUse.has(port)) continue;
      if (needsUdp && !(await udpPortFree(this.#host, port))) continue;
      return port;
    }
    throw new HostPortAllocationError(`no free host port on ${this.#host} after ${ATTEMPTS_PER_PORT} attempts`);
  }
}

function listenTcp(host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (error) => reject(new HostPortAllocationError(`cannot bind a TCP port on ${host}`, { cause: error })));
    server.listen(0, host, () => resolve(server));
  });
}

function udpPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket(host.includes(":") ? "udp6" : "udp4");
    socket.once("error", () => {
      socket.close();
      resolve(false);
    });
    socket.bind(port, host, () => socket.close(() => resolve(true)));
  });
}
