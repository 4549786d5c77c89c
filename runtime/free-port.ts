// Asks the kernel for an unused TCP port. The port is released before returning, so another
// process can still take it: callers that then bind it must retry on "address in use".
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";

export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      server.close((error) => (error ? reject(error) : resolve(port)));
    });
  });
}

/** `port` when nothing listens on it now, else any free port (the same caveat applies). */
export function preferredPort(port: number, host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once("error", () => resolve(findFreePort(host)));
    server.listen(port, host, () => server.close(() => resolve(port)));
  });
}
